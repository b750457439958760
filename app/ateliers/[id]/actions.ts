"use server";
// Actions serveur des phases d'un atelier (issue 14, décision 031) : le pipeline unique (session,
// schéma zod, cas d'usage dans la portée de l'acteur, revalidation). Le dépôt d'un livrable passe
// par POST /api/phases/:id/livrables, pour la barre de progression de l'envoi.
import { actionServeur } from "@/lib/actions/serveur";
import { demarrerPhase } from "@/lib/ateliers/phases/demarrer-phase";
import { renvoyerPhase } from "@/lib/ateliers/phases/renvoyer-phase";
import { soumettrePhase } from "@/lib/ateliers/phases/soumettre-phase";
import { publierLivrable } from "@/lib/ateliers/phases/publication";
import { validerPhase } from "@/lib/ateliers/phases/valider-phase";

export async function demarrerPhaseAction(entree: unknown) {
  return actionServeur(demarrerPhase)(entree);
}

export async function soumettrePhaseAction(entree: unknown) {
  return actionServeur(soumettrePhase)(entree);
}

export async function validerPhaseAction(entree: unknown) {
  return actionServeur(validerPhase)(entree);
}

export async function renvoyerPhaseAction(entree: unknown) {
  return actionServeur(renvoyerPhase)(entree);
}

export async function publierLivrableAction(entree: unknown) {
  return actionServeur(publierLivrable)(entree);
}
