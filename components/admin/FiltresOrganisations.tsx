import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { TypeOrganisation } from "@/lib/generated/prisma/enums";
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";

export type ValeursFiltres = { q: string; type: string; departement: string };

/**
 * Recherche et filtres de la liste des organisations : un formulaire GET, qui fonctionne sans
 * JavaScript et dont chaque résultat a sa propre adresse (partage, retour arrière).
 */
export function FiltresOrganisations({
  valeurs,
  departements,
}: {
  valeurs: ValeursFiltres;
  departements: { code: string; nom: string }[];
}) {
  const types = Object.entries(LIBELLES_TYPE_ORGANISATION) as [TypeOrganisation, string][];
  return (
    <form method="get" action="/admin/organisations" role="search" aria-label="Rechercher des organisations" className={fr.cx("fr-mb-4w")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Input
            label="Nom, SIREN ou code INSEE"
            hintText="Sans tenir compte des accents ni des majuscules, par exemple « andouille » ou « 53005 »."
            nativeInputProps={{ name: "q", type: "search", defaultValue: valeurs.q, autoComplete: "off" }}
          />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-md-3")}>
          <Select label="Type" nativeSelectProps={{ name: "type", defaultValue: valeurs.type }}>
            <option value="">Tous les types</option>
            {types.map(([valeur, libelle]) => (
              <option key={valeur} value={valeur}>
                {libelle}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-md-3")}>
          <Select label="Département" nativeSelectProps={{ name: "departement", defaultValue: valeurs.departement }}>
            <option value="">Tous les départements</option>
            {departements.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} — {d.nom}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
        <li>
          <Button type="submit" iconId="fr-icon-search-line">
            Rechercher
          </Button>
        </li>
        {(valeurs.q || valeurs.type || valeurs.departement) && (
          <li>
            <Button priority="secondary" linkProps={{ href: "/admin/organisations" }}>
              Effacer les filtres
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
