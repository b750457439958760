// « Mes ateliers » (issue 14) : la sélection (portée de l'acteur + filtres de l'adresse), une page
// de lignes avec la phase en cours, le total, les compteurs par statut et les choix des filtres.
// La portée `atelier.lire` est dans chaque `where` : une ligne hors portée n'est jamais chargée ni
// comptée. La même sélection sert l'export (lib/ateliers/export.ts).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { pageDans, type Page } from "@/lib/autorisations/pagination";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { heureDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import type { Prisma, StatutPhase, TypePhase } from "@/lib/generated/prisma/client";
import { StatutAtelier } from "@/lib/generated/prisma/enums";
import { jourParis, phaseEnRetard, type FiltresListeAteliers } from "./filtres";

/** Un atelier abandonné ou terminé n'est plus « en retard », même si une phase n'a pas été validée. */
const STATUTS_SUIVIS: StatutAtelier[] = ["en_preparation", "en_cours"];

/** Les ateliers dont une phase a dépassé sa fin prévue (jour passé à Paris) sans être validée. */
export function filtreEnRetard(maintenant: Date): Prisma.AtelierWhereInput {
  return { statut: { in: STATUTS_SUIVIS }, phases: { some: { statut: { not: "validee" }, finPrevue: { lt: jourParis(maintenant) } } } };
}

/** Le `where` de la sélection : portée de l'action (la lecture par défaut) ET filtres (sauf le statut si `sansStatut`). */
export function selectionAteliers(
  acteur: Acteur,
  filtres: Omit<FiltresListeAteliers, "tri" | "sens" | "page">,
  options: { maintenant?: Date; sansStatut?: boolean; action?: "lire" | "statistiques" } = {},
): Prisma.AtelierWhereInput {
  // La vue nationale (lib/ateliers/statistiques.ts) reprend ces filtres sous sa propre action.
  const et: Prisma.AtelierWhereInput[] = [porteeAtelier(acteur, options.action ?? "lire")];
  if (filtres.format) et.push({ format: filtres.format });
  if (filtres.statut && !options.sansStatut) et.push({ statut: filtres.statut });
  if (filtres.region) et.push({ codeRegion: filtres.region });
  if (filtres.departement) et.push({ codeDepartement: filtres.departement });
  if (filtres.annee) {
    et.push({ creeLe: { gte: heureDeParis(`${filtres.annee}-01-01T00:00`), lt: heureDeParis(`${filtres.annee + 1}-01-01T00:00`) } });
  }
  if (filtres.enRetard) et.push(filtreEnRetard(options.maintenant ?? new Date()));
  if (filtres.q) {
    et.push({
      OR: [
        { titre: { contains: filtres.q, mode: "insensitive" } },
        { collectivites: { some: { organisation: { nom: { contains: filtres.q, mode: "insensitive" } } } } },
      ],
    });
  }
  return { AND: et };
}

export function ordreAteliers(tri: FiltresListeAteliers["tri"], sens: FiltresListeAteliers["sens"]): Prisma.AtelierOrderByWithRelationInput[] {
  const cle: Record<FiltresListeAteliers["tri"], Prisma.AtelierOrderByWithRelationInput> = {
    creeLe: { creeLe: sens },
    titre: { titre: sens },
    format: { format: sens },
    statut: { statut: sens },
    departement: { codeDepartement: sens },
  };
  // L'identifiant départage les égalités : une page ne répète ni ne perd de ligne.
  return [cle[tri], { id: "asc" }];
}

const SELECTION_LIGNE = {
  id: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  creeLe: true,
  collectivites: { where: { principale: true }, take: 1, select: { organisation: { select: { nom: true } } } },
  phases: { orderBy: { type: "asc" }, select: { type: true, statut: true, finPrevue: true } },
} as const satisfies Prisma.AtelierSelect;

type Brute = Prisma.AtelierGetPayload<{ select: typeof SELECTION_LIGNE }>;

export type PhaseCourante = { type: TypePhase; statut: StatutPhase; finPrevue: Date | null; enRetard: boolean };

export type LigneListeAtelier = Omit<Brute, "collectivites" | "phases"> & {
  collectivitePrincipale: string | null;
  departement: string;
  /** La première phase non validée, dans l'ordre appropriation → animation → restitution. */
  phaseCourante: PhaseCourante | null;
  /** Une phase au moins en retard (atelier en préparation ou en cours). */
  enRetard: boolean;
};

