// Schéma du geste de publication d'un livrable final (issue 14, décision 036). Sans `server-only`.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const publierLivrableSchema = z.object({
  livrableId: z.uuid({ error: "Livrable inconnu." }),
  /** `true` : rendre publiable ; `false` : retirer de la publication. */
  publiable: z.boolean({ error: "Indiquez s'il faut publier le livrable ou le retirer de la publication." }),
});

export type PublierLivrableEntree = z.input<typeof publierLivrableSchema>;
