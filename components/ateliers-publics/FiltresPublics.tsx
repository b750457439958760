import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CHEMIN_ATELIERS_REALISES, type FiltresPublics, type OptionsPubliques } from "@/lib/ateliers/publics";
import { FORMATS } from "@/components/ateliers/libelles";

const colonne = fr.cx("fr-col-12", "fr-col-sm-4");

/** Année, format, région : un formulaire GET, sans JavaScript ; chaque résultat a son adresse. */
export function FiltresAteliersRealises({ filtres, options }: { filtres: FiltresPublics; options: OptionsPubliques }) {
  const actifs = Boolean(filtres.annee || filtres.format || filtres.region);
  return (
    <form method="get" action={CHEMIN_ATELIERS_REALISES} role="search" aria-label="Filtrer les ateliers réalisés" className={fr.cx("fr-mb-4w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={colonne}>
          <Select label="Année" nativeSelectProps={{ name: "annee", defaultValue: filtres.annee?.toString() ?? "" }}>
            <option value="">Toutes les années</option>
            {options.annees.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne}>
          <Select label="Format" nativeSelectProps={{ name: "format", defaultValue: filtres.format ?? "" }}>
            <option value="">Tous les formats</option>
            {(Object.entries(FORMATS) as [string, string][]).map(([valeur, libelle]) => (
              <option key={valeur} value={valeur}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne}>
          <Select label="Région" nativeSelectProps={{ name: "region", defaultValue: filtres.region ?? "" }}>
            <option value="">Toutes les régions</option>
            {options.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.nom}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button type="submit" iconId="fr-icon-filter-line">
            Filtrer
          </Button>
        </li>
        {actifs && (
          <li>
            <Button priority="secondary" iconId="fr-icon-close-circle-line" linkProps={{ href: CHEMIN_ATELIERS_REALISES }}>
              Réinitialiser les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