/** Phase en cours et retard d'un atelier, au jour de Paris `aujourdhui` (pur). */
export function etatDesPhases(
  atelier: { statut: StatutAtelier; phases: { type: TypePhase; statut: StatutPhase; finPrevue: Date | null }[] },
  aujourdhui: Date,
): { phaseCourante: PhaseCourante | null; enRetard: boolean } {
  const suivi = STATUTS_SUIVIS.includes(atelier.statut);
  const retard = (p: { statut: StatutPhase; finPrevue: Date | null }) => suivi && phaseEnRetard(p, aujourdhui);
  const courante = atelier.phases.find((p) => p.statut !== "validee");
  return {
    phaseCourante: courante ? { ...courante, enRetard: retard(courante) } : null,
    enRetard: atelier.phases.some(retard),
  };
}

export type ListeAteliers = Page<LigneListeAtelier> & { parStatut: Record<StatutAtelier, number> };

export async function lireListeAteliers(
  acteur: Acteur,
  filtres: FiltresListeAteliers,
  options: { maintenant?: Date } = {},
  client: Client = prisma,
): Promise<ListeAteliers> {
  const maintenant = options.maintenant ?? new Date();
  const where = selectionAteliers(acteur, filtres, { maintenant });
  const [total, groupes] = await Promise.all([
    client.atelier.count({ where }),
    client.atelier.groupBy({ by: ["statut"], where: selectionAteliers(acteur, filtres, { maintenant, sansStatut: true }), _count: { _all: true } }),
  ]);
  const { page, parPage, pages, tronquee, skip, take } = pageDans({ page: filtres.page }, total);
  // Relations chargées par requêtes séparées (`query`) : en jointures latérales, PostgreSQL calcule
  // collectivités et phases de chaque atelier retenu AVANT le tri et la limite (3 000 à l'échelle
  // nationale : 150 à 270 ms) ; ici, seulement pour les 20 lignes de la page (banc des ateliers).
  const brutes = total
    ? await client.atelier.findMany({ where, select: SELECTION_LIGNE, orderBy: ordreAteliers(filtres.tri, filtres.sens), skip, take, relationLoadStrategy: "query" })
    : [];
  const codes = [...new Set(brutes.map((a) => a.codeDepartement))];
  const noms = codes.length ? await client.departement.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } }) : [];
  const departements = new Map(noms.map((d) => [d.code, d.nom]));
  const aujourdhui = jourParis(maintenant);
  const parStatut = Object.fromEntries(Object.values(StatutAtelier).map((s) => [s, 0])) as Record<StatutAtelier, number>;
  for (const g of groupes) parStatut[g.statut] = g._count._all;
  const lignes = brutes.map(({ collectivites, phases, ...a }) => ({
    ...a,
    collectivitePrincipale: collectivites[0]?.organisation.nom ?? null,
    departement: departements.get(a.codeDepartement) ?? a.codeDepartement,
    ...etatDesPhases({ statut: a.statut, phases }, aujourdhui),
  }));
  return { lignes, total, page, parPage, pages, tronquee, parStatut };
}

// ─── Ce que l'acteur peut choisir dans les filtres ─────────────────────────────────────────────

export type OptionsListeAteliers = {
  annees: number[];
  regions: { code: string; nom: string }[];
  departements: { code: string; nom: string; codeRegion: string }[];
};

/**
 * Les choix des listes tirés des ateliers de sa portée : un service de l'État ne se voit proposer
 * que ses départements, une collectivité que les siens, la DGALN ceux où un atelier existe.
 */
export async function optionsListeAteliers(acteur: Acteur, client: Client = prisma): Promise<OptionsListeAteliers> {
  const portee = porteeAtelier(acteur, "lire");
  const [codes, bornes] = await Promise.all([
    client.atelier.groupBy({ by: ["codeDepartement"], where: portee }),
    client.atelier.aggregate({ where: portee, _min: { creeLe: true }, _max: { creeLe: true } }),
  ]);
  const lus = codes.length
    ? await client.departement.findMany({
        where: { code: { in: codes.map((c) => c.codeDepartement) } },
        select: { code: true, nom: true, codeRegion: true, region: { select: { nom: true } } },
        orderBy: { code: "asc" },
      })
    : [];
  const regions = new Map(lus.map((d) => [d.codeRegion, d.region.nom]));
  const annee = (d: Date) => Number(new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", year: "numeric" }).format(d));
  const annees: number[] = [];
  if (bornes._min.creeLe && bornes._max.creeLe) for (let a = annee(bornes._max.creeLe); a >= annee(bornes._min.creeLe); a--) annees.push(a);
  return {
    annees,
    regions: [...regions].map(([code, nom]) => ({ code, nom })).sort((a, b) => a.nom.localeCompare(b.nom, "fr")),
    departements: lus.map(({ code, nom, codeRegion }) => ({ code, nom, codeRegion })),
  };
}
