// Filtres du tableau d'instruction (issue 11), lus depuis l'adresse de la page : ils sont
// partageables, le bouton « précédent » les retrouve, une vue enregistrée n'est que leur chaîne de
// requête, et l'export reprend exactement la sélection affichée. Une valeur inconnue ou mal formée
// est ignorée (aucun filtre) plutôt que refusée : une adresse ancienne ou abîmée reste lisible.
// Module pur, sans base : le tableau, l'export et les vues le partagent.
import { FormatAtelier, StatutCandidature } from "@/lib/generated/prisma/enums";

export const TRIS_TABLEAU = ["pertinence", "reference", "titre", "collectivite", "format", "statut", "departement", "session", "deposeeLe", "modifieLe"] as const;
export type TriTableau = (typeof TRIS_TABLEAU)[number];
export type Sens = "asc" | "desc";

export type FiltresTableau = {
  /** Recherche plein texte (référence, collectivités, territoire, note d'opportunité). */
  q?: string;
  format?: FormatAtelier;
  statut?: StatutCandidature;
  /** Identifiant de la session nationale. */
  session?: string;
  region?: string;
  departement?: string;
  /** SIREN d'un EPCI : candidatures dont le périmètre touche cet EPCI. */
  epci?: string;
  /** Code INSEE d'une commune : candidatures dont le périmètre la comprend. */
  commune?: string;
  /** Déposée entre ces deux jours (AAAA-MM-JJ, bornes incluses, jours de Paris). */
  deposeeDu?: string;
  deposeeAu?: string;
  /** Candidatures qui attendent encore une signature (brouillon, à corriger). */
  signaturesIncompletes?: boolean;
  /** Corrections demandées dont l'échéance est passée sans nouveau dépôt. */
  enRetard?: boolean;
  tri: TriTableau;
  sens: Sens;
  page: number;
};

export const LONGUEUR_MAX_RECHERCHE = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOUR = /^\d{4}-\d{2}-\d{2}$/;
const CODE_DEPARTEMENT = /^(\d{2}|2A|2B|97\d)$/;
const CODE_REGION = /^\d{2}$/;
const SIREN = /^\d{9}$/;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

type Entree = URLSearchParams | Record<string, string | string[] | undefined>;

function lire(entree: Entree, cle: string): string {
  const brut = entree instanceof URLSearchParams ? entree.get(cle) : entree[cle];
  return ((Array.isArray(brut) ? brut[0] : brut) ?? "").trim();
}

function jourValide(valeur: string): string | undefined {
  if (!JOUR.test(valeur)) return undefined;
  const d = new Date(`${valeur}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== valeur ? undefined : valeur;
}

function parmi<T extends string>(valeurs: readonly T[], brut: string): T | undefined {
  return (valeurs as readonly string[]).includes(brut) ? (brut as T) : undefined;
}

/** Les colonnes de texte se lisent de A à Z, les dates et la pertinence du plus récent ou plus proche. */
export function sensParDefaut(tri: TriTableau): Sens {
  return tri === "reference" || tri === "titre" || tri === "collectivite" || tri === "departement" || tri === "format" || tri === "statut" || tri === "session"
    ? "asc"
    : "desc";
}

/** Les filtres d'une adresse ; ce qui n'est pas reconnu est ignoré. */
export function lireFiltres(entree: Entree): FiltresTableau {
  const q = lire(entree, "q").replace(/\s+/g, " ").slice(0, LONGUEUR_MAX_RECHERCHE) || undefined;
  const tri = parmi(TRIS_TABLEAU, lire(entree, "tri")) ?? (q ? "pertinence" : "deposeeLe");
  const sensLu = parmi(["asc", "desc"] as const, lire(entree, "sens"));
  const page = Number.parseInt(lire(entree, "page"), 10);
  return {
    q,
    format: parmi(Object.values(FormatAtelier), lire(entree, "format")),
    statut: parmi(Object.values(StatutCandidature), lire(entree, "statut")),
    session: UUID.test(lire(entree, "session")) ? lire(entree, "session").toLowerCase() : undefined,
    region: CODE_REGION.test(lire(entree, "region")) ? lire(entree, "region") : undefined,
    departement: CODE_DEPARTEMENT.test(lire(entree, "departement").toUpperCase()) ? lire(entree, "departement").toUpperCase() : undefined,
    epci: SIREN.test(lire(entree, "epci")) ? lire(entree, "epci") : undefined,
    commune: INSEE.test(lire(entree, "commune").toUpperCase()) ? lire(entree, "commune").toUpperCase() : undefined,
    deposeeDu: jourValide(lire(entree, "deposeeDu")),
    deposeeAu: jourValide(lire(entree, "deposeeAu")),
    signaturesIncompletes: lire(entree, "signaturesIncompletes") === "1" || undefined,
    enRetard: lire(entree, "enRetard") === "1" || undefined,
    tri: tri === "pertinence" && !q ? "deposeeLe" : tri,
    sens: sensLu ?? sensParDefaut(tri),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** La chaîne de requête qui redonne ces filtres (sans les valeurs par défaut) ; `sans` en retire. */
export function ecrireFiltres(filtres: Partial<FiltresTableau>, sans: (keyof FiltresTableau)[] = []): string {
  const p = new URLSearchParams();
  const triParDefaut: TriTableau = filtres.q ? "pertinence" : "deposeeLe";
  const tri = filtres.tri ?? triParDefaut;
  for (const [cle, valeur] of Object.entries(filtres) as [keyof FiltresTableau, unknown][]) {
    if (sans.includes(cle) || valeur === undefined || valeur === false || valeur === "") continue;
    if (cle === "page" && valeur === 1) continue;
    if (cle === "tri" && valeur === triParDefaut) continue;
    if (cle === "sens" && valeur === sensParDefaut(tri)) continue;
    p.set(cle, valeur === true ? "1" : String(valeur));
  }
  return p.toString();
}
