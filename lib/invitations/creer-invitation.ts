// Le cœur de toute invitation (membres d'une organisation, signataire de l'autre partie d'une
// candidature) : limite de débit par invitant, invitation à usage unique qui remplace celle qui
// attendait pour la même adresse, événement d'audit, puis courriel après la validation. Les
// vérifications de droit et de rôle restent aux cas d'usage appelants.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { consommer } from "@/lib/limites/limiter";
import { nomAffiche } from "@/lib/organisations/acces";
import { envoyerCourrielInvitation } from "./courriel";
import { empreinteJeton, expirationInvitation, LIMITE_INVITATIONS, nouveauJeton } from "./jeton";

export type InvitationEnvoyee = { invitationId: string; email: string; expireLe: Date; remplacees: number; courrielEnvoye: boolean };

export async function creerInvitation(p: {
  acteur: Acteur;
  organisation: { id: string; nom: string };
  email: string;
  role: RoleAppartenance;
  /** Candidature d'où part l'invitation : l'événement figure dans sa chronologie. */
  candidature?: { id: string; reference: string };
}): Promise<InvitationEnvoyee> {
  const { acteur, organisation, email, role, candidature } = p;
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
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('invitation:' || ${organisation.id} || ':' || ${email}))`;
    const dejaMembre = await tx.appartenance.findFirst({
      where: { organisationId: organisation.id, utilisateur: { email } },
      select: { role: true },
    });
    if (dejaMembre) {
      const message = `Cette personne fait déjà partie des membres (${organisation.nom}, rôle « ${LIBELLES_ROLE[dejaMembre.role]} ») : modifiez son rôle dans la liste des membres.`;
      throw new AppError("CONFLIT", message, { email: [message] });
    }
    // L'invitation remplacée expire maintenant : son lien affichera « n'est plus valable ».
    const { count: remplacees } = await tx.invitation.updateMany({
      where: { organisationId: organisation.id, email, utiliseeLe: null, expireLe: { gt: maintenant } },
      data: { expireLe: maintenant },
    });
    const invitation = await tx.invitation.create({
      data: { organisationId: organisation.id, email, role, jetonHash: empreinteJeton(jeton), expireLe, invitantId: acteur.id },
      select: { id: true },
    });
    await enregistrerEvenement(tx, {
      acteurId: acteur.id,
      type: "invitation.envoyee",
      entite: "organisation",
      entiteId: organisation.id,
      candidatureId: candidature?.id ?? null,
      resume:
        `${nomAffiche(acteur)} invite ${email} à rejoindre ${organisation.nom} (${LIBELLES_ROLE[role]})` +
        `${candidature ? ` pour signer la candidature ${candidature.reference}` : ""}${remplacees ? ", en remplacement de l'invitation précédente" : ""}.`,
      donnees: { invitationId: invitation.id, email, role, expireLe: expireLe.toISOString(), remplacees },
    });
    return { invitationId: invitation.id, email, expireLe, remplacees };
  });

  // Après la validation de la transaction (CONVENTIONS.md) : un courriel n'annonce jamais une
  // invitation qui n'existe pas. Un échec SMTP n'annule pas l'invitation : le courriel reste dans la
  // table avec son erreur, et l'invitant est prévenu pour renvoyer l'invitation.
  const envoi = await envoyerCourrielInvitation({ destinataire: email, organisation: organisation.nom, role, invitant: acteur, jeton, expireLe });
  return { ...resultat, courrielEnvoye: !envoi.erreur };
}
