// État d'une invitation et ses messages, communs à la page d'acceptation et au cas d'usage.
export type EtatInvitation = "valide" | "introuvable" | "utilisee" | "expiree";

export function etatInvitation(
  invitation: { expireLe: Date; utiliseeLe: Date | null } | null,
  maintenant: Date = new Date(),
): EtatInvitation {
  if (!invitation) return "introuvable";
  if (invitation.utiliseeLe) return "utilisee";
  if (invitation.expireLe <= maintenant) return "expiree";
  return "valide";
}

export const MESSAGES_INVITATION: Record<Exclude<EtatInvitation, "valide"> | "autre_adresse", string> = {
  introuvable:
    "Cette invitation est introuvable. Vérifiez que vous avez copié le lien en entier depuis le courriel reçu.",
  utilisee:
    "Cette invitation a déjà été utilisée : un lien d'invitation ne sert qu'une fois. Si vous avez déjà accepté, l'organisation figure dans « Mon compte ».",
  expiree:
    "Cette invitation n'est plus valable : elle a expiré ou a été remplacée par une invitation plus récente. Utilisez le lien du dernier courriel reçu ou demandez une nouvelle invitation à la personne qui vous a invité.",
  autre_adresse:
    "Cette invitation a été envoyée à une autre adresse électronique. Déconnectez-vous, puis connectez-vous avec l'adresse qui a reçu l'invitation.",
};
