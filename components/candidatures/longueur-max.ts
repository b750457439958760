// Longueur maximale d'un champ texte, lue dans son schéma zod : le compteur de caractères affiche
// la même limite que celle que le serveur applique, sans recopier le nombre.
import { z } from "zod";

export function longueurMax(schema: z.ZodType): number | null {
  if (schema instanceof z.ZodString) return schema.maxLength;
  if (schema instanceof z.ZodPipe) return longueurMax(schema.in as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return longueurMax(schema.unwrap() as z.ZodType);
  return null;
}

/** Longueurs maximales des champs texte d'un schéma objet (`{ objet: 10000, … }`). */
export function longueursMax(schema: z.ZodObject): Record<string, number> {
  return Object.fromEntries(
    Object.entries(schema.shape).flatMap(([nom, champ]) => {
      const max = longueurMax(champ as z.ZodType);
      return max === null ? [] : [[nom, max]];
    }),
  );
}
