import { fr } from "@codegouvfr/react-dsfr";
import { EDITEUR } from "@/components/layout/coordonnees";
import { NOM_SERVICE } from "@/components/layout/marque";
import { LienExterne } from "@/components/ui/LienExterne";

// Modèle de déclaration du RGAA 4.1. Sans audit, le statut ne peut être que « non conforme »
// (aucun taux de conformité ne peut être publié) : à mettre à jour après le premier audit.
export const DATE_DECLARATION = "25 novembre 2026";

export function DeclarationAccessibilite() {
  return (
    <>
      <p>
        La {EDITEUR.direction} s&apos;engage à rendre ses services numériques accessibles, conformément à
        l&apos;article 47 de la loi n°&nbsp;2005-102 du 11&nbsp;février 2005.
      </p>
      <p>
        Cette déclaration d&apos;accessibilité s&apos;applique au service en ligne «&nbsp;{NOM_SERVICE}&nbsp;»
        (candidatures conjointes et suivi des ateliers).
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>État de conformité</h2>
      <p>
        Le service «&nbsp;{NOM_SERVICE}&nbsp;» est <strong>non conforme</strong> avec le référentiel général
        d&apos;amélioration de l&apos;accessibilité (RGAA), version&nbsp;4.1, car aucun audit de conformité n&apos;a encore
        été réalisé.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Résultats des tests</h2>
      <p>
        En l&apos;absence d&apos;audit, aucun taux de conformité ne peut être publié. Un audit complet sera mené sur un
        échantillon représentatif de pages, et cette déclaration sera mise à jour avec ses résultats.
      </p>
      <p>Mesures déjà en place dans l&apos;attente de cet audit&nbsp;:</p>
      <ul>
        <li>
          chaque page publique est contrôlée automatiquement avec l&apos;outil axe-core (règles WCAG&nbsp;2.1, niveaux A
          et AA) à chaque modification du service, dans la chaîne d&apos;intégration continue&nbsp;;
        </li>
        <li>
          le parcours au clavier (liens d&apos;évitement, ordre de tabulation, focus visible) est vérifié par des tests
          automatisés&nbsp;;
        </li>
        <li>l&apos;interface utilise le Système de design de l&apos;État (DSFR), conçu pour respecter le RGAA.</li>
      </ul>
      <p>
        Ces contrôles automatiques ne couvrent qu&apos;une partie des critères du RGAA et ne remplacent pas un audit.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Contenus non accessibles</h2>
      <h3 className={fr.cx("fr-h6")}>Non-conformités</h3>
      <p>
        Aucune non-conformité n&apos;est connue à ce jour. La liste des non-conformités sera établie par l&apos;audit.
      </p>
      <h3 className={fr.cx("fr-h6")}>Dérogations pour charge disproportionnée</h3>
      <p>Aucune.</p>
      <h3 className={fr.cx("fr-h6")}>Contenus non soumis à l&apos;obligation d&apos;accessibilité</h3>
      <p>
        Les documents déposés par les porteurs de candidature (notes, courriers, plans, au format PDF, ODT, DOCX ou
        image) sont des contenus de tiers qui ne sont ni produits ni contrôlés par la DGALN.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Établissement de cette déclaration d&apos;accessibilité</h2>
      <p>Cette déclaration a été établie le {DATE_DECLARATION}.</p>
      <h3 className={fr.cx("fr-h6")}>Technologies utilisées pour la réalisation du service</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS (Système de design de l&apos;État)</li>
        <li>JavaScript (React, Next.js)</li>
        <li>WAI-ARIA</li>
      </ul>
      <h3 className={fr.cx("fr-h6")}>Environnement de test</h3>
      <p>
        Les contrôles automatiques sont effectués avec axe-core dans le navigateur Chromium, piloté par Playwright, sous
        Linux. Les vérifications manuelles de l&apos;audit porteront sur les combinaisons de navigateurs et de lecteurs
        d&apos;écran prévues par le RGAA (notamment Firefox avec NVDA et Safari avec VoiceOver).
      </p>
      <h3 className={fr.cx("fr-h6")}>Pages ayant fait l&apos;objet des contrôles automatiques</h3>
      <ul>
        <li>Accueil</li>
        <li>Déclaration d&apos;accessibilité</li>
        <li>Mentions légales</li>
        <li>Données personnelles et cookies</li>
        <li>Plan du site</li>
        <li>Page d&apos;erreur «&nbsp;Page non trouvée&nbsp;»</li>
      </ul>

      <h2 className={fr.cx("fr-mt-5w")}>Retour d&apos;information et contact</h2>
      <p>
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du service
        pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme&nbsp;:
      </p>
      <ul>
        <li>
          par le <LienExterne href={EDITEUR.formulaireContact}>formulaire de contact du ministère</LienExterne>, en
          précisant «&nbsp;{NOM_SERVICE} — accessibilité&nbsp;»&nbsp;;
        </li>
        <li>
          par courrier&nbsp;: {EDITEUR.direction}, {EDITEUR.service}, {EDITEUR.adresse.join(", ")}.
        </li>
      </ul>

      <h2 className={fr.cx("fr-mt-5w")}>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d&apos;accessibilité vous empêchant d&apos;accéder à un contenu ou à une fonctionnalité
        du service, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en
        droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.
      </p>
      <p>Plusieurs moyens sont à votre disposition&nbsp;:</p>
      <ul>
        <li>
          écrire un message au Défenseur des droits par son{" "}
          <LienExterne href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</LienExterne>&nbsp;;
        </li>
        <li>
          contacter le délégué du Défenseur des droits dans votre région (
          <LienExterne href="https://www.defenseurdesdroits.fr/carte-des-delegues">liste des délégués</LienExterne>)&nbsp;;
        </li>
        <li>appeler le 09&nbsp;69&nbsp;39&nbsp;00&nbsp;00&nbsp;;</li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre)&nbsp;: Défenseur des droits, Libre réponse
          71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </>
  );
}
