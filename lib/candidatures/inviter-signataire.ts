// Inviter le signataire de l'autre partie (issue 9, point 4) : une DDT crée une candidature pour une
// commune qui n'a encore aucun compte (ou l'inverse) ; sans signataire, la candidature ne peut pas
// aboutir. Un rédacteur de la candidature invite donc une personne à signer pour l'AUTRE partie,
// seulement tant que celle-ci n'a aucun signataire, et seulement au rôle de signataire qui
// correspond au type de l'organisation (les mêmes bornes que les invitations de membres).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { PROFIL_DU_TYPE } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deNom } from "@/lib/format/collectivites";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { creerInvitation, type InvitationEnvoyee } from "@/lib/invitations/creer-invitation";
import { inviterSignataireSchema } from "./inviter-signataire.schema";
import { cheminCandidature } from "./notifications";
import { estFinal } from "./regles/transitions";

/** Le rôle qui signe pour chaque profil d'organisation porteuse. */
const ROLE_SIGNATAIRE = { collectivite: "signataire", etat: "signataire_etat" } as const satisfies Record<string, RoleAppartenance>;

export const inviterSignataire: DefinitionAction<typeof inviterSignataireSchema, InvitationEnvoyee & { organisation: string }> = {
  nom: "candidatures.inviter-signataire",
  schema: inviterSignataireSchema,
  async executer({ acteur, donnees }) {
    const c = await exigerCandidature(acteur, donnees.candidatureId, "modifier");
    if (estFinal(c.statut)) throw new AppError("ETAT_INCOMPATIBLE", "La candidature est close : il n'y a plus de signature à recueillir.");
    const organisationId = donnees.partie === "collectivite" ? c.collectivitePrincipaleId : c.serviceEtatId;
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, nom: true, type: true } });
    if (acteur.appartenances.some((a) => a.organisationId === organisationId)) {
      throw new AppError(
        "ACCES_REFUSE",
        `Vous êtes membre ${deNom(organisation.nom, { service: organisation.type === "service_etat" })} : ses signataires invitent ses membres depuis la page « Membres » de l'organisation.`,
      );
    }
    const profil = PROFIL_DU_TYPE[organisation.type];
    const role = profil === "collectivite" || profil === "etat" ? ROLE_SIGNATAIRE[profil] : null;
    if (!role || profil !== donnees.partie) throw new AppError("INVALIDE", "Cette organisation ne signe pas la candidature.");
    const signataires = await prisma.appartenance.count({ where: { organisationId, role, utilisateur: { actif: true } } });
    if (signataires > 0) {
      throw new AppError("CONFLIT", `${organisation.nom} a déjà un signataire sur la plateforme : il peut relire et signer la candidature.`);
    }
    const invitation = await creerInvitation({ acteur, organisation, email: donnees.email, role, candidature: { id: c.id, reference: c.reference } });
    return { ...invitation, organisation: organisation.nom };
  },
  revalider: (_resultat, donnees) => [cheminCandidature(donnees.candidatureId)],
};
