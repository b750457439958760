import type { ResultatAction } from "@/lib/errors";

/** Action serveur passée par la page à un composant client (CONVENTIONS.md : une seule voie de mutation). */
export type ActionServeur<T> = (entree: unknown) => Promise<ResultatAction<T>>;
