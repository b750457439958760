import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { EDITEUR } from "@/components/layout/coordonnees";
import { NOM_SERVICE } from "@/components/layout/marque";
import { LienExterne } from "@/components/ui/LienExterne";

// Durées de conservation : choix du produit, à confirmer avec le délégué à la protection des données.
const CONSERVATION = [
  ["Compte utilisateur (identité, coordonnées, rattachements)", "Tant que le compte est actif, puis 3 ans après la dernière connexion"],
  ["Candidature non retenue, irrecevable ou retirée, avec ses pièces et signatures", "5 ans après la décision ou le retrait"],
  ["Candidature retenue et suivi de l'atelier (phases, livrables, ateliers in situ)", "10 ans après la fin de l'atelier"],
  ["Journal d'audit (actions, signatures, décisions)", "La même durée que le dossier auquel il se rapporte"],
  ["Cookie de session", "Jusqu'à la déconnexion ou l'expiration de la session"],
];

export function DonneesPersonnelles() {
  return (
    <>
      <h2 className={fr.cx("fr-mt-3w")}>Responsable du traitement</h2>
      <p>
        Le responsable du traitement des données personnelles du service «&nbsp;{NOM_SERVICE}&nbsp;» est la{" "}
        {EDITEUR.direction}, pour le compte des {EDITEUR.ministeres}.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Finalités</h2>
      <p>Le service traite des données personnelles pour&nbsp;:</p>
      <ul>
        <li>
          la gestion des candidatures aux Ateliers des territoires&nbsp;: préparation conjointe par la collectivité et le
          service de l&apos;État, signatures, dépôt, examen de la recevabilité, évaluation par le jury et décision&nbsp;;
        </li>
        <li>le suivi des ateliers retenus&nbsp;: phases, ateliers in situ, livrables et validations&nbsp;;</li>
        <li>la sécurité du service et la traçabilité des actions (journal d&apos;audit).</li>
      </ul>

      <h2 className={fr.cx("fr-mt-5w")}>Base légale</h2>
      <p>
        Le traitement est nécessaire à l&apos;exécution d&apos;une mission d&apos;intérêt public dont est investie la DGALN
        (article 6, paragraphe 1, point e du règlement général sur la protection des données).
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Données traitées</h2>
      <ul>
        <li>
          identité et coordonnées professionnelles des élus et des agents des collectivités, des services de l&apos;État,
          de la DGALN et des membres du jury&nbsp;: nom, prénom, fonction, adresse électronique et téléphone
          professionnels, organisation de rattachement et rôle&nbsp;;
        </li>
        <li>contenu des candidatures et des échanges (messages, avis, évaluations, décisions)&nbsp;;</li>
        <li>signatures&nbsp;: identité du signataire, date et heure, empreinte du contenu signé&nbsp;;</li>
        <li>journal d&apos;audit&nbsp;: auteur, date et heure, nature de chaque action.</li>
      </ul>

      <h2 className={fr.cx("fr-mt-5w")}>Destinataires</h2>
      <p>
        Seules les personnes habilitées y accèdent, dans la limite de leurs attributions&nbsp;: les porteurs d&apos;une
        candidature (collectivités et service de l&apos;État compétent), les agents de la DGALN chargés du programme et,
        pour les candidatures qui leur sont confiées, les membres du jury. Aucune donnée n&apos;est cédée ni vendue.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Durées de conservation</h2>
      <Table
        caption="Durée de conservation par catégorie de données"
        headers={["Données", "Durée de conservation"]}
        data={CONSERVATION}
      />
      <p>
        À l&apos;issue de ces durées, les dossiers sont versés aux archives publiques ou supprimés, selon les règles du
        code du patrimoine.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Vos droits</h2>
      <p>
        Vous disposez d&apos;un droit d&apos;accès, de rectification, de limitation et d&apos;opposition sur les données qui
        vous concernent. Le droit à l&apos;effacement ne s&apos;applique pas lorsque le traitement est nécessaire à une
        mission d&apos;intérêt public, notamment pour les candidatures déposées et les décisions prises.
      </p>
      <p>
        Pour exercer ces droits, écrivez au délégué à la protection des données des ministères, par le{" "}
        <LienExterne href={EDITEUR.formulaireContact}>formulaire de contact du ministère</LienExterne> ou par courrier
        &nbsp;: Délégué à la protection des données, {EDITEUR.adresse.join(", ")}.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
        réclamation à la <LienExterne href="https://www.cnil.fr/fr/plaintes">Commission nationale de l&apos;informatique et des libertés (CNIL)</LienExterne>.
      </p>

      <h2 className={fr.cx("fr-mt-5w")}>Cookies</h2>
      <p>
        Le service ne dépose qu&apos;un seul cookie&nbsp;: le cookie de session, strictement nécessaire à la connexion. Il
        est exempté de consentement (article 82 de la loi Informatique et Libertés). Le service n&apos;utilise aucun outil
        de mesure d&apos;audience, aucun cookie publicitaire et aucun contenu de tiers déposant des cookies&nbsp;: aucun
        bandeau de consentement n&apos;est donc nécessaire.
      </p>
      <p>
        Le choix du thème d&apos;affichage (clair, sombre ou système) est conservé dans le stockage local de votre
        navigateur&nbsp;; il n&apos;est pas transmis au service.
      </p>
    </>
  );
}
