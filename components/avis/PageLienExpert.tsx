// Page du lien reçu par un expert extérieur : qui demande quoi et pour quand ; se connecter avec
// l'adresse invitée (lien de connexion, compte créé à cette occasion), puis ouvrir la demande.
// Une autre adresse connectée est refusée, en français, comme pour les invitations.
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageContenu } from "@/components/ui/PageContenu";
import { MESSAGES_LIEN_EXPERT } from "@/lib/avis/lien-expert";
import type { LienExpertLu } from "@/lib/avis/queries";
import type { ResultatAction } from "@/lib/errors";
import { formaterDate } from "@/lib/format/dates";
import { AccepterDemandeAvis } from "./AccepterDemandeAvis";

const TITRES_INVALIDES = {
  introuvable: "Lien introuvable",
  annulee: "Demande d'avis annulée",
  expiree: "Lien expiré",
  rattachee: "Demande d'avis déjà ouverte",
} as const;

type Props = {
  jeton: string;
  lien: LienExpertLu;
  acteur: { id: string; email: string } | null;
  accepter: (entree: unknown) => Promise<ResultatAction<{ demandeId: string }>>;
};

/** Titre de la page (onglet et niveau 1). */
export function titrePageLienExpert(lien: LienExpertLu, acteur: Props["acteur"]): string {
  if (lien.etat === "valide" || (lien.etat === "rattachee" && lien.expertId === acteur?.id)) return `Demande d'avis sur la candidature ${lien.reference}`;
  return TITRES_INVALIDES[lien.etat];
}

export function PageLienExpert({ jeton, lien, acteur, accepter }: Props) {
  const titre = titrePageLienExpert(lien, acteur);
  const sienne = lien.etat === "rattachee" && lien.expertId === acteur?.id;
  if (lien.etat !== "valide" && !sienne) {
    return (
      <PageContenu titre={titre}>
        <Alert severity="warning" as="h2" title={titre} description={MESSAGES_LIEN_EXPERT[lien.etat]} className={fr.cx("fr-mb-4w")} />
        <Button linkProps={{ href: acteur ? "/mes-avis" : "/connexion" }}>{acteur ? "Mes demandes d'avis" : "Se connecter"}</Button>
      </PageContenu>
    );
  }
  const { email, demandeur, echeance } = lien as Extract<LienExpertLu, { email: string }>;
  const pourActeur = acteur?.email.trim().toLowerCase() === email;
  return (
    <PageContenu titre={titre}>
      <p className={fr.cx("fr-text--lead")}>
        {demandeur}, de la DGALN, vous demande un avis d&apos;expert sur cette candidature au programme Ateliers des territoires. Votre avis est attendu au
        plus tard le <strong>{formaterDate(echeance)}</strong>.
      </p>
      <p>
        Demande adressée à <strong>{email}</strong>. Vous consulterez la candidature et ses pièces en lecture seule, puis rendrez votre avis dans
        l&apos;application.
      </p>
      {!acteur && (
        <>
          <p>
            Connectez-vous avec l&apos;adresse <strong>{email}</strong> : vous recevrez un lien de connexion par courriel, puis vous reviendrez sur cette page.
            Si vous n&apos;avez pas encore de compte, il est créé à cette occasion.
          </p>
          <Button iconId="fr-icon-account-circle-line" linkProps={{ href: `/connexion?${new URLSearchParams({ callbackUrl: `/avis-expert/${jeton}`, email })}` }}>
            Se connecter pour ouvrir la demande
          </Button>
        </>
      )}
      {acteur && !pourActeur && (
        <>
          <Alert
            severity="warning"
            as="h2"
            title="Vous êtes connecté avec une autre adresse"
            description={`Vous êtes connecté avec ${acteur.email}, mais cette demande d'avis a été envoyée à ${email}. ${MESSAGES_LIEN_EXPERT.autre_adresse}`}
            className={fr.cx("fr-mb-3w")}
          />
          <Button priority="secondary" linkProps={{ href: "/deconnexion" }}>
            Se déconnecter
          </Button>
        </>
      )}
      {pourActeur && (sienne ? <Button linkProps={{ href: `/mes-avis/${lien.etat === "rattachee" ? lien.demandeId : ""}` }}>Voir la demande d&apos;avis</Button> : <AccepterDemandeAvis jeton={jeton} accepter={accepter} />)}
    </PageContenu>
  );
}
