"use server";
// Actions serveur de l'expert (issue 12). Logique : lib/avis/.
import { actionServeur } from "@/lib/actions/serveur";
import { rendreAvis } from "@/lib/avis/rendre-avis";

export async function rendreAvisAction(entree: unknown) {
  return actionServeur(rendreAvis)(entree);
}
