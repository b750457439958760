// Filtres de « Mes ateliers » (issue 14), lus depuis l'adresse de la page comme ceux du tableau
// d'instruction (lib/instruction/filtres.ts) : partageables, retrouvés par « précédent », repris tels
// quels par l'export. Une valeur inconnue ou mal formée est ignorée plutôt que refusée.
// Module pur, sans base : la liste, l'export et leurs tests le partagent.
import { jourDeParis } from "@/lib/dates/paris";
import { FormatAtelier, StatutAtelier } from "@/lib/generated/prisma/enums";

export const TRIS_ATELIERS = ["creeLe", "titre", "format", "statut", "departement"] as const;
export type TriAteliers = (typeof TRIS_ATELIERS)[number];
export type Sens = "asc" | "desc";

export type FiltresListeAteliers = {
  /** Titre de l'atelier ou nom d'une de ses collectivités (majuscules indifférentes). */
  q?: string;
  format?: FormatAtelier;
  statut?: StatutAtelier;
  /** Année de création de l'atelier (celle de la sélection qui l'a ouvert), à l'heure de Paris. */
  annee?: number;
  region?: string;
  departement?: string;
  /** Une phase au moins a dépassé sa fin prévue sans être validée. */
  enRetard?: boolean;
  tri: TriAteliers;
  sens: Sens;
  page: number;
};

export const LONGUEUR_MAX_RECHERCHE = 200;
/** Bornes des années acceptées : le programme commence en 2016 ; au-delà, une adresse abîmée. */
export const ANNEE_MIN = 2000;
export const ANNEE_MAX = 2100;

const CODE_DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;
const CODE_REGION = /^\d{2}$/;
const ANNEE = /^\d{4}$/;

type Entree = URLSearchParams | Record<string, string | string[] | undefined>;

function lire(entree: Entree, cle: string): string {
  const brut = entree instanceof URLSearchParams ? entree.get(cle) : entree[cle];
  return ((Array.isArray(brut) ? brut[0] : brut) ?? "").trim();
}

function parmi<T extends string>(valeurs: readonly T[], brut: string): T | undefined {
  return (valeurs as readonly string[]).includes(brut) ? (brut as T) : undefined;
}

/** Textes de A à Z, date de création du plus récent au plus ancien. */
export function sensParDefaut(tri: TriAteliers): Sens {
  return tri === "creeLe" ? "desc" : "asc";
}

export const TRI_PAR_DEFAUT: TriAteliers = "creeLe";

export function lireFiltresAteliers(entree: Entree): FiltresListeAteliers {
  const q = lire(entree, "q").replace(/\s+/g, " ").slice(0, LONGUEUR_MAX_RECHERCHE) || undefined;
  const tri = parmi(TRIS_ATELIERS, lire(entree, "tri")) ?? TRI_PAR_DEFAUT;
  const annee = ANNEE.test(lire(entree, "annee")) ? Number(lire(entree, "annee")) : NaN;
  const page = Number.parseInt(lire(entree, "page"), 10);
  const departement = lire(entree, "departement").toUpperCase();
  return {
    q,
    format: parmi(Object.values(FormatAtelier), lire(entree, "format")),
    statut: parmi(Object.values(StatutAtelier), lire(entree, "statut")),
    annee: annee >= ANNEE_MIN && annee <= ANNEE_MAX ? annee : undefined,
    region: CODE_REGION.test(lire(entree, "region")) ? lire(entree, "region") : undefined,
    departement: CODE_DEPARTEMENT.test(departement) ? departement : undefined,
    enRetard: lire(entree, "enRetard") === "1" || undefined,
    tri,
    sens: parmi(["asc", "desc"] as const, lire(entree, "sens")) ?? sensParDefaut(tri),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** La chaîne de requête qui redonne ces filtres, sans les valeurs par défaut ; `sans` en retire. */
export function ecrireFiltresAteliers(filtres: Partial<FiltresListeAteliers>, sans: (keyof FiltresListeAteliers)[] = []): string {
  const p = new URLSearchParams();
  const tri = filtres.tri ?? TRI_PAR_DEFAUT;
  for (const [cle, valeur] of Object.entries(filtres) as [keyof FiltresListeAteliers, unknown][]) {
    if (sans.includes(cle) || valeur === undefined || valeur === false || valeur === "") continue;
    if (cle === "page" && valeur === 1) continue;
    if (cle === "tri" && valeur === TRI_PAR_DEFAUT) continue;
    if (cle === "sens" && valeur === sensParDefaut(tri)) continue;
    p.set(cle, valeur === true ? "1" : String(valeur));
  }
  return p.toString();
}

/** Le jour civil de Paris de cet instant, à minuit UTC : la forme des dates `@db.Date` des phases. */
export function jourParis(instant: Date): Date {
  return new Date(`${jourDeParis(instant)}T00:00:00Z`);
}

/** Une phase est en retard quand le jour de sa fin prévue est passé et qu'elle n'est pas validée. */
export function phaseEnRetard(phase: { finPrevue: Date | null; statut: string }, aujourdhui: Date): boolean {
  return phase.statut !== "validee" && phase.finPrevue !== null && phase.finPrevue.getTime() < aujourdhui.getTime();
}
