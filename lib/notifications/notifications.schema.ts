// Schémas du centre de notifications et des préférences de courriel : partagés par les formulaires
// et les actions serveur. Sans `server-only` : chargés par les formulaires à leur première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const marquerLueSchema = z.object({
  notificationId: z.uuid({ error: "Notification inconnue." }),
});

export const marquerToutesLuesSchema = z.object({});

export const FREQUENCES_COURRIELS = ["immediat", "quotidien"] as const;

export const preferencesCourrielsSchema = z.object({
  frequenceCourriels: z.enum(FREQUENCES_COURRIELS, {
    error: "Choisissez quand recevoir les courriels : à chaque événement ou dans un résumé quotidien.",
  }),
});

export type PreferencesCourrielsEntree = z.input<typeof preferencesCourrielsSchema>;
