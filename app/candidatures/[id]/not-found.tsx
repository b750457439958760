import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageErreur } from "@/components/erreurs/PageErreur";

/** Même page pour une candidature inconnue et pour une candidature hors de votre périmètre : l'existence n'est pas révélée. */
export default function CandidatureIntrouvable() {
  return (
    <PageErreur
      titre="Candidature introuvable"
      code="Erreur 404"
      message="Cette candidature n'existe pas ou vous n'y avez pas accès."
      explication={
        <p>
          Vérifiez l&apos;adresse. Vous voyez les candidatures de vos collectivités, celles du département de votre service de
          l&apos;État, ou toutes si vous êtes à la DGALN.
        </p>
      }
      actions={
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          <li>
            <Button linkProps={{ href: "/candidatures" }}>Mes candidatures</Button>
          </li>
        </ul>
      }
    />
  );
}
