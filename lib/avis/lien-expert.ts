// État du lien d'un expert extérieur et ses messages, communs à la page du lien et au cas d'usage.
export type EtatLienExpert = "valide" | "introuvable" | "annulee" | "expiree" | "rattachee";

export function etatLienExpert(
  d: { expertId: string | null; annuleeLe: Date | null; jetonExpireLe: Date | null } | null,
  maintenant: Date = new Date(),
): EtatLienExpert {
  if (!d) return "introuvable";
  if (d.annuleeLe) return "annulee";
  if (!d.jetonExpireLe || d.jetonExpireLe <= maintenant) return "expiree";
  if (d.expertId) return "rattachee";
  return "valide";
}

export const MESSAGES_LIEN_EXPERT: Record<Exclude<EtatLienExpert, "valide"> | "autre_adresse", string> = {
  introuvable: "Ce lien est introuvable. Vérifiez que vous avez copié le lien en entier depuis le courriel reçu.",
  annulee: "Cette demande d'avis a été annulée par la DGALN : votre avis n'est plus attendu.",
  expiree: "Ce lien n'est plus valable : l'échéance de la demande d'avis est passée depuis plus de 7 jours. Contactez la personne de la DGALN qui vous l'a demandé.",
  rattachee: "Cette demande d'avis est déjà rattachée à un compte. Connectez-vous avec ce compte pour la retrouver dans « Mes demandes d'avis ».",
  autre_adresse:
    "Cette demande d'avis a été envoyée à une autre adresse électronique. Déconnectez-vous, puis connectez-vous avec l'adresse qui a reçu le courriel.",
};
