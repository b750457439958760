import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { ID_PIED_DE_PAGE } from "./SiteFooter";

export const ID_CONTENU = "contenu";

/** Liens d'évitement (RGAA 12.7) : premiers éléments atteints au clavier. */
export function LienEvitement() {
  return (
    <SkipLinks
      links={[
        { label: "Aller au contenu", anchor: `#${ID_CONTENU}` },
        { label: "Aller au pied de page", anchor: `#${ID_PIED_DE_PAGE}` },
      ]}
    />
  );
}
