import { describe, expect, it } from "vitest";
import { bornerPagination, LIGNES_PARCOURABLES, pageDans, pagesProposees, PAR_PAGE_DEFAUT } from "./pagination";

describe("pagination bornée", () => {
  it("une page lointaine demandée par l'adresse ne dépasse jamais les lignes parcourables", () => {
    const { page, skip } = bornerPagination({ page: 900 });
    expect(page).toBe(LIGNES_PARCOURABLES / PAR_PAGE_DEFAUT);
    expect(skip + PAR_PAGE_DEFAUT).toBeLessThanOrEqual(LIGNES_PARCOURABLES);
  });

  it("20 000 lignes : 50 pages proposées et la liste se dit tronquée ; 30 lignes : 2 pages, complète", () => {
    expect(pagesProposees(20_000, 20)).toEqual({ pages: 50, tronquee: true });
    expect(pagesProposees(30, 20)).toEqual({ pages: 2, tronquee: false });
    expect(pagesProposees(0, 20)).toEqual({ pages: 1, tronquee: false });
  });

  it("au-delà de la dernière page, la dernière page qui existe", () => {
    expect(pageDans({ page: 7 }, 45)).toMatchObject({ page: 3, pages: 3, skip: 40, tronquee: false });
    expect(pageDans({ page: -3 }, 45)).toMatchObject({ page: 1, skip: 0 });
  });
});
