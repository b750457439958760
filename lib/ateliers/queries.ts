// Lectures des ateliers, bornées par la portée de l'acteur (décision 007).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { bornerPagination, pagesProposees, type Page, type Pagination } from "@/lib/autorisations/pagination";
import { porteeAtelier, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { FormatAtelier, Prisma, StatutAtelier } from "@/lib/generated/prisma/client";

export type FiltresAteliers = {
  format?: FormatAtelier;
  statuts?: StatutAtelier[];
  codeDepartement?: string;
  codeRegion?: string;
};

const SELECTION_LIGNE = {
  id: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  codeRegion: true,
  modifieLe: true,
  candidatureId: true,
  serviceEtat: { select: { id: true, nom: true } },
  collectivites: { select: { principale: true, organisation: { select: { id: true, nom: true } } } },
} as const satisfies Prisma.AtelierSelect;

export type LigneAtelier = Prisma.AtelierGetPayload<{ select: typeof SELECTION_LIGNE }>;

const INCLUSION_DETAIL = {
  serviceEtat: { select: { id: true, nom: true } },
  collectivites: { select: { principale: true, organisation: { select: { id: true, nom: true, type: true } } } },
  pilote: { select: { id: true, prenom: true, nom: true } },
  referentDgaln: { select: { id: true, prenom: true, nom: true } },
  phases: { orderBy: { type: "asc" } },
  equipe: true,
} as const satisfies Prisma.AtelierInclude;

export type AtelierDetail = Prisma.AtelierGetPayload<{ include: typeof INCLUSION_DETAIL }>;

export async function listerAteliers(
  acteur: Acteur,
  filtres: FiltresAteliers = {},
  pagination: Pagination = {},
  client: Client = prisma,
): Promise<Page<LigneAtelier>> {
  const { page, parPage, skip, take } = bornerPagination(pagination);
  const where: Prisma.AtelierWhereInput = {
    AND: [
      porteeAtelier(acteur, "lire"),
      {
        ...(filtres.format && { format: filtres.format }),
        ...(filtres.statuts?.length && { statut: { in: filtres.statuts } }),
        ...(filtres.codeDepartement && { codeDepartement: filtres.codeDepartement }),
        ...(filtres.codeRegion && { codeRegion: filtres.codeRegion }),
      },
    ],
  };
  const lignes = await client.atelier.findMany({
    where,
    select: SELECTION_LIGNE,
    orderBy: [{ modifieLe: "desc" }, { id: "asc" }],
    skip,
    take,
  });
  const total = await client.atelier.count({ where });
  return { lignes, total, page, parPage, ...pagesProposees(total, parPage) };
}

/** L'atelier s'il est dans la portée de l'action ; `null` sinon, qu'il existe ou non. */
export async function trouverAtelier(
  acteur: Acteur,
  id: string,
  action: ActionDe<"atelier"> = "lire",
  client: Client = prisma,
): Promise<AtelierDetail | null> {
  if (!estIdentifiant(id)) return null;
  return client.atelier.findFirst({ where: { AND: [{ id }, porteeAtelier(acteur, action)] }, include: INCLUSION_DETAIL });
}
