// Pagination commune des listes bornées par la portée de l'acteur.
//
// Pagination bornée (issue 10, décision 020) : une page lointaine demanderait à PostgreSQL de
// parcourir puis d'écarter toutes les lignes qui la précèdent (OFFSET), un coût qui grandit avec le
// numéro de page (page 900 de 20 000 candidatures : 7 fois la page 1). Seules les
// LIGNES_PARCOURABLES premières lignes se parcourent page par page ; au-delà, les filtres et la
// recherche trouvent les autres, et la liste le dit.
export type Pagination = { page?: number; parPage?: number };
export type Page<T> = {
  lignes: T[];
  total: number;
  page: number;
  parPage: number;
  /** Nombre de pages proposées (bornées) ; `total` peut en compter davantage. */
  pages: number;
  /** Vrai quand des lignes au-delà de la dernière page proposée ne se parcourent pas page par page. */
  tronquee: boolean;
};

export const PAR_PAGE_DEFAUT = 20;
export const PAR_PAGE_MAX = 100;
export const LIGNES_PARCOURABLES = 1_000;

/** Page ≥ 1, taille entre 1 et PAR_PAGE_MAX, page au plus la dernière des lignes parcourables. */
export function bornerPagination(pagination: Pagination = {}) {
  const parPage = Math.min(PAR_PAGE_MAX, Math.max(1, Math.floor(pagination.parPage ?? PAR_PAGE_DEFAUT) || PAR_PAGE_DEFAUT));
  const pageMax = Math.ceil(LIGNES_PARCOURABLES / parPage);
  const page = Math.min(pageMax, Math.max(1, Math.floor(pagination.page ?? 1) || 1));
  return { page, parPage, pageMax, skip: (page - 1) * parPage, take: parPage };
}

/** Pages proposées pour `total` lignes : au moins une, au plus celles des lignes parcourables. */
export function pagesProposees(total: number, parPage: number): { pages: number; tronquee: boolean } {
  const toutes = Math.max(1, Math.ceil(total / parPage));
  const pageMax = Math.ceil(LIGNES_PARCOURABLES / parPage);
  return { pages: Math.min(toutes, pageMax), tronquee: toutes > pageMax };
}

/** La page demandée, ramenée à la dernière page proposée quand l'adresse va au-delà. */
export function pageDans(pagination: Pagination, total: number) {
  const borne = bornerPagination(pagination);
  const { pages, tronquee } = pagesProposees(total, borne.parPage);
  const page = Math.min(borne.page, pages);
  return { page, parPage: borne.parPage, pages, tronquee, skip: (page - 1) * borne.parPage, take: borne.parPage };
}
