// Règles des avis d'expert (issue 12), pures et sans base : sur quelles candidatures on demande un
// avis, jusqu'à quand l'expert le rend, combien de temps vaut son lien, et l'état d'une demande.
// Chaque règle a son message en français, repris tel quel par les cas d'usage et les écrans.
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { heureDeParis } from "@/lib/dates/paris";
import { formaterDate } from "@/lib/format/dates";
import { jourParis } from "@/lib/instruction/decider.schema";

/**
 * Un avis d'expert éclaire l'instruction : on le demande une fois la candidature déposée et tant
 * qu'aucune décision ne l'a close [choix]. « À corriger » en fait partie : l'expert peut guider les
 * corrections attendues.
 */
export const STATUTS_DEMANDE_AVIS = ["deposee", "en_instruction", "a_corriger"] as const satisfies readonly StatutCandidature[];

export function peutDemanderAvis(statut: StatutCandidature): boolean {
  return (STATUTS_DEMANDE_AVIS as readonly StatutCandidature[]).includes(statut);
}

export const MESSAGE_STATUT_DEMANDE_AVIS =
  "Un avis d'expert se demande sur une candidature déposée, en instruction ou à corriger : celle-ci n'en est plus ou pas encore à ce stade.";

/** Jours de validité du lien d'un expert extérieur après l'échéance (il peut encore consulter). */
export const JOURS_LIEN_APRES_ECHEANCE = 7;

/** L'échéance saisie (« 2027-03-31 ») vaut jusqu'à la fin de ce jour, heure de Paris. */
export function finEcheance(jour: string): Date {
  return heureDeParis(`${jour}T23:59:59`);
}

/** La première échéance possible : demain (AAAA-MM-JJ, heure de Paris). */
export function premiereEcheance(maintenant: Date = new Date()): string {
  return jourParis(new Date(maintenant.getTime() + 86_400_000));
}

export function expirationLienExpert(echeance: Date): Date {
  return new Date(echeance.getTime() + JOURS_LIEN_APRES_ECHEANCE * 86_400_000);
}

export type EtatDemandeAvis = "en_attente" | "en_retard" | "rendu" | "annulee";

export function etatDemandeAvis(
  d: { echeance: Date; renduLe: Date | null; annuleeLe: Date | null },
  maintenant: Date = new Date(),
): EtatDemandeAvis {
  if (d.annuleeLe) return "annulee";
  if (d.renduLe) return "rendu";
  return d.echeance.getTime() < maintenant.getTime() ? "en_retard" : "en_attente";
}

/** L'avis se rend avant l'échéance, une seule fois, sur une demande non annulée : le refus, ou null. */
export function refusRendreAvis(
  d: { echeance: Date; renduLe: Date | null; annuleeLe: Date | null },
  maintenant: Date = new Date(),
): string | null {
  switch (etatDemandeAvis(d, maintenant)) {
    case "annulee":
      return "Cette demande d'avis a été annulée par la DGALN : votre avis n'est plus attendu.";
    case "rendu":
      return "Vous avez déjà rendu votre avis sur cette demande : il ne peut plus être modifié.";
    case "en_retard":
      return `L'échéance de cette demande d'avis, le ${formaterDate(d.echeance)}, est passée : votre avis ne peut plus être enregistré. Contactez la personne de la DGALN qui vous l'a demandé.`;
    case "en_attente":
      return null;
  }
}

/** Seule une demande en attente (ou en retard, sans avis) s'annule. */
export function refusAnnulerDemande(d: { echeance: Date; renduLe: Date | null; annuleeLe: Date | null }): string | null {
  if (d.annuleeLe) return "Cette demande d'avis est déjà annulée.";
  if (d.renduLe) return "L'expert a déjà rendu son avis : la demande ne peut plus être annulée.";
  return null;
}

export { LIBELLES_SENS_AVIS } from "./libelles";
