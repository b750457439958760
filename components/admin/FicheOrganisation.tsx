import { fr } from "@codegouvfr/react-dsfr";
import { formaterNombre } from "@/lib/format/nombres";
import type { DetailOrganisation } from "@/lib/organisations/queries";
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";

type Organisation = DetailOrganisation["organisation"];

const MODIFIABLES = new Set(["SIRET", "Adresse électronique de contact"]);

/** Données de référence d'une organisation (lecture seule : elles viennent du COG ou de l'import). */
export function FicheOrganisation({ organisation: o }: { organisation: Organisation }) {
  const lignes: [string, string | null][] = [
    ["Type", o.typeServiceEtat ? `${LIBELLES_TYPE_ORGANISATION[o.type]} (${o.typeServiceEtat.replace("_", " ")})` : LIBELLES_TYPE_ORGANISATION[o.type]],
    ["SIREN", o.siren],
    ["SIRET", o.siret],
    ["Code INSEE", o.codeInsee],
    ["Département", o.codeDepartement],
    ["Région (code)", o.codeRegion],
    ["Catégorie juridique", o.categorieJuridique],
    ["Population municipale", o.population === null ? null : formaterNombre(o.population)],
    ["Adresse électronique de contact", o.courriel],
  ];
  // Les champs vides du référentiel (code INSEE d'un EPCI, population d'un service…) ne disent rien :
  // seuls les champs modifiables restent affichés quand ils sont vides.
  const affichees = lignes.filter(([terme, valeur]) => valeur !== null || MODIFIABLES.has(terme));
  return (
    <dl className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mb-2w")}>
      {affichees.map(([terme, valeur]) => (
        <div key={terme} className={fr.cx("fr-col-12", "fr-col-sm-6", "fr-col-md-4")}>
          <dt className={fr.cx("fr-text--sm", "fr-mb-0")}>{terme}</dt>
          <dd className={fr.cx("fr-text--bold", "fr-mb-0")} style={{ marginInlineStart: 0 }}>
            {valeur ?? "Non renseigné"}
          </dd>
        </div>
      ))}
    </dl>
  );
}
