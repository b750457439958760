"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { getActeur } from "@/lib/auth/session";
import { SECTIONS, type Section } from "@/lib/candidatures/candidature.schema";
import { lireSection } from "@/lib/candidatures/lire-section";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";

export async function modifierCandidatureAction(entree: unknown) {
  return actionServeur(modifierCandidature)(entree);
}

/** Valeurs actuelles d'une section (après un CONFLIT) ; `null` sans session ou hors de portée. */
export async function lireSectionAction(candidatureId: string, section: Section) {
  const acteur = await getActeur();
  if (!acteur || !SECTIONS.includes(section) || typeof candidatureId !== "string") return null;
  const lue = await lireSection(acteur, candidatureId, section);
  return lue && { version: lue.version, valeurs: lue.valeurs as Record<string, unknown>, derniereModification: lue.derniereModification };
}

export async function signerCandidatureAction(entree: unknown) {
  return actionServeur(signerCandidature)(entree);
}

export async function deposerCandidatureAction(entree: unknown) {
  return actionServeur(deposerCandidature)(entree);
}
