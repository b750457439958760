import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { BlocMarque, LIEN_ACCUEIL } from "./marque";

export const ID_PIED_DE_PAGE = "pied-de-page";

export function SiteFooter() {
  return (
    <Footer
      id={ID_PIED_DE_PAGE}
      brandTop={<BlocMarque />}
      homeLinkProps={LIEN_ACCUEIL}
      contentDescription="Les Ateliers des territoires sont un dispositif d'accompagnement des collectivités porté par la Direction générale de l'aménagement, du logement et de la nature (DGALN) avec les services départementaux de l'État. Ce service permet de préparer, signer et déposer une candidature à deux, puis de suivre l'atelier."
      // Aucun audit RGAA réalisé à ce jour : « non conforme » (voir la déclaration d'accessibilité).
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      websiteMapLinkProps={{ href: "/plan-du-site" }}
      bottomItems={[
        { text: "Ateliers réalisés", linkProps: { href: "/ateliers-realises" } },
        { text: "Données personnelles et cookies", linkProps: { href: "/donnees-personnelles" } },
        headerFooterDisplayItem,
      ]}
    />
  );
}
