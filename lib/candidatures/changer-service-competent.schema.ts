// Changer le service de l'État compétent (R4, décision 026) : partagé par le formulaire et le cas
// d'usage. Sans `server-only` : chargé par le formulaire.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const changerServiceCompetentSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  serviceEtatId: z.uuid({ error: "Choisissez le nouveau service de l'État compétent dans la liste." }),
});

export type ChangerServiceCompetentEntree = z.input<typeof changerServiceCompetentSchema>;
