// Lectures des candidatures, toujours bornées par la portée de l'acteur (décision 007) : la
// permission est dans le `where`, une candidature hors périmètre n'est jamais chargée.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { bornerPagination, type Page, type Pagination } from "@/lib/autorisations/pagination";
import { AUCUNE_LIGNE, porteeCandidature, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { FormatAtelier, Prisma, StatutCandidature } from "@/lib/generated/prisma/client";

export type FiltresCandidatures = {
  format?: FormatAtelier;
  statuts?: StatutCandidature[];
  sessionId?: string;
  codeDepartement?: string;
  codeRegion?: string;
  /** Sur le titre ou la référence. */
  recherche?: string;
};

const SELECTION_LIGNE = {
  id: true,
  reference: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  codeRegion: true,
  sessionId: true,
  deposeeLe: true,
  modifieLe: true,
  collectivitePrincipale: { select: { id: true, nom: true } },
  serviceEtat: { select: { id: true, nom: true } },
} as const satisfies Prisma.CandidatureSelect;

export type LigneCandidature = Prisma.CandidatureGetPayload<{ select: typeof SELECTION_LIGNE }>;

const INCLUSION_DETAIL = {
  collectivitePrincipale: { select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true } },
  serviceEtat: { select: { id: true, nom: true, typeServiceEtat: true } },
  porteuses: { select: { organisation: { select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true } } } },
  session: { select: { id: true, theme: true, statut: true, clotureLe: true } },
} as const satisfies Prisma.CandidatureInclude;

export type CandidatureDetail = Prisma.CandidatureGetPayload<{ include: typeof INCLUSION_DETAIL }>;

function whereFiltres(filtres: FiltresCandidatures): Prisma.CandidatureWhereInput {
  if (filtres.sessionId !== undefined && !estIdentifiant(filtres.sessionId)) return AUCUNE_LIGNE;
  const recherche = filtres.recherche?.trim();
  return {
    ...(filtres.format && { format: filtres.format }),
    ...(filtres.statuts?.length && { statut: { in: filtres.statuts } }),
    ...(filtres.sessionId && { sessionId: filtres.sessionId }),
    ...(filtres.codeDepartement && { codeDepartement: filtres.codeDepartement }),
    ...(filtres.codeRegion && { codeRegion: filtres.codeRegion }),
    ...(recherche && {
      OR: [{ titre: { contains: recherche, mode: "insensitive" } }, { reference: { contains: recherche, mode: "insensitive" } }],
    }),
  };
}

/** Les candidatures que l'acteur peut lire, filtrées et paginées (les plus récemment modifiées d'abord). */
export async function listerCandidatures(
  acteur: Acteur,
  filtres: FiltresCandidatures = {},
  pagination: Pagination = {},
  client: Client = prisma,
): Promise<Page<LigneCandidature>> {
  const { page, parPage, skip, take } = bornerPagination(pagination);
  const where: Prisma.CandidatureWhereInput = { AND: [porteeCandidature(acteur, "lire"), whereFiltres(filtres)] };
  const lignes = await client.candidature.findMany({
    where,
    select: SELECTION_LIGNE,
    orderBy: [{ modifieLe: "desc" }, { id: "asc" }],
    skip,
    take,
  });
  const total = await client.candidature.count({ where });
  return { lignes, total, page, parPage };
}

/** La candidature si elle est dans la portée de l'action pour cet acteur ; `null` sinon, qu'elle existe ou non. */
export async function trouverCandidature(
  acteur: Acteur,
  id: string,
  action: ActionDe<"candidature"> = "lire",
  client: Client = prisma,
): Promise<CandidatureDetail | null> {
  if (!estIdentifiant(id)) return null;
  return client.candidature.findFirst({
    where: { AND: [{ id }, porteeCandidature(acteur, action)] },
    include: INCLUSION_DETAIL,
  });
}
