// « Recevoir les courriels : à chaque événement / un résumé quotidien à 8 h » (Mon compte). La
// personne ne règle que son propre compte : la cible est l'acteur lui-même, jamais un identifiant reçu.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import type { FrequenceCourriels } from "@/lib/generated/prisma/client";
import { preferencesCourrielsSchema } from "./notifications.schema";

export const modifierPreferencesCourriels: DefinitionAction<typeof preferencesCourrielsSchema, { frequenceCourriels: FrequenceCourriels }> = {
  nom: "notifications.modifier_preferences",
  schema: preferencesCourrielsSchema,
  async executer({ acteur, donnees }) {
    const ligne = await prisma.utilisateur.update({
      where: { id: acteur.id },
      data: { frequenceCourriels: donnees.frequenceCourriels },
      select: { frequenceCourriels: true },
    });
    return { frequenceCourriels: ligne.frequenceCourriels };
  },
  revalider: () => ["/mon-compte"],
};
