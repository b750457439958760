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
