// Ce qu'un juré a à évaluer (issue 13) : ses seules affectations (la portée est dans le `where` :
// `membreJury.utilisateurId = acteur`), avec l'état de son évaluation, et pour une candidature la
// grille de la session et ses propres notes (brouillon compris).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { StatutSession } from "@/lib/generated/prisma/client";
import { STATUT_SESSION_NOTATION } from "./evaluer";

export type EtatEvaluation = "a_noter" | "brouillon" | "soumise";

export type LigneAEvaluer = {
  candidatureId: string;
  reference: string;
  titre: string;
  collectivite: string;
  departement: string;
  session: { theme: string; statut: StatutSession };
  etat: EtatEvaluation;
  soumiseLe: Date | null;
};

export async function mesEvaluations(acteur: Acteur): Promise<LigneAEvaluer[]> {
  const affectations = await prisma.affectationJury.findMany({
    where: { membreJury: { utilisateurId: acteur.id }, candidature: porteeCandidature(acteur, "lire") },
    orderBy: [{ membreJury: { session: { clotureLe: "desc" } } }, { candidature: { reference: "asc" } }],
    select: {
      soumiseLe: true,
      membreJuryId: true,
      candidature: {
        select: {
          id: true,
          reference: true,
          titre: true,
          codeDepartement: true,
          collectivitePrincipale: { select: { nom: true } },
          evaluations: { where: { membreJury: { utilisateurId: acteur.id } }, select: { id: true }, take: 1 },
        },
      },
      membreJury: { select: { session: { select: { theme: true, statut: true } } } },
    },
  });
  return affectations.map((a) => ({
    candidatureId: a.candidature.id,
    reference: a.candidature.reference,
    titre: a.candidature.titre ?? a.candidature.reference,
    collectivite: a.candidature.collectivitePrincipale.nom,
    departement: a.candidature.codeDepartement,
    session: a.membreJury.session,
    etat: a.soumiseLe ? "soumise" : a.candidature.evaluations.length ? "brouillon" : "a_noter",
    soumiseLe: a.soumiseLe,
  }));
}

export type EvaluationAFaire = {
  candidatureId: string;
  reference: string;
  titre: string;
  collectivite: string;
  session: { theme: string; statut: StatutSession };
  /** La notation est possible maintenant (session close, pas encore en délibération, pas soumise). */
  modifiable: boolean;
  soumiseLe: Date | null;
  criteres: { id: string; libelle: string; description: string | null; poids: number; note: number | null; commentaire: string }[];
};

/** L'évaluation du juré sur cette candidature, ou `null` si elle ne lui est pas affectée (comme inexistante). */
export async function evaluationAFaire(acteur: Acteur, candidatureId: string): Promise<EvaluationAFaire | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const a = await prisma.affectationJury.findFirst({
    where: { candidatureId, membreJury: { utilisateurId: acteur.id }, candidature: porteeCandidature(acteur, "lire") },
    select: {
      soumiseLe: true,
      membreJuryId: true,
      candidature: { select: { id: true, reference: true, titre: true, collectivitePrincipale: { select: { nom: true } } } },
      membreJury: { select: { session: { select: { theme: true, statut: true, criteres: { orderBy: { ordre: "asc" } } } } } },
    },
  });
  if (!a) return null;
  const notes = await prisma.evaluation.findMany({ where: { membreJuryId: a.membreJuryId, candidatureId }, select: { critereId: true, note: true, commentaire: true } });
  const parCritere = new Map(notes.map((n) => [n.critereId, n]));
  const session = a.membreJury.session;
  return {
    candidatureId,
    reference: a.candidature.reference,
    titre: a.candidature.titre ?? a.candidature.reference,
    collectivite: a.candidature.collectivitePrincipale.nom,
    session: { theme: session.theme, statut: session.statut },
    modifiable: session.statut === STATUT_SESSION_NOTATION && !a.soumiseLe,
    soumiseLe: a.soumiseLe,
    criteres: session.criteres.map((c) => ({
      id: c.id,
      libelle: c.libelle,
      description: c.description,
      poids: c.poids,
      note: parCritere.get(c.id)?.note ?? null,
      commentaire: parCritere.get(c.id)?.commentaire ?? "",
    })),
  };
}
