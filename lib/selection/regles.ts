// Règles de la sélection (DESIGN.md §9), chacune avec son message en français. Pures : le serveur les
// applique (lib/instruction/decider.ts, lib/selection/session.ts) et l'interface n'offre que ce
// qu'elles permettent.
//  - Locaux et flash : retenus ou non « au fil de l'eau » par la DGALN, depuis la fiche.
//  - Nationaux : décidés par la délibération de leur session (retenue, non retenue, liste
//    complémentaire), puis publiés ensemble ; une candidature de la liste complémentaire (ou revenue
//    en instruction après des corrections) se décide ensuite depuis la fiche.
import type { FormatAtelier, StatutCandidature, StatutSession, TypeDecision } from "@/lib/generated/prisma/enums";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import type { ActionCandidature } from "@/lib/candidatures/regles/transitions";

/** Les décisions de sélection, action de la machine à états → type de la décision enregistrée. */
export const TYPES_SELECTION = {
  retenir: "retenue",
  ne_pas_retenir: "non_retenue",
  inscrire_liste_complementaire: "liste_complementaire",
} as const satisfies Partial<Record<ActionCandidature, TypeDecision>>;

export type ActionSelection = keyof typeof TYPES_SELECTION;
export const ACTIONS_SELECTION = Object.keys(TYPES_SELECTION) as ActionSelection[];
/** Les décisions de sélection (elles portent le nom du statut où elles mènent). */
export type TypeSelection = (typeof TYPES_SELECTION)[ActionSelection];

export const estActionSelection = (action: string): action is ActionSelection => action in TYPES_SELECTION;

/** Le type de décision (ou le statut, qui porte le même nom) → l'action de sélection qui y mène. */
export const ACTION_DU_TYPE = Object.fromEntries(Object.entries(TYPES_SELECTION).map(([action, type]) => [type, action])) as Record<TypeSelection, ActionSelection>;

export const estTypeSelection = (type: string): type is TypeSelection => type in ACTION_DU_TYPE;

/** Le statut de session où le jury a délibéré et où les décisions se préparent. */
export const STATUT_SESSION_DECISIONS: StatutSession = "en_deliberation";
/** La session dont les résultats sont publiés : sa liste complémentaire se décide depuis la fiche. */
export const STATUT_SESSION_PUBLIEE: StatutSession = "resultats_publies";

export type FaitsSelection = { format: FormatAtelier; statut: StatutCandidature; statutSession: StatutSession | null };

/**
 * Pourquoi cette décision de sélection ne se prend pas depuis la fiche ; `null` si elle le peut.
 * (La machine à états a déjà dit que la transition part du statut.)
 */
export function refusSelectionDepuisFiche(f: FaitsSelection, action: ActionSelection): string | null {
  if (action === "inscrire_liste_complementaire") {
    return "La liste complémentaire est propre aux sessions nationales : elle se décide dans le tableau de délibération de la session.";
  }
  if (f.format !== "national") return null;
  // Résultats publiés : la liste complémentaire, et une candidature revenue en instruction après une
  // demande de corrections, se décident depuis la fiche (la délibération est close).
  if (f.statutSession === STATUT_SESSION_PUBLIEE) return null;
  if (f.statut === "liste_complementaire") return "La liste complémentaire se décide une fois les résultats de la session publiés.";
  return "Une candidature nationale est retenue ou non par la délibération du jury de sa session : décidez-la dans le tableau de délibération.";
}

/** Pourquoi la session ne reçoit pas de décisions maintenant ; `null` si elle les reçoit. */
export function refusDecisionsSession(statut: StatutSession): string | null {
  return statut === STATUT_SESSION_DECISIONS
    ? null
    : `Les décisions se prennent pendant la délibération ; la session est « ${LIBELLES_STATUT_SESSION[statut]} ».`;
}
