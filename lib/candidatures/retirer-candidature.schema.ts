// Retirer une candidature (issue 11, partie 3) : partagé par le formulaire et le cas d'usage.
// Sans `server-only` : chargé par le formulaire à sa première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const LONGUEUR_MAX_MOTIF_RETRAIT = 2_000;

export const retirerCandidatureSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  motif: z
    .string({ error: "Indiquez le motif du retrait." })
    .trim()
    .min(1, { error: "Indiquez le motif du retrait : il est transmis à l'autre partie." })
    .max(LONGUEUR_MAX_MOTIF_RETRAIT, { error: "Le motif ne doit pas dépasser 2 000 caractères." }),
});

export type RetirerCandidatureEntree = z.input<typeof retirerCandidatureSchema>;
