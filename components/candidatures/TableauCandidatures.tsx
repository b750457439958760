import { fr } from "@codegouvfr/react-dsfr";
import { AvisListeBornee } from "@/components/layout/AvisListeBornee";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { Page } from "@/lib/autorisations/pagination";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { accorder, formaterNombre } from "@/lib/format/nombres";
import { Tableau } from "@/components/layout/Tableau";
import { CelluleReference } from "@/components/messages/BadgeNonLus";
import { BadgeStatut } from "./BadgeStatut";
import { CartesCandidatures, texteSignatures } from "./CartesCandidatures";
import type { ValeursFiltresCandidatures } from "./FiltresCandidatures";
import { FORMATS } from "./libelles";

export type LigneTableau = {
  id: string;
  reference: string;
  titre: string;
  format: keyof typeof FORMATS;
  statut: Parameters<typeof BadgeStatut>[0]["statut"];
  modifieLe: Date;
  collectivitePrincipale: { nom: string };
  session: { theme: string } | null;
  signaturesValides: number;
  /** Messages que l'acteur peut lire et n'a pas encore lus. */
  messagesNonLus: number;
};

function adressePage(filtres: ValeursFiltresCandidatures, page: number): string {
  const p = new URLSearchParams();
  if (filtres.statut) p.set("statut", filtres.statut);
  if (filtres.format) p.set("format", filtres.format);
  if (filtres.tri !== "modification") p.set("tri", filtres.tri);
  if (page > 1) p.set("page", String(page));
  const q = p.toString();
  return `/candidatures${q ? `?${q}` : ""}`;
}

export function TableauCandidatures({
  resultat,
  filtres,
  peutCreer,
}: {
  resultat: Page<LigneTableau>;
  filtres: ValeursFiltresCandidatures;
  /** L'acteur peut-il créer une candidature (politique) ? Sinon, on ne l'y invite pas. */
  peutCreer: boolean;
}) {
  const { lignes, total, page, pages, tronquee } = resultat;
  return (
    <>
      <p className={fr.cx("fr-text--lg", "fr-mb-2w")} role="status">
        {total > 0
          ? accorder(total, "candidature")
          : filtres.statut || filtres.format
            ? "Aucune candidature ne correspond à ces critères."
            : peutCreer
              ? "Vous n'avez encore aucune candidature. Commencez-en une avec le bouton « Nouvelle candidature »."
              : "Aucune candidature ne vous est encore ouverte : elles apparaîtront ici quand vous aurez à les examiner."}
        {pages > 1 && (
          <span className={fr.cx("fr-text--sm")}>
            {" "}
            — page {formaterNombre(page)} sur {formaterNombre(pages)}
          </span>
        )}
      </p>
      {tronquee && <AvisListeBornee lignes="candidatures (dans l'ordre choisi)" moyen="filtrez par format ou par statut" />}
      {total > 0 && (
        <>
          {/* Petit écran : des cartes ; à partir de 768 px : le tableau. */}
          <div className={fr.cx("fr-hidden-md")}>
            <CartesCandidatures lignes={lignes} />
          </div>
          <div className={fr.cx("fr-hidden", "fr-unhidden-md")}>
            <Tableau
              titre="Mes candidatures"
              titreMasque
              entetes={["Référence", "Titre", "Collectivité principale", "Format", "Session", "Statut", "Signatures", "Dernière modification"]}
              lignes={lignes.map((c) => [
                <CelluleReference key="ref" id={c.id} reference={c.reference} messagesNonLus={c.messagesNonLus} />,
                c.titre,
                c.collectivitePrincipale.nom,
                FORMATS[c.format],
                c.session?.theme ?? "—",
                <BadgeStatut key="statut" statut={c.statut} small />,
                texteSignatures(c.signaturesValides),
                <time key="date" dateTime={dateIso(c.modifieLe)}>
                  {formaterDate(c.modifieLe)}
                </time>,
              ])}
            />
          </div>
        </>
      )}
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(numero) => ({ href: adressePage(filtres, numero) })}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </>
  );
}
