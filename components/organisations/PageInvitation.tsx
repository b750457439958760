import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageContenu } from "@/components/ui/PageContenu";
import { LIBELLES_ROLE, LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";
import { formaterDateHeure } from "@/lib/format/dates";
import type { RoleAppartenance } from "@/lib/generated/prisma/enums";
import { MESSAGES_INVITATION } from "@/lib/invitations/etat";
import type { InvitationLue } from "@/lib/invitations/queries";
import { DESCRIPTIONS_ROLES } from "@/lib/organisations/roles";
import { AccepterInvitation } from "./AccepterInvitation";
import type { ActionServeur } from "./types";

export type ActeurInvitation = { email: string; appartenances: { organisationId: string; role: RoleAppartenance }[] };

const TITRES_INVALIDES = {
  introuvable: "Invitation introuvable",
  utilisee: "Invitation déjà utilisée",
  expiree: "Invitation expirée",
} as const;

function Boutons({ liens }: { liens: { libelle: string; href: string }[] }) {
  return (
    <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
      {liens.map((l, i) => (
        <li key={l.href}>
          <Button priority={i === 0 ? "primary" : "secondary"} linkProps={{ href: l.href }}>
            {l.libelle}
          </Button>
        </li>
      ))}
    </ul>
  );
}

function situation(invitation: InvitationLue, acteur: ActeurInvitation | null) {
  const pourActeur = invitation.etat !== "introuvable" && acteur?.email.trim().toLowerCase() === invitation.email;
  // Après acceptation (la page est alors recalculée), ou en revenant plus tard sur le lien.
  const appartenance =
    pourActeur && invitation.etat === "utilisee" ? acteur!.appartenances.find((a) => a.organisationId === invitation.organisation.id) : undefined;
  return { pourActeur, appartenance };
}

/** Titre de la page (onglet et niveau 1), selon l'état de l'invitation et la personne connectée. */
export function titrePageInvitation(invitation: InvitationLue, acteur: ActeurInvitation | null): string {
  if (situation(invitation, acteur).appartenance) return "Invitation acceptée";
  return invitation.etat === "valide" ? `Invitation à rejoindre ${invitation.organisation.nom}` : TITRES_INVALIDES[invitation.etat];
}

/** Page d'une invitation : acceptation, ou explication en français de ce qui l'empêche. */
export function PageInvitation({
  jeton,
  invitation,
  acteur,
  action,
}: {
  jeton: string;
  invitation: InvitationLue;
  acteur: ActeurInvitation | null;
  action: ActionServeur<unknown>;
}) {
  const { pourActeur, appartenance } = situation(invitation, acteur);
  if (invitation.etat === "utilisee" && appartenance) {
    return (
      <PageContenu titre="Invitation acceptée">
        <Alert
          severity="success"
          as="h2"
          title={`Vous avez rejoint ${invitation.organisation.nom}`}
          description={`Votre rôle : « ${LIBELLES_ROLE[appartenance.role]} ». L'organisation figure désormais dans « Mon compte ».`}
          className={fr.cx("fr-mb-4w")}
        />
        <Boutons liens={[{ libelle: "Mon compte", href: "/mon-compte" }, { libelle: "Voir les membres", href: `/organisations/${invitation.organisation.id}/membres` }]} />
      </PageContenu>
    );
  }

  if (invitation.etat !== "valide") {
    return (
      <PageContenu titre={TITRES_INVALIDES[invitation.etat]}>
        <Alert severity={invitation.etat === "utilisee" ? "info" : "warning"} title={TITRES_INVALIDES[invitation.etat]} description={MESSAGES_INVITATION[invitation.etat]} as="h2" className={fr.cx("fr-mb-4w")} />
        <Boutons liens={[acteur ? { libelle: "Mon compte", href: "/mon-compte" } : { libelle: "Se connecter", href: "/connexion" }, { libelle: "Page d'accueil", href: "/" }]} />
      </PageContenu>
    );
  }

  const { organisation, role, email, invitant, expireLe } = invitation;
  return (
    <PageContenu titre={titrePageInvitation(invitation, acteur)}>
      <p className={fr.cx("fr-text--lead")}>
        {invitant} vous invite à rejoindre <strong>{organisation.nom}</strong> ({LIBELLES_TYPE_ORGANISATION[organisation.type].toLowerCase()}) sur
        Ateliers des territoires, avec le rôle « {LIBELLES_ROLE[role]} », pour {DESCRIPTIONS_ROLES[role]}.
      </p>
      <p>
        Invitation adressée à <strong>{email}</strong>, valable jusqu&apos;au {formaterDateHeure(expireLe)} (heure de Paris).
        Elle ne peut servir qu&apos;une fois.
      </p>
      {!acteur && (
        <>
          <p>
            Pour accepter, connectez-vous avec l&apos;adresse <strong>{email}</strong> : vous recevrez un lien de connexion
            par courriel, puis vous reviendrez sur cette page. Si vous n&apos;avez pas encore de compte, il est créé à cette
            occasion.
          </p>
          <Button iconId="fr-icon-account-circle-line" linkProps={{ href: `/connexion?${new URLSearchParams({ callbackUrl: `/invitation/${jeton}`, email })}` }}>
            Se connecter pour accepter
          </Button>
        </>
      )}
      {acteur && !pourActeur && (
        <>
          <Alert
            severity="warning"
            as="h2"
            title="Vous êtes connecté avec une autre adresse"
            description={`Vous êtes connecté avec ${acteur.email}, mais cette invitation a été envoyée à ${email}. ${MESSAGES_INVITATION.autre_adresse}`}
            className={fr.cx("fr-mb-3w")}
          />
          <Button priority="secondary" linkProps={{ href: "/deconnexion" }}>
            Se déconnecter
          </Button>
        </>
      )}
      {pourActeur && <AccepterInvitation jeton={jeton} action={action} />}
    </PageContenu>
  );
}
