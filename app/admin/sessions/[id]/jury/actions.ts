"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { affecterAutomatiquement } from "@/lib/jury/affecter";
import { ajouterJure, retirerJure } from "@/lib/jury/composer";

export async function ajouterJureAction(entree: unknown) {
  return actionServeur(ajouterJure)(entree);
}

export async function retirerJureAction(entree: unknown) {
  return actionServeur(retirerJure)(entree);
}

export async function affecterAutomatiquementAction(entree: unknown) {
  return actionServeur(affecterAutomatiquement)(entree);
}
