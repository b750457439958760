"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { declarerConflit } from "@/lib/jury/composer";
import { evaluerCandidature } from "@/lib/jury/evaluer";

export async function evaluerCandidatureAction(entree: unknown) {
  return actionServeur(evaluerCandidature)(entree);
}

export async function declarerConflitAction(entree: unknown) {
  return actionServeur(declarerConflit)(entree);
}
