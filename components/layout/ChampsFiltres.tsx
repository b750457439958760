// Champs communs des formulaires de filtres en GET (tableau d'instruction, « Mes ateliers ») : une
// liste de choix avec son option « tous », et les boutons Rechercher / Réinitialiser les filtres.
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";

export type Choix = { valeur: string; libelle: string };

/** Une liste de choix d'un filtre : « tous » (valeur vide) puis les choix. */
export function ChoixFiltre({ label, name, valeur, tous, choix }: { label: string; name: string; valeur?: string; tous: string; choix: readonly Choix[] }) {
  return (
    <Select label={label} nativeSelectProps={{ name, defaultValue: valeur ?? "" }}>
      <option value="">{tous}</option>
      {choix.map((c) => (
        <option key={c.valeur} value={c.valeur}>
          {c.libelle}
        </option>
      ))}
    </Select>
  );
}

/** Rechercher, et « Réinitialiser les filtres » (un lien vers la liste sans filtre) quand un filtre est posé. */
export function BoutonsFiltres({ reinitialiser, actifs, className }: { reinitialiser: string; actifs: boolean; className?: string }) {
  return (
    <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left") + (className ? ` ${className}` : "")}>
      <li>
        <Button type="submit" iconId="fr-icon-search-line">
          Rechercher
        </Button>
      </li>
      {actifs && (
        <li>
          <Button priority="secondary" iconId="fr-icon-close-circle-line" linkProps={{ href: reinitialiser }}>
            Réinitialiser les filtres
          </Button>
        </li>
      )}
    </ul>
  );
}
