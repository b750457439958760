// Jury d'une session (issue 13, partie 2) : schémas partagés par les formulaires et les cas d'usage.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const JURES_PAR_CANDIDATURE_MAX = 10;

export const affecterAutomatiquementSchema = z.object({
  sessionId: z.uuid({ error: "Session inconnue." }),
  juresParCandidature: z
    .number({ error: "Indiquez le nombre de jurés par candidature." })
    .int({ error: "Indiquez un nombre entier de jurés." })
    .min(1, { error: "Chaque candidature reçoit au moins un juré." })
    .max(JURES_PAR_CANDIDATURE_MAX, { error: `Chaque candidature reçoit au plus ${JURES_PAR_CANDIDATURE_MAX} jurés.` }),
});

export const COMMENTAIRE_MAX = 2_000;

export const evaluerSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  notes: z
    .array(
      z.object({
        critereId: z.uuid({ error: "Critère inconnu." }),
        note: z
          .number({ error: "Choisissez une note de 0 à 5." })
          .int({ error: "Choisissez une note entière de 0 à 5." })
          .min(0, { error: "Choisissez une note de 0 à 5." })
          .max(5, { error: "Choisissez une note de 0 à 5." })
          .nullable(),
        commentaire: z.string().trim().max(COMMENTAIRE_MAX, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }),
      }),
    )
    .max(20, { error: "Trop de critères." }),
  /** `false` : brouillon (lu par vous seul) ; `true` : évaluation soumise, définitive. */
  soumettre: z.boolean(),
});
