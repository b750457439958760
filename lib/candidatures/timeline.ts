// Chronologie d'une candidature (issue 4, §8) : les événements du journal chaîné qui la concernent
// (création, modifications, pièces, signatures, annulations, dépôt), avec l'auteur, l'heure et le
// résumé en français écrit au moment de l'action. Bornée par la portée de lecture de l'acteur.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { libelleEvenement } from "@/lib/audit/evenements";
import { trouverCandidature } from "./queries";

export type EvenementCandidature = {
  /** Identifiant du journal (entier de grande taille, en texte). */
  id: string;
  type: string;
  libelle: string;
  survenuLe: Date;
  /** Nom de l'auteur, `null` pour une action du système. */
  acteur: string | null;
  resume: string;
};

/** Les événements, du plus ancien au plus récent ; `null` si la candidature n'est pas lisible. */
export async function listerEvenementsCandidature(
  acteur: Acteur,
  candidatureId: string,
  options: { limite?: number } = {},
  client: Client = prisma,
): Promise<EvenementCandidature[] | null> {
  const c = await trouverCandidature(acteur, candidatureId, "lire", client);
  if (!c) return null;
  const evenements = await client.evenement.findMany({
    where: { candidatureId: c.id },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(options.limite ?? 500, 1), 2_000),
    select: { id: true, type: true, survenuLe: true, resume: true, acteur: { select: { email: true, prenom: true, nom: true } } },
  });
  return evenements.map((e) => ({
    id: e.id.toString(),
    type: e.type,
    libelle: libelleEvenement(e.type),
    survenuLe: e.survenuLe,
    acteur: e.acteur ? [e.acteur.prenom, e.acteur.nom].filter(Boolean).join(" ") || e.acteur.email : null,
    resume: e.resume,
  }));
}
