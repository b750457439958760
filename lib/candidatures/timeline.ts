// Chronologie d'une candidature (issue 4, §8) : les événements du journal chaîné qui la concernent
// (création, modifications, pièces, signatures, annulations, dépôt, décisions), avec l'auteur,
// l'heure, le libellé du catalogue et le résumé en français écrit au moment de l'action. Une action
// = une ligne : les signatures qu'elle a annulées sont dites sur sa ligne. Bornée par la portée de
// lecture de l'acteur.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { lettresDesDecisions } from "@/lib/instruction/queries";
import { trouverCandidature } from "./queries";
import { regrouperEvenements, type EvenementCandidature, type SignataireAnnule } from "./regrouper-evenements";

export type { EvenementCandidature };

const nomDe = (u: { email: string; prenom: string | null; nom: string | null }) => [u.prenom, u.nom].filter(Boolean).join(" ") || u.email;

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
    select: {
      id: true, type: true, survenuLe: true, resume: true, acteurId: true, entiteId: true, donnees: true,
      acteur: { select: { email: true, prenom: true, nom: true } },
    },
  });
  const annulees = evenements.filter((e) => e.type === "signature.invalidee").map((e) => e.entiteId);
  const signatures = annulees.length
    ? await client.signature.findMany({
        where: { id: { in: annulees }, candidatureId: c.id },
        select: { id: true, partie: true, utilisateur: { select: { email: true, prenom: true, nom: true } } },
      })
    : [];
  const signataires = new Map<string, SignataireAnnule>(signatures.map((s) => [s.id, { signataire: nomDe(s.utilisateur), partie: s.partie }]));
  // Les décisions qui ont une lettre : la chronologie en donne le lien (DESIGN.md §9).
  const lettres = evenements.some((e) => e.type.startsWith("decision.")) ? await lettresDesDecisions(c.id, client) : new Map<string, string>();
  const lettreDe = new Map<string, string>();
  for (const e of evenements) {
    const decisionId = (e.donnees as { decisionId?: unknown } | null)?.decisionId;
    const lien = typeof decisionId === "string" ? lettres.get(decisionId) : undefined;
    if (e.type.startsWith("decision.") && lien) lettreDe.set(e.id.toString(), lien);
  }
  const lignes = regrouperEvenements(
    evenements.map((e) => ({
      id: e.id.toString(),
      type: e.type,
      survenuLe: e.survenuLe,
      acteurId: e.acteurId,
      acteur: e.acteur ? nomDe(e.acteur) : null,
      resume: e.resume,
      entiteId: e.entiteId,
      donnees: e.donnees,
    })),
    signataires,
  );
  return lignes.map((l) => (lettreDe.has(l.id) ? { ...l, lien: { href: lettreDe.get(l.id)!, libelle: "Lettre de décision" } } : l));
}
