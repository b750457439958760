import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { BadgeStatut } from "@/components/candidatures/BadgeStatut";
import { CelluleReference } from "@/components/messages/BadgeNonLus";
import { AVIS, FORMATS } from "@/components/candidatures/libelles";
import { AvisListeBornee } from "@/components/layout/AvisListeBornee";
import { EnTeteTriable } from "@/components/layout/ListeFiltree";
import { Tableau } from "@/components/layout/Tableau";
import type { FiltresTableau, TriTableau } from "@/lib/instruction/filtres";
import { sensParDefaut } from "@/lib/instruction/filtres";
import type { TableauInstruction as Resultat } from "@/lib/instruction/tableau";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { adresseTableau } from "./adresses";
import { CartesInstruction } from "./CartesInstruction";

type Colonne = { libelle: string; tri?: Exclude<TriTableau, "pertinence">; multiligne?: true };

// Toutes les colonnes passent à la ligne sauf la référence et le statut : le tableau tient ainsi dans
// la largeur d'un ordinateur portable au lieu de défiler de côté.
const COLONNES: Colonne[] = [
  { libelle: "Référence", tri: "reference" },
  { libelle: "Titre", tri: "titre", multiligne: true },
  { libelle: "Collectivité", tri: "collectivite", multiligne: true },
  { libelle: "Format", tri: "format", multiligne: true },
  { libelle: "Statut", tri: "statut" },
  { libelle: "Session", tri: "session", multiligne: true },
  { libelle: "Département", tri: "departement", multiligne: true },
  { libelle: "Déposée le", tri: "deposeeLe", multiligne: true },
  { libelle: "Modifiée le", tri: "modifieLe", multiligne: true },
  { libelle: "Signatures", multiligne: true },
  { libelle: "Avis de l'État", multiligne: true },
];

/** En-tête triable : un lien vers le même tableau trié sur cette colonne (ou dans l'autre sens). */
function EnTete({ colonne, filtres }: { colonne: Colonne; filtres: FiltresTableau }) {
  if (!colonne.tri) return <>{colonne.libelle}</>;
  const actif = filtres.tri === colonne.tri;
  const suivant = actif ? (filtres.sens === "asc" ? "desc" : "asc") : sensParDefaut(colonne.tri);
  const href = adresseTableau(filtres, { tri: colonne.tri, sens: suivant });
  return <EnTeteTriable libelle={colonne.libelle} actif={actif} sens={filtres.sens} suivant={suivant} href={href} />;
}

export function TableauInstruction({ resultat, filtres }: { resultat: Resultat; filtres: FiltresTableau }) {
  const { lignes, page, pages } = resultat;
  return (
    <>
      <div className={fr.cx("fr-hidden-md")}>
        <CartesInstruction lignes={lignes} filtres={filtres} />
      </div>
      <div className={fr.cx("fr-hidden", "fr-unhidden-md")}>
        {filtres.q && filtres.tri !== "pertinence" && (
          <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
            <Link href={adresseTableau(filtres, { tri: "pertinence", sens: undefined })}>Revenir au tri par pertinence</Link>
          </p>
        )}
        <Tableau
          className={fr.cx("fr-table--sm")}
          titre="Candidatures à instruire"
          titreMasque
          entetes={COLONNES.map((c) => <EnTete key={c.libelle} colonne={c} filtres={filtres} />)}
          multilignes={COLONNES.map((c) => Boolean(c.multiligne))}
          tris={COLONNES.map((c) => (!c.tri ? undefined : filtres.tri !== c.tri ? "none" : filtres.sens === "asc" ? "ascending" : "descending"))}
          lignes={lignes.map((c) => [
            <CelluleReference key="ref" id={c.id} reference={c.reference} messagesNonLus={c.messagesNonLus} />,
            // Une largeur minimale : le titre se lit d'abord, il ne doit pas tenir en un mot par ligne.
            <span key="titre" style={{ display: "block", minWidth: "12rem" }}>
              {c.titre}
            </span>,
            c.collectivitePrincipale.nom,
            FORMATS[c.format],
            <BadgeStatut key="statut" statut={c.statut} small />,
            c.session?.theme ?? "—",
            `${c.departement} (${c.codeDepartement})`,
            c.deposeeLe ? (
              <time key="depot" dateTime={dateIso(c.deposeeLe)}>
                {formaterDate(c.deposeeLe)}
              </time>
            ) : (
              "—"
            ),
            <time key="modif" dateTime={dateIso(c.modifieLe)}>
              {formaterDate(c.modifieLe)}
            </time>,
            `${c.signaturesValides} sur 2`,
            c.avisEtat ? AVIS[c.avisEtat] : "—",
          ])}
        />
      </div>
      {resultat.tronquee && <AvisListeBornee lignes="candidatures (dans l'ordre choisi)" moyen="filtrez ou recherchez" />}
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(numero) => ({ href: adresseTableau(filtres, { page: numero }) })}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </>
  );
}
