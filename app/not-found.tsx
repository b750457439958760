import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageErreur } from "@/components/erreurs/PageErreur";

export const metadata: Metadata = { title: "Page non trouvée" };

export default function PageNonTrouvee() {
  return (
    <PageErreur
      titre="Page non trouvée"
      code="Erreur 404"
      message="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
      explication={
        <p>
          Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est
          peut-être plus disponible. Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page
          d&apos;accueil ou le plan du site.
        </p>
      }
      actions={
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          <li>
            <Button linkProps={{ href: "/" }}>Page d&apos;accueil</Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ href: "/plan-du-site" }}>
              Plan du site
            </Button>
          </li>
        </ul>
      }
    />
  );
}
