// Formulaire de demande de lien de connexion : un seul schéma, lu par react-hook-form côté
// navigateur ; next-auth normalise et valide de nouveau l'adresse côté serveur.
import { z } from "zod";
import "@/lib/validation/zod-fr";

export const schemaDemandeLien = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Saisissez votre adresse électronique." })
    .pipe(z.email({ error: "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr." })),
});

export type DemandeLien = z.infer<typeof schemaDemandeLien>;
