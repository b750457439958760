import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageErreur } from "@/components/erreurs/PageErreur";

/** Même page pour un atelier inconnu et pour un atelier hors de votre périmètre : l'existence n'est pas révélée. */
export default function AtelierIntrouvable() {
  return (
    <PageErreur
      titre="Atelier introuvable"
      code="Erreur 404"
      message="Cet atelier n'existe pas ou vous n'y avez pas accès."
      explication={
        <p>
          Vérifiez l&apos;adresse. Vous voyez les ateliers de vos collectivités, ceux du département de votre service de l&apos;État, ou
          tous si vous êtes à la DGALN.
        </p>
      }
      actions={
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          <li>
            <Button linkProps={{ href: "/ateliers" }}>Mes ateliers</Button>
          </li>
        </ul>
      }
    />
  );
}
