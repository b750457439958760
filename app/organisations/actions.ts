"use server";
// Actions serveur des membres d'une organisation : minces, tout passe par le pipeline.
import { actionServeur } from "@/lib/actions/serveur";
import { inviterMembre } from "@/lib/organisations/inviter-membre";
import { modifierRole } from "@/lib/organisations/modifier-role";
import { retirerMembre } from "@/lib/organisations/retirer-membre";

export async function inviterMembreAction(entree: unknown) {
  return actionServeur(inviterMembre)(entree);
}

export async function modifierRoleAction(entree: unknown) {
  return actionServeur(modifierRole)(entree);
}

export async function retirerMembreAction(entree: unknown) {
  return actionServeur(retirerMembre)(entree);
}
