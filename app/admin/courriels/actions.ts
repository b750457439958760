"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { relancerCourriel } from "@/lib/courriels/supervision";

export async function relancerCourrielAction(entree: unknown) {
  return actionServeur(relancerCourriel)(entree);
}
