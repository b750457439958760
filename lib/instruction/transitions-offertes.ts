// Les décisions de la DGALN offertes à un acteur sur une candidature (DESIGN.md §5 : seules les
// transitions permises à l'utilisateur lui sont proposées) : la machine à états dit lesquelles
// partent du statut, la politique (`candidature.instruire`, dans le `where`) dit si l'acteur instruit,
// les règles de la sélection disent si elle se décide depuis la fiche (locaux, flash, liste
// complémentaire publiée) ou dans le tableau de délibération de la session (nationaux).
import type { FormatAtelier, StatutCandidature, StatutSession } from "@/lib/generated/prisma/enums";
import { transitionsDisponibles, type Transition } from "@/lib/candidatures/regles/transitions";
import { estActionSelection, refusSelectionDepuisFiche } from "@/lib/selection/regles";
import { DECISIONS_INSTRUCTION, type DecisionInstruction } from "./decider.schema";

export type DecisionOfferte = { action: DecisionInstruction; libelle: string; motivationRequise: boolean };

const estDecision = (t: Transition): t is Transition & { action: DecisionInstruction } =>
  (DECISIONS_INSTRUCTION as readonly string[]).includes(t.action);

export type ContexteDecision = { format: FormatAtelier; statutSession: StatutSession | null };

/** Pur : les décisions depuis ce statut, pour qui instruit ; aucune sinon. */
export function decisionsOffertes(statut: StatutCandidature, peutInstruire: boolean, contexte: ContexteDecision): DecisionOfferte[] {
  if (!peutInstruire) return [];
  return transitionsDisponibles(statut, ["dgaln"])
    .filter(estDecision)
    .filter((t) => !estActionSelection(t.action) || refusSelectionDepuisFiche({ ...contexte, statut }, t.action) === null)
    .map((t) => ({ action: t.action, libelle: t.libelle, motivationRequise: t.motivationRequise }));
}
