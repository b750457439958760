import "server-only";
import { prisma } from "@/lib/db";
import type { TypePiece } from "@/lib/generated/prisma/client";

// Lectures publiques (sans connexion) des sessions nationales : page d'accueil.
// Ne renvoient que des informations publiées : thème, dates, noms des collectivités lauréates.

export type SessionOuverte = {
  id: string;
  slug: string;
  theme: string;
  description: string;
  ouvertureLe: Date;
  clotureLe: Date;
  quotaLaureats: number | null;
  budgetEuros: number | null;
};

/**
 * Sessions dans lesquelles on peut candidater maintenant : statut `ouverte` et clôture future.
 * La clôture est automatique à la date-heure prévue (DESIGN.md §5) : une session encore marquée
 * `ouverte` mais dont la date est passée n'est donc plus proposée.
 */
export async function listerSessionsOuvertes(maintenant: Date = new Date()): Promise<SessionOuverte[]> {
  return prisma.sessionAmi.findMany({
    where: { statut: "ouverte", clotureLe: { gt: maintenant } },
    orderBy: [{ clotureLe: "asc" }, { theme: "asc" }],
    select: {
      id: true,
      slug: true,
      theme: true,
      description: true,
      ouvertureLe: true,
      clotureLe: true,
      quotaLaureats: true,
      budgetEuros: true,
    },
  });
}

export type Laureat = {
  id: string;
  collectivite: string;
  departement: string | null;
};

export type SessionLaureats = {
  id: string;
  theme: string;
  ouvertureLe: Date;
  selectionLe: Date | null;
  laureats: Laureat[];
};

/** Nombre de sessions passées montrées au public (les plus récentes d'abord). */
const SESSIONS_PUBLIEES_MAX = 5;

/** Lauréats des sessions nationales dont les résultats ont été publiés par la DGALN. */
export async function listerLaureatsPublies(): Promise<SessionLaureats[]> {
  const sessions = await prisma.sessionAmi.findMany({
    where: { statut: "resultats_publies" },
    orderBy: [{ clotureLe: "desc" }],
    take: SESSIONS_PUBLIEES_MAX,
    select: {
      id: true,
      theme: true,
      ouvertureLe: true,
      selectionLe: true,
      candidatures: {
        where: { statut: "retenue" },
        orderBy: { collectivitePrincipale: { nom: "asc" } },
        select: { id: true, codeDepartement: true, collectivitePrincipale: { select: { nom: true } } },
      },
    },
  });

  const codes = [...new Set(sessions.flatMap((s) => s.candidatures.map((c) => c.codeDepartement)))];
  const departements = codes.length
    ? await prisma.departement.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } })
    : [];
  const nomDepartement = new Map(departements.map((d) => [d.code, `${d.nom} (${d.code})`]));

  return sessions.map((s) => ({
    id: s.id,
    theme: s.theme,
    ouvertureLe: s.ouvertureLe,
    selectionLe: s.selectionLe,
    laureats: s.candidatures.map((c) => ({
      id: c.id,
      collectivite: c.collectivitePrincipale.nom,
      departement: nomDepartement.get(c.codeDepartement) ?? null,
    })),
  }));
}

export type SessionPublique = {
  id: string;
  slug: string;
  theme: string;
  description: string;
  statut: "ouverte" | "cloturee" | "en_deliberation" | "resultats_publies";
  ouvertureLe: Date;
  clotureLe: Date;
  selectionLe: Date | null;
  quotaLaureats: number | null;
  budgetEuros: number | null;
  piecesRequises: TypePiece[];
  criteres: { libelle: string; description: string | null; poids: number }[];
  cahierDesCharges: { nom: string } | null;
  /** Lauréats : seulement une fois les résultats publiés. */
  laureats: Laureat[];
};

/** La page publique d'une session : jamais une session en préparation ; les lauréats après publication seulement. */
export async function trouverSessionPublique(slug: string): Promise<SessionPublique | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const s = await prisma.sessionAmi.findFirst({
    where: { slug, statut: { not: "brouillon" } },
    select: {
      id: true,
      slug: true,
      theme: true,
      description: true,
      statut: true,
      ouvertureLe: true,
      clotureLe: true,
      selectionLe: true,
      quotaLaureats: true,
      budgetEuros: true,
      piecesRequises: true,
      cahierDesChargesId: true,
      cahierDesChargesNom: true,
      criteres: { orderBy: { ordre: "asc" }, select: { libelle: true, description: true, poids: true } },
    },
  });
  if (!s || s.statut === "brouillon") return null;
  const retenues =
    s.statut === "resultats_publies"
      ? await prisma.candidature.findMany({
          where: { sessionId: s.id, statut: "retenue" },
          orderBy: { collectivitePrincipale: { nom: "asc" } },
          select: { id: true, codeDepartement: true, collectivitePrincipale: { select: { nom: true } } },
        })
      : [];
  const departements = retenues.length
    ? await prisma.departement.findMany({ where: { code: { in: [...new Set(retenues.map((c) => c.codeDepartement))] } }, select: { code: true, nom: true } })
    : [];
  const nom = new Map(departements.map((d) => [d.code, `${d.nom} (${d.code})`]));
  const { cahierDesChargesId, cahierDesChargesNom, statut, ...reste } = s;
  return {
    ...reste,
    statut,
    cahierDesCharges: cahierDesChargesId ? { nom: cahierDesChargesNom ?? "cahier-des-charges.pdf" } : null,
    laureats: retenues.map((c) => ({ id: c.id, collectivite: c.collectivitePrincipale.nom, departement: nom.get(c.codeDepartement) ?? null })),
  };
}
