// Lectures des sessions pour leur administration (/admin/sessions) : dans la portée `session.gerer`
// (administrateurs DGALN) ; rien n'est lu pour un autre acteur.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { aUnDroit, porteeSession } from "@/lib/autorisations/politique";
import { versHeureDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import type { StatutSession } from "@/lib/generated/prisma/client";
import type { SessionEntree } from "./session.schema";
import { PIECES_SESSION } from "./session.schema";
import { grilleModifiable, sessionModifiable, transitionsSessionOffertes, type TransitionSession } from "./transitions";

export function peutGererSessions(acteur: Acteur): boolean {
  return aUnDroit(acteur, "session", "gerer");
}

export type LigneSessionAdmin = {
  id: string;
  slug: string;
  theme: string;
  statut: StatutSession;
  ouvertureLe: Date;
  clotureLe: Date;
  quotaLaureats: number | null;
  candidatures: number;
  deposees: number;
};

export async function listerSessionsAdministration(acteur: Acteur): Promise<LigneSessionAdmin[] | null> {
  if (!peutGererSessions(acteur)) return null;
  const sessions = await prisma.sessionAmi.findMany({
    where: porteeSession(acteur, "gerer"),
    orderBy: [{ ouvertureLe: "desc" }, { id: "asc" }],
    select: { id: true, slug: true, theme: true, statut: true, ouvertureLe: true, clotureLe: true, quotaLaureats: true, _count: { select: { candidatures: true } } },
  });
  const deposees = await prisma.candidature.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: sessions.map((s) => s.id) }, deposeeLe: { not: null } },
    _count: { _all: true },
  });
  const parSession = new Map(deposees.map((d) => [d.sessionId, d._count._all]));
  return sessions.map(({ _count, ...s }) => ({ ...s, candidatures: _count.candidatures, deposees: parSession.get(s.id) ?? 0 }));
}

export type SessionAAdministrer = {
  id: string;
  slug: string;
  statut: StatutSession;
  version: number;
  valeurs: SessionEntree;
  modifiable: boolean;
  grilleModifiable: boolean;
  transitions: TransitionSession[];
  cahierDesCharges: { nom: string } | null;
};

export async function sessionAAdministrer(acteur: Acteur, id: string): Promise<SessionAAdministrer | null> {
  if (!estIdentifiant(id) || !peutGererSessions(acteur)) return null;
  const s = await prisma.sessionAmi.findFirst({
    where: { AND: [{ id }, porteeSession(acteur, "gerer")] },
    include: { criteres: { orderBy: { ordre: "asc" } } },
  });
  if (!s) return null;
  return {
    id: s.id,
    slug: s.slug,
    statut: s.statut,
    version: s.version,
    modifiable: sessionModifiable(s.statut),
    grilleModifiable: grilleModifiable(s.statut),
    transitions: transitionsSessionOffertes(s.statut),
    cahierDesCharges: s.cahierDesChargesId ? { nom: s.cahierDesChargesNom ?? "cahier-des-charges.pdf" } : null,
    valeurs: {
      sessionId: s.id,
      version: s.version,
      theme: s.theme,
      description: s.description,
      ouvertureLe: versHeureDeParis(s.ouvertureLe),
      clotureLe: versHeureDeParis(s.clotureLe),
      selectionLe: s.selectionLe ? versHeureDeParis(s.selectionLe).slice(0, 10) : "",
      quotaLaureats: s.quotaLaureats === null ? "" : String(s.quotaLaureats),
      budgetEuros: s.budgetEuros === null ? "" : String(s.budgetEuros),
      piecesRequises: s.piecesRequises.filter((p): p is (typeof PIECES_SESSION)[number] => (PIECES_SESSION as readonly string[]).includes(p)),
      criteres: s.criteres.map((c) => ({ libelle: c.libelle, description: c.description ?? "", poids: String(c.poids) })),
    },
  };
}

/** Valeurs d'une nouvelle session : la grille de l'AMI 2026 comme point de départ, à adapter. */
export const VALEURS_NOUVELLE_SESSION: SessionEntree = {
  theme: "",
  description: "",
  ouvertureLe: "",
  clotureLe: "",
  selectionLe: "",
  quotaLaureats: "",
  budgetEuros: "",
  piecesRequises: [...PIECES_SESSION],
  criteres: [
    { libelle: "Pertinence du territoire et des enjeux", description: "", poids: "40" },
    { libelle: "Portage politique et partenarial", description: "", poids: "30" },
    { libelle: "Capacité à mobiliser les acteurs locaux", description: "", poids: "30" },
  ],
};
