"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { getActeur } from "@/lib/auth/session";
import { SECTIONS, type Section } from "@/lib/candidatures/candidature.schema";
import { lireSection } from "@/lib/candidatures/lire-section";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { inviterSignataire } from "@/lib/candidatures/inviter-signataire";
import { retirerPiece } from "@/lib/pieces/retirer-piece";
import { retirerCandidature } from "@/lib/candidatures/retirer-candidature";
import { apercuPerimetre, type CouverturePerimetre } from "@/lib/candidatures/perimetre";
import { detailCollectivite } from "@/lib/referentiel/presentation";
import { TYPES_COLLECTIVITES } from "@/lib/referentiel/recherche";
import { rechercherCollectivitesEnBase } from "@/lib/referentiel/recherche-application";

export type ResultatPerimetre = { genre: "commune" | "epci"; code: string; nom: string; detail: string };

const nombre = new Intl.NumberFormat("fr-FR");

/** Communes et EPCI du référentiel, au fil de la frappe (périmètre) ; `null` sans session. */
export async function rechercherPerimetreAction(texte: unknown): Promise<ResultatPerimetre[] | null> {
  const acteur = await getActeur();
  if (!acteur) return null;
  if (typeof texte !== "string" || texte.trim().length < 2 || texte.length > 100) return [];
  const trouvees = await rechercherCollectivitesEnBase(texte, { limite: 10, types: ["commune", "epci"] });
  return trouvees.flatMap((c): ResultatPerimetre[] => {
    const population = c.population != null ? `${nombre.format(c.population)} habitants` : null;
    if (c.type === "commune" && c.codeInsee) {
      return [{ genre: "commune", code: c.codeInsee, nom: c.nom, detail: ["Commune", c.codeDepartement && `département ${c.codeDepartement}`, population].filter(Boolean).join(" · ") }];
    }
    if (c.type === "epci" && c.siren) {
      return [{ genre: "epci", code: c.siren, nom: c.nom, detail: ["EPCI", `SIREN ${c.siren}`, population].filter(Boolean).join(" · ") }];
    }
    return [];
  });
}

/** Ce que couvrirait la sélection en cours du périmètre (données publiques) ; `null` sans session. */
export async function apercuPerimetreAction(communes: unknown, epci: unknown): Promise<CouverturePerimetre | null> {
  if (!(await getActeur())) return null;
  const chaines = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return apercuPerimetre(chaines(communes), chaines(epci));
}

export type PorteuseProposee = { id: string; nom: string; detail: string };

/** Collectivités du référentiel pouvant s'associer à la candidature (section « Porteurs ») ; `null` sans session. */
export async function rechercherPorteusesAction(texte: unknown): Promise<PorteuseProposee[] | null> {
  if (!(await getActeur())) return null;
  if (typeof texte !== "string" || texte.trim().length < 2 || texte.length > 100) return [];
  const trouvees = await rechercherCollectivitesEnBase(texte, { limite: 10, types: [...TYPES_COLLECTIVITES] });
  return trouvees.map((c) => ({ id: c.id, nom: c.nom, detail: detailCollectivite(c) }));
}

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

export async function inviterSignataireAction(entree: unknown) {
  return actionServeur(inviterSignataire)(entree);
}

export async function retirerPieceAction(entree: unknown) {
  return actionServeur(retirerPiece)(entree);
}

export async function retirerCandidatureAction(entree: unknown) {
  return actionServeur(retirerCandidature)(entree);
}
