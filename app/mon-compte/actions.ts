"use server";
// Actions serveur de « Mon compte » : minces, tout passe par le pipeline.
import { actionServeur } from "@/lib/actions/serveur";
import { modifierPreferencesCourriels } from "@/lib/notifications/modifier-preferences";

export async function modifierPreferencesCourrielsAction(entree: unknown) {
  return actionServeur(modifierPreferencesCourriels)(entree);
}
