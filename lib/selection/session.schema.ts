// Les décisions d'une session préparées en lot dans le tableau de délibération (issue 13) : le même
// schéma valide le formulaire et le cas d'usage. Sans `server-only`.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { MOTIVATION_MAX, MOTIVATION_MIN } from "@/lib/instruction/decider.schema";
import { ACTIONS_SELECTION, type ActionSelection } from "./regles";

/** Une session nationale compte au plus quelques centaines de candidatures. */
export const DECISIONS_PAR_LOT_MAX = 1000;

export const decisionsSessionSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  decisions: z
    .array(
      z.object({
        candidatureId: z.uuid({ error: "Candidature inconnue." }),
        decision: z.enum(ACTIONS_SELECTION as [ActionSelection, ...ActionSelection[]], {
          error: "Choisissez : retenue, non retenue ou liste complémentaire.",
        }),
        motivation: z
          .string({ error: "La motivation doit être un texte." })
          .trim()
          .min(MOTIVATION_MIN, { error: `Motivez la décision : au moins ${MOTIVATION_MIN} caractères, que les porteurs liront dans la lettre.` })
          .max(MOTIVATION_MAX, { error: "La motivation ne doit pas dépasser 10 000 caractères." }),
        // La version de la décision préparée que la personne avait sous les yeux (0 : aucune).
        versionLue: z.number({ error: "Rechargez la page." }).int().min(0).max(1_000_000),
      }),
    )
    .min(1, { error: "Choisissez la décision d'au moins une candidature." })
    .max(DECISIONS_PAR_LOT_MAX, { error: `Enregistrez au plus ${DECISIONS_PAR_LOT_MAX} décisions à la fois.` })
    .refine((d) => new Set(d.map((x) => x.candidatureId)).size === d.length, { error: "Une candidature figure deux fois dans le lot." }),
});

export type DecisionsSessionEntree = z.input<typeof decisionsSessionSchema>;
