"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { preparerDecisionsSession } from "@/lib/selection/session";

export async function preparerDecisionsSessionAction(entree: unknown) {
  return actionServeur(preparerDecisionsSession)(entree);
}
