// Inviter une personne à rejoindre une organisation, par courriel (DESIGN.md §4). Le rôle proposé est
// borné par l'organisation et le rôle de l'invitant (rolesAttribuables). Une nouvelle invitation de
// la même adresse dans la même organisation remplace celle qui attendait : l'ancien lien ne sert plus.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { empreinteJeton, expirationInvitation, LIMITE_INVITATIONS, nouveauJeton } from "@/lib/invitations/jeton";
import { consommer } from "@/lib/limites/limiter";
import { envoyerCourrielInvitation } from "@/lib/invitations/courriel";
import { exigerRoleAttribuable, nomAffiche, organisationAccessible } from "./acces";
import { inviterMembreSchema } from "./organisations.schema";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

export type InvitationEnvoyee = { invitationId: string; email: string; expireLe: Date; remplacees: number; courrielEnvoye: boolean };

export const inviterMembre: DefinitionAction<typeof inviterMembreSchema, InvitationEnvoyee> = {
  nom: "organisations.inviter-membre",
  schema: inviterMembreSchema,
  async executer({ acteur, donnees }) {
    const organisation = await organisationAccessible(prisma, acteur, donnees.organisationId, "gerer_membres");
    exigerRoleAttribuable(acteur, organisation, donnees.role);
    const debit = await consommer(prisma, `invitation:${acteur.id}`, LIMITE_INVITATIONS);
    if (!debit.autorise) {
      throw new AppError(
        "TROP_DE_TENTATIVES",
        `Vous avez envoyé ${LIMITE_INVITATIONS.limite} invitations en moins d'une heure : réessayez dans ${debit.reessayerDansMinutes} minute${debit.reessayerDansMinutes > 1 ? "s" : ""}.`,
      );
    }

    const jeton = nouveauJeton();
    const maintenant = new Date();
    const expireLe = expirationInvitation(maintenant);
    const resultat = await prisma.$transaction(async (tx) => {
      // Sérialise les invitations d'une même adresse dans une même organisation : deux envois
      // simultanés ne laissent qu'une invitation en attente.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('invitation:' || ${organisation.id} || ':' || ${donnees.email}))`;
      const dejaMembre = await tx.appartenance.findFirst({
        where: { organisationId: organisation.id, utilisateur: { email: donnees.email } },
        select: { role: true },
      });
      if (dejaMembre) {
        const message = `Cette personne fait déjà partie des membres (${organisation.nom}, rôle « ${LIBELLES_ROLE[dejaMembre.role]} ») : modifiez son rôle dans la liste des membres.`;
        throw new AppError("CONFLIT", message, { email: [message] });
      }
      // L'invitation remplacée expire maintenant : son lien affichera « n'est plus valable ».
      const { count: remplacees } = await tx.invitation.updateMany({
        where: { organisationId: organisation.id, email: donnees.email, utiliseeLe: null, expireLe: { gt: maintenant } },
        data: { expireLe: maintenant },
      });
      const invitation = await tx.invitation.create({
        data: {
          organisationId: organisation.id,
          email: donnees.email,
          role: donnees.role,
          jetonHash: empreinteJeton(jeton),
          expireLe,
          invitantId: acteur.id,
        },
        select: { id: true },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "invitation.envoyee",
        entite: "organisation",
        entiteId: organisation.id,
        resume: `${nomAffiche(acteur)} invite ${donnees.email} à rejoindre ${organisation.nom} (${LIBELLES_ROLE[donnees.role]})${remplacees ? ", en remplacement de l'invitation précédente" : ""}.`,
        donnees: { invitationId: invitation.id, email: donnees.email, role: donnees.role, expireLe: expireLe.toISOString(), remplacees },
      });
      return { invitationId: invitation.id, email: donnees.email, expireLe, remplacees };
    });

    // Après la validation de la transaction (CONVENTIONS.md) : un courriel n'annonce jamais une
    // invitation qui n'existe pas.
    // Un échec SMTP n'annule pas l'invitation : le courriel reste dans la table avec son erreur, et
    // l'invitant est prévenu pour renvoyer l'invitation.
    const envoi = await envoyerCourrielInvitation({
      destinataire: donnees.email,
      organisation: organisation.nom,
      role: donnees.role,
      invitant: acteur,
      jeton,
      expireLe,
    });
    return { ...resultat, courrielEnvoye: !envoi.erreur };
  },
  revalider: (_resultat, donnees) => [
    `/admin/organisations/${donnees.organisationId}`,
    `/organisations/${donnees.organisationId}/membres`,
  ],
};
