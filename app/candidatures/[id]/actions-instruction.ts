"use server";
// Actions serveur de l'instruction sur la fiche d'une candidature (issue 11). Logique : lib/instruction/.
import { actionServeur } from "@/lib/actions/serveur";
import { changerServiceCompetent } from "@/lib/candidatures/changer-service-competent";
import { deciderRecevabilite } from "@/lib/instruction/decider";

export async function deciderRecevabiliteAction(entree: unknown) {
  return actionServeur(deciderRecevabilite)(entree);
}

/** R4 : la DGALN désigne un autre service de l'État compétent avant le dépôt (décision 026). */
export async function changerServiceCompetentAction(entree: unknown) {
  return actionServeur(changerServiceCompetent)(entree);
}
