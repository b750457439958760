import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ecrireFiltresAteliers, LONGUEUR_MAX_RECHERCHE, type FiltresListeAteliers } from "@/lib/ateliers/filtres";
import type { OptionsListeAteliers } from "@/lib/ateliers/liste";
import { CHEMIN_ATELIERS, CHEMIN_CARTE_ATELIERS, filtresAteliersActifs } from "./adresses";
import { FORMATS, STATUTS_ATELIER } from "./libelles";

const colonne = (...tailles: Parameters<typeof fr.cx>) => fr.cx("fr-col-12", ...tailles);

/**
 * Recherche et filtres de « Mes ateliers » : un formulaire GET qui fonctionne sans JavaScript, chaque
 * résultat a sa propre adresse. Le statut se choisit par les étiquettes (avec leur nombre) ; il est
 * gardé ici, comme le tri, quand on relance la recherche.
 * La vue `carte` (carte et statistiques nationales, décision 035) reprend les mêmes filtres, sans la
 * recherche ni le retard (qui ne font pas de chiffres nationaux), avec le statut en liste.
 */
export function FiltresAteliers({ filtres, options, vue = "liste" }: { filtres: FiltresListeAteliers; options: OptionsListeAteliers; vue?: "liste" | "carte" }) {
  const formats = Object.entries(FORMATS) as [keyof typeof FORMATS, string][];
  const carte = vue === "carte";
  const chemin = carte ? CHEMIN_CARTE_ATELIERS : CHEMIN_ATELIERS;
  const caches = new URLSearchParams(carte ? "" : ecrireFiltresAteliers({ statut: filtres.statut, tri: filtres.tri, sens: filtres.sens }));
  return (
    <form method="get" action={chemin} role="search" aria-label={carte ? "Filtrer la carte et les statistiques" : "Rechercher et filtrer les ateliers"} className={fr.cx("fr-mb-3w")}>
      {[...caches].map(([cle, valeur]) => (
        <input key={cle} type="hidden" name={cle} value={valeur} />
      ))}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        {carte ? (
          <div className={colonne("fr-col-sm-6", "fr-col-md-6")}>
            <Select label="Statut" nativeSelectProps={{ name: "statut", defaultValue: filtres.statut ?? "" }}>
              <option value="">Tous les statuts</option>
              {Object.entries(STATUTS_ATELIER).map(([valeur, { libelle }]) => (
                <option key={valeur} value={valeur}>
                  {libelle}
                </option>
              ))}
            </Select>
          </div>
        ) : (
        <div className={colonne("fr-col-md-6")}>
          <Input
            label="Rechercher"
            hintText="Titre de l'atelier ou nom d'une collectivité, majuscules indifférentes."
            nativeInputProps={{ name: "q", type: "search", defaultValue: filtres.q ?? "", autoComplete: "off", maxLength: LONGUEUR_MAX_RECHERCHE }}
          />
        </div>
        )}
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <Select label="Format" nativeSelectProps={{ name: "format", defaultValue: filtres.format ?? "" }}>
            <option value="">Tous les formats</option>
            {formats.map(([valeur, libelle]) => (
              <option key={valeur} value={valeur}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <Select label="Année de création" nativeSelectProps={{ name: "annee", defaultValue: filtres.annee?.toString() ?? "" }}>
            <option value="">Toutes les années</option>
            {options.annees.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-4")}>
          <Select label="Région" nativeSelectProps={{ name: "region", defaultValue: filtres.region ?? "" }}>
            <option value="">Toutes les régions</option>
            {options.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.nom}
              </option>
            ))}
          </Select>
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-4")}>
          <Select label="Département" nativeSelectProps={{ name: "departement", defaultValue: filtres.departement ?? "" }}>
            <option value="">Tous les départements</option>
            {options.departements.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} — {d.nom}
              </option>
            ))}
          </Select>
        </div>
        {!carte && (
        <div className={colonne("fr-col-md-4")}>
          <Checkbox
            small
            legend="Situation à suivre"
            options={[
              {
                label: "Phases en retard",
                hintText: "Fin prévue dépassée, phase non validée",
                nativeInputProps: { name: "enRetard", value: "1", defaultChecked: Boolean(filtres.enRetard) },
              },
            ]}
          />
        </div>
        )}
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left", "fr-mt-2w")}>
        <li>
          <Button type="submit" iconId={carte ? "fr-icon-filter-line" : "fr-icon-search-line"}>
            {carte ? "Filtrer" : "Rechercher"}
          </Button>
        </li>
        {filtresAteliersActifs(filtres) && (
          <li>
            <Button priority="secondary" iconId="fr-icon-close-circle-line" linkProps={{ href: chemin }}>
              Réinitialiser les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
