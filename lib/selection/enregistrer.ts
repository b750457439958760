// Enregistrer une décision de sélection (retenue, non retenue, liste complémentaire), dans la
// transaction de l'appelant : la décision prise depuis la fiche (lib/instruction/decider.ts) et la
// publication des résultats d'une session (lib/selection/session.ts) passent par ici. Écriture
// conditionnelle du statut (la machine à états dit vers où), ligne Decision, Atelier pour une
// candidature retenue (DESIGN.md §9), événement d'audit. La lettre est produite par l'appelant : tout
// de suite depuis la fiche, par la file durable pour une session entière.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { typeEvenementDecision } from "@/lib/audit/evenements";
import { transitionPermise } from "@/lib/candidatures/regles/transitions";
import { creerAtelierDepuisCandidature } from "@/lib/ateliers/creer-depuis-candidature";
import type { Prisma, StatutCandidature } from "@/lib/generated/prisma/client";
import { PHRASES_DECISION } from "@/lib/instruction/phrases-decision";
import { TYPES_SELECTION, type ActionSelection } from "./regles";

type Tx = Prisma.TransactionClient;

export type DecisionSelectionAEnregistrer = {
  candidatureId: string;
  reference: string;
  statutAvant: StatutCandidature;
  action: ActionSelection;
  motivation: string;
  decideParId: string;
  /** « Élise Martin (DGALN) » : dans le résumé de l'événement. */
  nomDecideur: string;
  maintenant: Date;
  depotNumero: number;
  /** Session dont le jury a délibéré (publication), pour l'événement. */
  session?: string;
};

export type DecisionSelectionEnregistree = { decisionId: string; statut: StatutCandidature; atelierId: string | null };


const extrait = (texte: string, max = 300) => (texte.length > max ? `${texte.slice(0, max - 1)}…` : texte);

/** `null` si la candidature n'est plus au statut lu (décision prise entre-temps, retrait) : rien n'est écrit. */
export async function enregistrerDecisionSelection(tx: Tx, d: DecisionSelectionAEnregistrer): Promise<DecisionSelectionEnregistree | null> {
  const transition = transitionPermise(d.statutAvant, d.action, "dgaln");
  if (!transition) return null;
  const { count } = await tx.candidature.updateMany({
    where: { id: d.candidatureId, statut: d.statutAvant },
    data: { statut: transition.vers, decideeLe: d.maintenant, correctionsEcheance: null },
  });
  if (count === 0) return null;
  const type = TYPES_SELECTION[d.action];
  const decision = await tx.decision.create({
    data: { candidatureId: d.candidatureId, type, motivation: d.motivation, decideParId: d.decideParId, decideeLe: d.maintenant, depotNumero: d.depotNumero },
    select: { id: true },
  });
  await enregistrerEvenement(tx, {
    acteurId: d.decideParId,
    type: typeEvenementDecision(type),
    entite: "candidature",
    entiteId: d.candidatureId,
    candidatureId: d.candidatureId,
    survenuLe: d.maintenant,
    resume: `${d.nomDecideur} ${PHRASES_DECISION[type]}${d.session ? ` à l'issue de la délibération de la session « ${d.session} »` : ""}. Motivation : ${extrait(d.motivation)}`,
    donnees: { decisionId: decision.id, motivation: d.motivation, statutApres: transition.vers, points: [], echeance: null, depotNumero: d.depotNumero },
  });
  const atelier =
    type === "retenue" ? await creerAtelierDepuisCandidature(tx, { candidatureId: d.candidatureId, referentDgalnId: d.decideParId, acteurId: d.decideParId }) : null;
  return { decisionId: decision.id, statut: transition.vers, atelierId: atelier?.atelierId ?? null };
}
