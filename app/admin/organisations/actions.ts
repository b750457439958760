"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { modifierOrganisation } from "@/lib/organisations/modifier-organisation";

export async function modifierOrganisationAction(entree: unknown) {
  return actionServeur(modifierOrganisation)(entree);
}
