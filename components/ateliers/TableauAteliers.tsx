import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { EnTeteTriable, ResumeEtExport } from "@/components/layout/ListeFiltree";
import { Tableau } from "@/components/layout/Tableau";
import { LIGNES_PARCOURABLES } from "@/lib/autorisations/pagination";
import { sensParDefaut, type FiltresListeAteliers, type TriAteliers } from "@/lib/ateliers/filtres";
import type { ListeAteliers } from "@/lib/ateliers/liste";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { formaterNombre } from "@/lib/format/nombres";
import { adresseAteliers, adresseExportAteliers } from "./adresses";
import { BadgeEnRetard, BadgeStatutAtelier } from "./Badges";
import { FORMATS, PHASES } from "./libelles";

type Colonne = { libelle: string; tri?: TriAteliers; multiligne?: true };

const COLONNES: Colonne[] = [
  { libelle: "Titre", tri: "titre", multiligne: true },
  { libelle: "Format", tri: "format", multiligne: true },
  { libelle: "Collectivité principale", multiligne: true },
  { libelle: "Département", tri: "departement", multiligne: true },
  { libelle: "Phase en cours", multiligne: true },
  { libelle: "Fin prévue", multiligne: true },
  { libelle: "Statut", tri: "statut" },
  { libelle: "Créé le", tri: "creeLe", multiligne: true },
];

function EnTete({ colonne, filtres }: { colonne: Colonne; filtres: FiltresListeAteliers }) {
  if (!colonne.tri) return <>{colonne.libelle}</>;
  const actif = filtres.tri === colonne.tri;
  const suivant = actif ? (filtres.sens === "asc" ? "desc" : "asc") : sensParDefaut(colonne.tri);
  const href = adresseAteliers(filtres, { tri: colonne.tri, sens: suivant });
  return <EnTeteTriable libelle={colonne.libelle} actif={actif} sens={filtres.sens} suivant={suivant} href={href} />;
}

/** Le nombre de résultats et l'export de la sélection affichée (toutes ses pages). */
export function ResumeAteliers({ filtres, liste }: { filtres: FiltresListeAteliers; liste: ListeAteliers }) {
  const exporter = { csv: adresseExportAteliers(filtres, "csv"), xlsx: adresseExportAteliers(filtres, "xlsx") };
  return <ResumeEtExport total={liste.total} objet="atelier" recherche={filtres.q} page={liste.page} pages={liste.pages} export={exporter} />;
}

export function TableauAteliers({ liste, filtres }: { liste: ListeAteliers; filtres: FiltresListeAteliers }) {
  return (
    <>
      <Tableau
        className={fr.cx("fr-table--sm")}
        titre="Ateliers"
        titreMasque
        enTeteDeLigne
        entetes={COLONNES.map((c) => <EnTete key={c.libelle} colonne={c} filtres={filtres} />)}
        multilignes={COLONNES.map((c) => Boolean(c.multiligne))}
        tris={COLONNES.map((c) => (!c.tri ? undefined : filtres.tri !== c.tri ? "none" : filtres.sens === "asc" ? "ascending" : "descending"))}
        lignes={liste.lignes.map((a) => [
          <Link key="titre" href={`/ateliers/${a.id}`} style={{ display: "block", minWidth: "12rem" }}>
            {a.titre}
          </Link>,
          FORMATS[a.format],
          a.collectivitePrincipale ?? "—",
          `${a.departement} (${a.codeDepartement})`,
          a.phaseCourante ? PHASES[a.phaseCourante.type] : "Toutes validées",
          a.phaseCourante?.finPrevue ? (
            <span key="fin">
              <time dateTime={dateIso(a.phaseCourante.finPrevue)}>{formaterDate(a.phaseCourante.finPrevue)}</time>
              {a.enRetard && (
                <>
                  <br />
                  <BadgeEnRetard small />
                </>
              )}
            </span>
          ) : a.enRetard ? (
            <BadgeEnRetard key="retard" small />
          ) : (
            "—"
          ),
          <BadgeStatutAtelier key="statut" statut={a.statut} small />,
          <time key="cree" dateTime={dateIso(a.creeLe)}>
            {formaterDate(a.creeLe)}
          </time>,
        ])}
      />
      {liste.tronquee && (
        // Le texte commun (AvisListeBornee) accorde au féminin : « les premiers ateliers ».
        <p className={fr.cx("fr-text--sm", "fr-icon-information-line", "fr-mb-2w")}>
          {" "}
          Seuls les {formaterNombre(LIGNES_PARCOURABLES)} premiers ateliers (dans l&apos;ordre choisi) se parcourent page par page : filtrez ou
          recherchez pour trouver les autres.
        </p>
      )}
      {liste.pages > 1 && (
        <Pagination
          count={liste.pages}
          defaultPage={liste.page}
          showFirstLast
          getPageLinkProps={(numero) => ({ href: adresseAteliers(filtres, { page: numero }) })}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </>
  );
}
