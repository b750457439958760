// Schéma de la décision de recevabilité (issue 11, DESIGN.md §9) : le même valide le formulaire de la
// DGALN (chargé à la première validation) et le cas d'usage. Sans `server-only`.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import type { ActionCandidature } from "@/lib/candidatures/regles/transitions";

export const DECISIONS_RECEVABILITE = ["declarer_recevable", "declarer_irrecevable", "demander_corrections"] as const satisfies readonly ActionCandidature[];
/** Sélection « au fil de l'eau » depuis la fiche (locaux, flash, liste complémentaire) ; les nationaux se décident en session (lib/selection). */
export const DECISIONS_SELECTION = ["retenir", "ne_pas_retenir"] as const satisfies readonly ActionCandidature[];
/** Les décisions de la DGALN prises depuis la fiche d'une candidature. */
export const DECISIONS_INSTRUCTION = [...DECISIONS_RECEVABILITE, ...DECISIONS_SELECTION] as const;
export type DecisionInstruction = (typeof DECISIONS_INSTRUCTION)[number];

export { MOTIVATION_MAX, MOTIVATION_MIN } from "./motivation";
import { MOTIVATION_MAX, MOTIVATION_MIN } from "./motivation";
export const POINTS_MAX = 20;
export const POINT_MAX = 500;

const STATUTS = [
  "brouillon",
  "signee",
  "deposee",
  "en_instruction",
  "a_corriger",
  "irrecevable",
  "retenue",
  "non_retenue",
  "liste_complementaire",
  "retiree",
] as const satisfies readonly StatutCandidature[];

/** Le jour civil à Paris (« 2027-03-31 ») : l'échéance se compare à ce jour-là, pas à l'heure UTC. */
export function jourParis(instant = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

export const deciderSchema = z
  .object({
    candidatureId: z.uuid({ error: "Candidature inconnue." }),
    decision: z.enum(DECISIONS_INSTRUCTION, { error: "Choisissez une décision parmi celles proposées." }),
    // Ce que la personne avait sous les yeux (statut et numéro du dernier dépôt) : une décision prise
    // entre-temps par une autre personne n'est pas écrasée (CONFLIT).
    statutLu: z.enum(STATUTS, { error: "Rechargez la page : le statut de la candidature est inconnu." }),
    depotLu: z.number({ error: "Rechargez la page : le dépôt examiné est inconnu." }).int().min(1).max(1_000_000),
    motivation: z
      .string({ error: "La motivation doit être un texte." })
      .trim()
      .max(MOTIVATION_MAX, { error: "La motivation ne doit pas dépasser 10 000 caractères." })
      .default(""),
    points: z
      .array(
        z
          .string({ error: "Chaque point à corriger doit être un texte." })
          .trim()
          .min(1, { error: "Ce point est vide : écrivez-le ou retirez-le." })
          .max(POINT_MAX, { error: `Un point à corriger ne doit pas dépasser ${POINT_MAX} caractères.` }),
      )
      .max(POINTS_MAX, { error: `Indiquez au plus ${POINTS_MAX} points à corriger.` })
      .default([]),
    echeance: z
      .union([z.literal(""), z.null(), z.iso.date({ error: "Indiquez l'échéance au format jj/mm/aaaa." })])
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "declarer_recevable" && v.motivation.length < MOTIVATION_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["motivation"],
        message: `Motivez la décision : au moins ${MOTIVATION_MIN} caractères, que les porteurs liront dans la lettre.`,
      });
    }
    if (v.decision === "demander_corrections") {
      if (v.points.length === 0) ctx.addIssue({ code: "custom", path: ["points"], message: "Indiquez au moins un point à corriger." });
      if (v.echeance && v.echeance <= jourParis()) {
        ctx.addIssue({ code: "custom", path: ["echeance"], message: "L'échéance doit être postérieure à aujourd'hui." });
      }
    }
  })
  // Les points et l'échéance ne concernent que la demande de corrections.
  .transform((v) => (v.decision === "demander_corrections" ? v : { ...v, points: [], echeance: null }));

export type DeciderEntree = z.input<typeof deciderSchema>;
export type DeciderDonnees = z.output<typeof deciderSchema>;
