import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { BoutonsFiltres, ChoixFiltre } from "@/components/layout/ChampsFiltres";
import { ecrireFiltresAteliers, LONGUEUR_MAX_RECHERCHE, type FiltresListeAteliers } from "@/lib/ateliers/filtres";
import type { OptionsListeAteliers } from "@/lib/ateliers/liste";
import { CHEMIN_ATELIERS, filtresAteliersActifs } from "./adresses";
import { FORMATS } from "./libelles";

const colonne = (...tailles: Parameters<typeof fr.cx>) => fr.cx("fr-col-12", ...tailles);

/**
 * Recherche et filtres de « Mes ateliers » : un formulaire GET qui fonctionne sans JavaScript, chaque
 * résultat a sa propre adresse. Le statut se choisit par les étiquettes (avec leur nombre) ; il est
 * gardé ici, comme le tri, quand on relance la recherche.
 */
export function FiltresAteliers({ filtres, options }: { filtres: FiltresListeAteliers; options: OptionsListeAteliers }) {
  const formats = Object.entries(FORMATS).map(([valeur, libelle]) => ({ valeur, libelle }));
  const caches = new URLSearchParams(ecrireFiltresAteliers({ statut: filtres.statut, tri: filtres.tri, sens: filtres.sens }));
  return (
    <form method="get" action={CHEMIN_ATELIERS} role="search" aria-label="Rechercher et filtrer les ateliers" className={fr.cx("fr-mb-3w")}>
      {[...caches].map(([cle, valeur]) => (
        <input key={cle} type="hidden" name={cle} value={valeur} />
      ))}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={colonne("fr-col-md-6")}>
          <Input
            label="Rechercher"
            hintText="Titre de l'atelier ou nom d'une collectivité, majuscules indifférentes."
            nativeInputProps={{ name: "q", type: "search", defaultValue: filtres.q ?? "", autoComplete: "off", maxLength: LONGUEUR_MAX_RECHERCHE }}
          />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <ChoixFiltre label="Format" name="format" valeur={filtres.format} tous="Tous les formats" choix={formats} />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-3")}>
          <ChoixFiltre label="Année de création" name="annee" valeur={filtres.annee?.toString()} tous="Toutes les années" choix={options.annees.map((a) => ({ valeur: String(a), libelle: String(a) }))} />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-4")}>
          <ChoixFiltre label="Région" name="region" valeur={filtres.region} tous="Toutes les régions" choix={options.regions.map((r) => ({ valeur: r.code, libelle: r.nom }))} />
        </div>
        <div className={colonne("fr-col-sm-6", "fr-col-md-4")}>
          <ChoixFiltre label="Département" name="departement" valeur={filtres.departement} tous="Tous les départements" choix={options.departements.map((d) => ({ valeur: d.code, libelle: `${d.code} — ${d.nom}` }))} />
        </div>
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
      </div>
      <BoutonsFiltres reinitialiser={CHEMIN_ATELIERS} actifs={filtresAteliersActifs(filtres)} className={fr.cx("fr-mt-2w")} />
    </form>
  );
}
