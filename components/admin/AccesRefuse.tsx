import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageErreur } from "@/components/erreurs/PageErreur";

/** Raisons connues d'un refus, désignées dans l'adresse (/acces-refuse?raison=…) : jamais un texte libre venu de l'URL. */
export const RAISONS_REFUS = {
  administration: "L'administration des organisations est réservée aux agents de la DGALN.",
  instruction:
    "Le tableau d'instruction est réservé à la DGALN et aux services de l'État (DDT, DDTM…). Les collectivités suivent leurs dossiers dans « Mes candidatures ».",
  ateliers:
    "« Mes ateliers » est réservé aux collectivités qui portent un atelier, aux services de l'État et à la DGALN. Les membres d'un jury et les experts n'ont accès qu'aux candidatures qui leur sont confiées.",
} as const;
export type RaisonRefus = keyof typeof RAISONS_REFUS;

/** Adresse de la page « Accès refusé » (servie en HTTP 403 par proxy.ts), avec sa raison. */
export function cheminAccesRefuse(raison: RaisonRefus): string {
  return `/acces-refuse?raison=${raison}`;
}

/**
 * Page « Accès refusé » (modèle DSFR des pages d'erreur), affichée à la place d'une page que
 * l'utilisateur connecté n'a pas le droit de voir, et à l'adresse /acces-refuse.
 */
export function AccesRefuse({ raison }: { raison?: string }) {
  return (
    <PageErreur
      titre="Accès refusé"
      code="Erreur 403"
      message="Vous n'avez pas les droits nécessaires pour afficher cette page."
      explication={
        <>
          <p>
            {raison ??
              "Cette page est réservée à certains rôles. Votre compte est bien connecté, mais aucune de vos organisations ne vous donne accès à ce contenu."}
          </p>
          <p>
            Si vous pensez devoir y accéder, vérifiez que vous êtes connecté avec la bonne adresse électronique, puis
            demandez à un responsable de votre organisation ou à l&apos;administration de la DGALN de vous attribuer le
            rôle adapté. Vos organisations et vos rôles figurent dans « Mon compte ».
          </p>
        </>
      }
      actions={
        <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
          <li>
            <Button linkProps={{ href: "/" }}>Page d&apos;accueil</Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ href: "/mon-compte" }}>
              Mon compte
            </Button>
          </li>
        </ul>
      }
    />
  );
}
