"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { changerStatutSession, enregistrerSession } from "@/lib/sessions/gerer-session";

export async function enregistrerSessionAction(entree: unknown) {
  return actionServeur(enregistrerSession)(entree);
}

export async function changerStatutSessionAction(entree: unknown) {
  return actionServeur(changerStatutSession)(entree);
}
