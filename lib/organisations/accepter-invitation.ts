// Accepter une invitation : l'utilisateur connecté avec l'adresse invitée devient membre de
// l'organisation. L'invitation ne sert qu'une fois, même si l'on clique dix fois en même temps :
// seule la transaction dont la mise à jour conditionnelle (`utiliseeLe` encore vide) touche une ligne
// crée l'appartenance ; les autres attendent son verrou de ligne, relisent, et ne trouvent plus rien.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { empreinteJeton } from "@/lib/invitations/jeton";
import { MESSAGES_INVITATION, etatInvitation } from "@/lib/invitations/etat";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { nomAffiche } from "./acces";
import { accepterInvitationSchema } from "./organisations.schema";
import { RANGS_ROLES } from "./roles";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

export type InvitationAcceptee = {
  organisationId: string;
  organisationNom: string;
  role: RoleAppartenance;
  /** Rôle qu'avait déjà l'utilisateur dans l'organisation, s'il en était membre. */
  roleAnterieur: RoleAppartenance | null;
};

export const accepterInvitation: DefinitionAction<typeof accepterInvitationSchema, InvitationAcceptee> = {
  nom: "organisations.accepter-invitation",
  schema: accepterInvitationSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    const invitation = await prisma.invitation.findUnique({
      where: { jetonHash: empreinteJeton(donnees.jeton) },
      select: {
        id: true, email: true, role: true, expireLe: true, utiliseeLe: true,
        organisation: { select: { id: true, nom: true } },
      },
    });
    const etat = etatInvitation(invitation, maintenant);
    if (etat !== "valide") throw new AppError(etat === "introuvable" ? "INTROUVABLE" : "ETAT_INCOMPATIBLE", MESSAGES_INVITATION[etat]);
    const { id, email, role, organisation } = invitation!;
    if (email !== acteur.email.trim().toLowerCase()) {
      throw new AppError("ACCES_REFUSE", MESSAGES_INVITATION.autre_adresse);
    }

    return prisma.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { id, utiliseeLe: null, expireLe: { gt: maintenant } },
        data: { utiliseeLe: maintenant },
      });
      if (count === 0) throw new AppError("ETAT_INCOMPATIBLE", MESSAGES_INVITATION.utilisee);

      const existante = await tx.appartenance.findUnique({
        where: { utilisateurId_organisationId: { utilisateurId: acteur.id, organisationId: organisation.id } },
        select: { id: true, role: true },
      });
      // Une invitation ne fait jamais descendre : un signataire invité comme membre reste signataire.
      const roleFinal = existante && RANGS_ROLES[existante.role] >= RANGS_ROLES[role] ? existante.role : role;
      const appartenance = await tx.appartenance.upsert({
        where: { utilisateurId_organisationId: { utilisateurId: acteur.id, organisationId: organisation.id } },
        create: { utilisateurId: acteur.id, organisationId: organisation.id, role: roleFinal },
        update: { role: roleFinal },
        select: { id: true },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "invitation.acceptee",
        entite: "organisation",
        entiteId: organisation.id,
        resume: `${nomAffiche(acteur)} accepte l'invitation à rejoindre ${organisation.nom}.`,
        donnees: { invitationId: id, email, roleInvite: role },
      });
      if (!existante || existante.role !== roleFinal) {
        await enregistrerEvenement(tx, {
          acteurId: acteur.id,
          type: existante ? "appartenance.role_modifie" : "appartenance.creee",
          entite: "appartenance",
          entiteId: appartenance.id,
          resume: existante
            ? `${nomAffiche(acteur)} passe de « ${LIBELLES_ROLE[existante.role]} » à « ${LIBELLES_ROLE[roleFinal]} » dans ${organisation.nom} (invitation).`
            : `${nomAffiche(acteur)} rejoint ${organisation.nom} (${LIBELLES_ROLE[roleFinal]}).`,
          donnees: { organisationId: organisation.id, utilisateurId: acteur.id, ancienRole: existante?.role ?? null, nouveauRole: roleFinal, invitationId: id },
        });
      }
      return { organisationId: organisation.id, organisationNom: organisation.nom, role: roleFinal, roleAnterieur: existante?.role ?? null };
    });
  },
  revalider: (resultat) => ["/mon-compte", `/organisations/${resultat.organisationId}/membres`, `/admin/organisations/${resultat.organisationId}`],
};
