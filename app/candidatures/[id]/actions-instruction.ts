"use server";
// Actions serveur de l'instruction sur la fiche d'une candidature (issue 11). Logique : lib/instruction/.
import { actionServeur } from "@/lib/actions/serveur";
import { deciderRecevabilite } from "@/lib/instruction/decider";

export async function deciderRecevabiliteAction(entree: unknown) {
  return actionServeur(deciderRecevabilite)(entree);
}
