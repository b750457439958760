// Jeton d'invitation : 32 octets aléatoires envoyés par courriel ; la base n'en garde que
// l'empreinte SHA-256, si bien qu'une copie de la base ne permet d'accepter aucune invitation.
import { createHash, randomBytes } from "node:crypto";

/** Durée de validité d'une invitation. */
export const DUREE_INVITATION_JOURS = 7;

/**
 * Invitations qu'une même personne peut envoyer par heure : assez pour installer une équipe,
 * trop peu pour faire de l'application un relais de courriels indésirables.
 */
export const LIMITE_INVITATIONS = { limite: 50, fenetreMs: 60 * 60 * 1000 };

export function nouveauJeton(): string {
  return randomBytes(32).toString("base64url");
}

export function empreinteJeton(jeton: string): string {
  return createHash("sha256").update(jeton, "utf8").digest("hex");
}

export function expirationInvitation(depuis: Date = new Date()): Date {
  return new Date(depuis.getTime() + DUREE_INVITATION_JOURS * 86_400_000);
}

/** Chemin de la page d'acceptation (l'origine est ajoutée au moment d'écrire le courriel). */
export function cheminInvitation(jeton: string): string {
  return `/invitation/${jeton}`;
}
