// Lectures des invitations : la page d'acceptation (par jeton) et la connexion (une adresse invitée
// peut recevoir un lien de connexion avant d'avoir un compte).
import "server-only";
import { prisma } from "@/lib/db";
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";
import { empreinteJeton } from "./jeton";
import { etatInvitation, type EtatInvitation } from "./etat";

type DetailsInvitation = {
  email: string;
  role: RoleAppartenance;
  expireLe: Date;
  invitant: string;
  organisation: { id: string; nom: string; type: TypeOrganisation };
};

/** Rien n'est dit d'un jeton inconnu ; pour les autres, le porteur du lien voit l'organisation. */
export type InvitationLue = { etat: "introuvable" } | ({ etat: Exclude<EtatInvitation, "introuvable"> } & DetailsInvitation);

/** L'invitation désignée par un jeton, et son état. Le jeton lui-même n'est jamais stocké. */
export async function lireInvitation(jeton: string, maintenant: Date = new Date()): Promise<InvitationLue> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(jeton)) return { etat: "introuvable" };
  const invitation = await prisma.invitation.findUnique({
    where: { jetonHash: empreinteJeton(jeton) },
    select: {
      email: true, role: true, expireLe: true, utiliseeLe: true,
      organisation: { select: { id: true, nom: true, type: true } },
      invitant: { select: { email: true, prenom: true, nom: true } },
    },
  });
  if (!invitation) return { etat: "introuvable" };
  const etat = etatInvitation(invitation, maintenant);
  if (etat === "introuvable") return { etat };
  const { invitant } = invitation;
  return {
    etat,
    email: invitation.email,
    role: invitation.role,
    expireLe: invitation.expireLe,
    invitant: [invitant.prenom, invitant.nom].filter(Boolean).join(" ") || invitant.email,
    organisation: invitation.organisation,
  };
}

/** Vrai si l'adresse a une invitation ni utilisée ni expirée (elle peut alors demander un lien de connexion). */
export async function aUneInvitationEnAttente(email: string, maintenant: Date = new Date()): Promise<boolean> {
  const n = await prisma.invitation.count({
    where: { email: email.trim().toLowerCase(), utiliseeLe: null, expireLe: { gt: maintenant } },
  });
  return n > 0;
}
