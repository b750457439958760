import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { CarteCandidature } from "@/components/candidatures/CartesCandidatures";
import { AVIS, FORMATS } from "@/components/candidatures/libelles";
import type { FiltresTableau, TriTableau } from "@/lib/instruction/filtres";
import type { LigneInstruction } from "@/lib/instruction/tableau";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { adresseTableau } from "./adresses";

const TRIS_MOBILE: { tri: TriTableau; libelle: string }[] = [
  { tri: "deposeeLe", libelle: "Date de dépôt" },
  { tri: "modifieLe", libelle: "Dernière modification" },
  { tri: "reference", libelle: "Référence" },
  { tri: "collectivite", libelle: "Collectivité" },
];

/**
 * Le tableau d'instruction sur un petit écran : une carte par candidature (le tableau prend le
 * relais à partir de 768 px), et le tri par des liens, faute d'en-têtes de colonnes.
 */
export function CartesInstruction({ lignes, filtres }: { lignes: LigneInstruction[]; filtres: FiltresTableau }) {
  const tris = filtres.q ? [{ tri: "pertinence" as const, libelle: "Pertinence" }, ...TRIS_MOBILE] : TRIS_MOBILE;
  return (
    <>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        Trier par :{" "}
        {tris.map(({ tri, libelle }, i) => (
          <span key={tri}>
            {i > 0 && " · "}
            {filtres.tri === tri ? (
              <strong aria-current="true">{libelle}</strong>
            ) : (
              <Link href={adresseTableau(filtres, { tri, sens: undefined })}>{libelle}</Link>
            )}
          </span>
        ))}
      </p>
      <ul className={fr.cx("fr-raw-list")} aria-label="Candidatures à instruire">
        {lignes.map((c) => (
          <li key={c.id} className={fr.cx("fr-mb-2w")}>
            <CarteCandidature
              candidature={c}
              titleAs="h3"
              desc={`${c.collectivitePrincipale.nom} · ${FORMATS[c.format]} · ${c.departement} (${c.codeDepartement})${c.session ? ` · ${c.session.theme}` : ""}${c.avisEtat ? ` · ${AVIS[c.avisEtat]}` : ""}`}
              detail={
                c.deposeeLe ? (
                  <>
                    Déposée le <time dateTime={dateIso(c.deposeeLe)}>{formaterDate(c.deposeeLe)}</time>
                  </>
                ) : (
                  <>
                    Modifiée le <time dateTime={dateIso(c.modifieLe)}>{formaterDate(c.modifieLe)}</time>
                  </>
                )
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}
