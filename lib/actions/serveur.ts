// Adaptateur pour les actions serveur de Next : l'acteur vient de la session, puis la cible est
// revalidée après succès.
import "server-only";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { getActeur } from "@/lib/auth/session";
import type { ResultatAction } from "@/lib/errors";
import { executerAction, type DefinitionAction } from "./pipeline";

export function actionServeur<S extends z.ZodType, T>(definition: DefinitionAction<S, T>) {
  return async (entree: unknown): Promise<ResultatAction<T>> => {
    const { revalider, ...resultat } = await executerAction(definition, await getActeur(), entree);
    for (const chemin of revalider ?? []) revalidatePath(chemin);
    return resultat as ResultatAction<T>;
  };
}
