import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { FormatAtelier, StatutCandidature } from "@/lib/generated/prisma/enums";
import { FORMATS, STATUTS, TRIS, type Tri } from "./libelles";

export type ValeursFiltresCandidatures = { statut: StatutCandidature | ""; format: FormatAtelier | ""; tri: Tri };

/** Filtres et tri de « Mes candidatures » : un formulaire GET, chaque vue a sa propre adresse. */
export function FiltresCandidatures({ valeurs }: { valeurs: ValeursFiltresCandidatures }) {
  const filtre = valeurs.statut !== "" || valeurs.format !== "" || valeurs.tri !== "modification";
  return (
    <form method="get" action="/candidatures" role="search" aria-label="Filtrer les candidatures" className={fr.cx("fr-mb-4w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Select label="Statut" nativeSelectProps={{ name: "statut", defaultValue: valeurs.statut }}>
            <option value="">Tous les statuts</option>
            {(Object.keys(STATUTS) as StatutCandidature[]).map((s) => (
              <option key={s} value={s}>
                {STATUTS[s].libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Select label="Format" nativeSelectProps={{ name: "format", defaultValue: valeurs.format }}>
            <option value="">Tous les formats</option>
            {(Object.keys(FORMATS) as FormatAtelier[]).map((f) => (
              <option key={f} value={f}>
                {FORMATS[f]}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <Select label="Trier par" nativeSelectProps={{ name: "tri", defaultValue: valeurs.tri }}>
            {(Object.keys(TRIS) as Tri[]).map((t) => (
              <option key={t} value={t}>
                {TRIS[t]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            Appliquer
          </Button>
        </li>
        {filtre && (
          <li>
            <Button priority="secondary" linkProps={{ href: "/candidatures" }}>
              Effacer les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
