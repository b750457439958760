// Les décisions de recevabilité offertes à un acteur sur une candidature (DESIGN.md §5 : seules les
// transitions permises à l'utilisateur lui sont proposées) : la machine à états dit lesquelles
// partent du statut, la politique (`candidature.instruire`, dans le `where`) dit si l'acteur instruit.
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { transitionsDisponibles, type Transition } from "@/lib/candidatures/regles/transitions";
import { DECISIONS_RECEVABILITE, type DecisionRecevabilite } from "./decider.schema";

export type DecisionOfferte = { action: DecisionRecevabilite; libelle: string; motivationRequise: boolean };

const estDecision = (t: Transition): t is Transition & { action: DecisionRecevabilite } =>
  (DECISIONS_RECEVABILITE as readonly string[]).includes(t.action);

/** Pur : les décisions de recevabilité depuis ce statut, pour qui instruit ; aucune sinon. */
export function decisionsOffertes(statut: StatutCandidature, peutInstruire: boolean): DecisionOfferte[] {
  if (!peutInstruire) return [];
  return transitionsDisponibles(statut, ["dgaln"])
    .filter(estDecision)
    .map((t) => ({ action: t.action, libelle: t.libelle, motivationRequise: t.motivationRequise }));
}
