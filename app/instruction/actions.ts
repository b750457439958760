"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { enregistrerVue, supprimerVue } from "@/lib/instruction/vues";

export async function enregistrerVueAction(entree: unknown) {
  return actionServeur(enregistrerVue)(entree);
}

export async function supprimerVueAction(entree: unknown) {
  return actionServeur(supprimerVue)(entree);
}
