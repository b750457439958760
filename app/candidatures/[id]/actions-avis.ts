"use server";
// Actions serveur des avis d'expert sur la fiche d'une candidature (issue 12). Logique : lib/avis/.
import { actionServeur } from "@/lib/actions/serveur";
import { annulerDemandeAvis } from "@/lib/avis/annuler-demande-avis";
import { demanderAvis } from "@/lib/avis/demander-avis";

export async function demanderAvisAction(entree: unknown) {
  return actionServeur(demanderAvis)(entree);
}

export async function annulerDemandeAvisAction(entree: unknown) {
  return actionServeur(annulerDemandeAvis)(entree);
}
