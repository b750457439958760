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
export function BoutonsFiltres(props: {
  reinitialiser: string;
  actifs: boolean;
  className?: string;
  /** Le bouton d'envoi, « Rechercher » par défaut (« Filtrer » quand il n'y a pas de recherche). */
  envoyer?: { libelle: string; icone: "fr-icon-filter-line" | "fr-icon-search-line" };
}) {
  const { reinitialiser, actifs, className } = props;
  const envoyer = props.envoyer ?? { libelle: "Rechercher", icone: "fr-icon-search-line" };
  return (
    <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left") + (className ? ` ${className}` : "")}>
      <li>
        <Button type="submit" iconId={envoyer.icone}>
          {envoyer.libelle}
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
