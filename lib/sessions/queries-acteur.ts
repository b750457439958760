// Lectures des sessions nationales pour un utilisateur connecté, bornées par sa portée
// (décision 007) : les sessions publiées pour tous, celles dont on est juré, toutes pour la DGALN.
// Les lectures publiques (sans connexion) restent dans queries.ts.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeSession, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const SELECTION_SESSION = {
  id: true,
  slug: true,
  theme: true,
  statut: true,
  ouvertureLe: true,
  clotureLe: true,
  selectionLe: true,
  quotaLaureats: true,
  budgetEuros: true,
} as const satisfies Prisma.SessionAmiSelect;

export type LigneSession = Prisma.SessionAmiGetPayload<{ select: typeof SELECTION_SESSION }>;

export async function listerSessions(acteur: Acteur, client: Client = prisma): Promise<LigneSession[]> {
  return client.sessionAmi.findMany({
    where: porteeSession(acteur, "lire"),
    select: SELECTION_SESSION,
    orderBy: [{ ouvertureLe: "desc" }, { id: "asc" }],
  });
}

const INCLUSION_DETAIL = {
  criteres: { orderBy: { ordre: "asc" } },
} as const satisfies Prisma.SessionAmiInclude;

export type SessionDetail = Prisma.SessionAmiGetPayload<{ include: typeof INCLUSION_DETAIL }>;

/** La session si elle est dans la portée de l'action ; `null` sinon. */
export async function trouverSession(
  acteur: Acteur,
  id: string,
  action: ActionDe<"session"> = "lire",
  client: Client = prisma,
): Promise<SessionDetail | null> {
  if (!estIdentifiant(id)) return null;
  return client.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, action)] }, include: INCLUSION_DETAIL });
}
