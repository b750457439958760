// Pagination commune des listes bornées par la portée de l'acteur.
export type Pagination = { page?: number; parPage?: number };
export type Page<T> = { lignes: T[]; total: number; page: number; parPage: number };

export const PAR_PAGE_DEFAUT = 20;
export const PAR_PAGE_MAX = 100;

/** Page ≥ 1, taille entre 1 et PAR_PAGE_MAX : une URL fantaisiste ne charge jamais toute la table. */
export function bornerPagination(pagination: Pagination = {}) {
  const page = Math.max(1, Math.floor(pagination.page ?? 1) || 1);
  const parPage = Math.min(PAR_PAGE_MAX, Math.max(1, Math.floor(pagination.parPage ?? PAR_PAGE_DEFAUT) || PAR_PAGE_DEFAUT));
  return { page, parPage, skip: (page - 1) * parPage, take: parPage };
}
