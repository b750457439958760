import { Header } from "@codegouvfr/react-dsfr/Header";
import { BlocMarque, DESCRIPTION_SERVICE, LIEN_ACCUEIL, NOM_SERVICE } from "./marque";

export function SiteHeader() {
  return (
    <Header
      brandTop={<BlocMarque />}
      homeLinkProps={LIEN_ACCUEIL}
      serviceTitle={NOM_SERVICE}
      serviceTagline={DESCRIPTION_SERVICE}
      quickAccessItems={[
        {
          iconId: "fr-icon-account-circle-line",
          text: "Se connecter",
          linkProps: { href: "/connexion" },
        },
      ]}
    />
  );
}
