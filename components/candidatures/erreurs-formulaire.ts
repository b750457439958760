import { get, type FieldErrors } from "react-hook-form";

/** Message d'erreur d'un champ imbriqué (« contacts.0.email ») ou d'une liste entière (« communes »). */
export function erreurDe(errors: FieldErrors, chemin: string): string | undefined {
  const e = get(errors, chemin) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = e?.message ?? e?.root?.message;
  if (typeof message === "string") return message;
  // Erreur sur un élément de la liste (« disciplinesSouhaitees.2 ») : la première.
  if (Array.isArray(e)) {
    for (const element of e as ({ message?: unknown } | undefined)[]) if (typeof element?.message === "string") return element.message;
  }
  return undefined;
}
