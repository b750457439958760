"use server";
// Actions serveur des ateliers in situ et de leurs frais (issue 14, décision 034) : le pipeline
// unique. Le dépôt d'un support passe par POST /api/ateliers-in-situ/:id/supports (barre de progression).
import { actionServeur } from "@/lib/actions/serveur";
import { enregistrerAtelierInSitu, modifierAtelierInSitu, supprimerAtelierInSitu } from "@/lib/ateliers/in-situ/ateliers-in-situ";
import { ajouterFrais, retirerFrais } from "@/lib/ateliers/in-situ/frais";
import { retirerSupport } from "@/lib/ateliers/in-situ/supports";

export async function enregistrerAtelierInSituAction(entree: unknown) {
  return actionServeur(enregistrerAtelierInSitu)(entree);
}

export async function modifierAtelierInSituAction(entree: unknown) {
  return actionServeur(modifierAtelierInSitu)(entree);
}

export async function supprimerAtelierInSituAction(entree: unknown) {
  return actionServeur(supprimerAtelierInSitu)(entree);
}

export async function retirerSupportAction(entree: unknown) {
  return actionServeur(retirerSupport)(entree);
}

export async function ajouterFraisAction(entree: unknown) {
  return actionServeur(ajouterFrais)(entree);
}

export async function retirerFraisAction(entree: unknown) {
  return actionServeur(retirerFrais)(entree);
}
