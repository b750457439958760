import { fr } from "@codegouvfr/react-dsfr";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { BoutonsFiltres, ChoixFiltre } from "@/components/layout/ChampsFiltres";
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
  const formats = Object.entries(FORMATS).map(([valeur, libelle]) => ({ valeur, libelle }));
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
            <ChoixFiltre
              label="Statut"
              name="statut"
              valeur={filtres.statut}
              tous="Tous les statuts"
              choix={Object.entries(STATUTS_ATELIER).map(([valeur, { libelle }]) => ({ valeur, libelle }))}
            />
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
      <BoutonsFiltres
        reinitialiser={chemin}
        actifs={filtresAteliersActifs(filtres)}
        className={fr.cx("fr-mt-2w")}
        envoyer={carte ? { libelle: "Filtrer", icone: "fr-icon-filter-line" } : undefined}
      />
    </form>
  );
}
