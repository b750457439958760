// Les ateliers réalisés, lus par tous sans connexion (issue 14, décision 036) : ateliers en cours et
// terminés, leur format, leur territoire (collectivités, département, région), leurs dates et, s'il
// a été rendu publiable par la DGALN, leur livrable final. Ce module ne charge QUE ce qui est
// public : ni nom de personne, ni montant, ni contrat, ni livrable non publié. Le téléchargement
// public (chargerLivrablePublic) ne sert que les livrables publiables : tout autre id rend `null`.
import "server-only";
import type { Client } from "@/lib/autorisations/exiger";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { pageDans, type Page } from "@/lib/autorisations/pagination";
import { LIBELLES_TYPE_LIVRABLE } from "@/lib/candidatures/regles/libelles";
import { heureDeParis, jourDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import type { FormatAtelier, Prisma, StatutAtelier, TypeLivrable } from "@/lib/generated/prisma/client";
import { lireFiltresAteliers } from "./filtres";
import { TYPES_PUBLIABLES } from "./phases/publication";

export { CHEMIN_ATELIERS_REALISES } from "./phases/publication";
export const cheminLivrablePublic = (livrableId: string) => `/api/livrables-publics/${livrableId}`;

/** Les ateliers montrés au public : engagés (en cours) ou terminés ; ni en préparation, ni abandonnés. */
export const STATUTS_PUBLICS = ["en_cours", "termine"] as const satisfies readonly StatutAtelier[];

/** Un livrable public : publiable, version courante, final de la restitution, avec son fichier. */
export const LIVRABLE_PUBLIC = {
  publiable: true,
  courant: true,
  fichierId: { not: null },
  type: { in: [...TYPES_PUBLIABLES] },
  phase: { type: "restitution" },
  atelier: { statut: { in: [...STATUTS_PUBLICS] } },
} as const satisfies Prisma.LivrableWhereInput;

export const PAR_PAGE_PUBLIC = 20;

export type FiltresPublics = { annee?: number; format?: FormatAtelier; region?: string; page: number };

/** Les filtres de l'adresse (année, format, région, page) ; une valeur inconnue est ignorée. */
export function lireFiltresPublics(entree: URLSearchParams | Record<string, string | string[] | undefined>): FiltresPublics {
  const { annee, format, region, page } = lireFiltresAteliers(entree);
  return { annee, format, region, page };
}

/** La chaîne de requête de ces filtres (sans la page 1). */
export function ecrireFiltresPublics(f: Partial<FiltresPublics>): string {
  const p = new URLSearchParams();
  if (f.annee) p.set("annee", String(f.annee));
  if (f.format) p.set("format", f.format);
  if (f.region) p.set("region", f.region);
  if (f.page && f.page > 1) p.set("page", String(f.page));
  return p.toString();
}

export type LivrablePublic = { id: string; titre: string; libelleType: string; nomFichier: string; taille: number; lien: string };

export type AtelierPublic = {
  id: string;
  titre: string;
  format: FormatAtelier;
  statut: (typeof STATUTS_PUBLICS)[number];
  /** Année de création (celle de la sélection qui l'a ouvert), à l'heure de Paris. */
  annee: number;
  /** Collectivité principale d'abord. */
  collectivites: string[];
  departement: string;
  region: string;
  /** Début réel de l'atelier (début de l'appropriation), sinon prévu. */
  debut: Date | null;
  /** Fin réelle (restitution validée), sinon prévue. */
  fin: Date | null;
  finReelle: boolean;
  livrables: LivrablePublic[];
};

export type OptionsPubliques = { annees: number[]; regions: { code: string; nom: string }[] };

const BASE: Prisma.AtelierWhereInput = { statut: { in: [...STATUTS_PUBLICS] } };

function selection(f: FiltresPublics): Prisma.AtelierWhereInput {
  const et: Prisma.AtelierWhereInput[] = [BASE];
  if (f.format) et.push({ format: f.format });
  if (f.region) et.push({ codeRegion: f.region });
  if (f.annee) et.push({ creeLe: { gte: heureDeParis(`${f.annee}-01-01T00:00`), lt: heureDeParis(`${f.annee + 1}-01-01T00:00`) } });
  return { AND: et };
}

// Ce qui est lu : rien d'autre (ni pilote, ni équipe, ni contrat, ni coût, ni auteur d'un dépôt).
const SELECTION = {
  id: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  codeRegion: true,
  creeLe: true,
  collectivites: { orderBy: [{ principale: "desc" }], select: { organisation: { select: { nom: true } } } },
  phases: { select: { type: true, debutPrevu: true, debutReel: true, finPrevue: true, finReelle: true } },
  livrables: {
    where: { publiable: true, courant: true, fichierId: { not: null }, type: { in: [...TYPES_PUBLIABLES] }, phase: { type: "restitution" } },
    orderBy: [{ type: "asc" }, { id: "asc" }],
    select: { id: true, titre: true, type: true, nomFichier: true, fichier: { select: { taille: true } } },
  },
} as const satisfies Prisma.AtelierSelect;

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const anneeDe = (d: Date) => Number(jourDeParis(d).slice(0, 4));

export async function lireAteliersPublics(filtres: FiltresPublics, client: Client = prisma): Promise<Page<AtelierPublic> & { options: OptionsPubliques }> {
  const where = selection(filtres);
  const [total, anneesLues, regionsLues] = await Promise.all([
    client.atelier.count({ where }),
    // Les choix des filtres : années (heure de Paris) et régions des ateliers publics, agrégées par
    // PostgreSQL (≈ 3 000 ateliers à l'échelle nationale : aucune ligne chargée).
    client.$queryRaw<{ annee: number }[]>`
      SELECT DISTINCT date_part('year', "creeLe" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::int AS annee
        FROM atelier WHERE statut::text = ANY(${[...STATUTS_PUBLICS]}) ORDER BY annee DESC`,
    client.atelier.groupBy({ by: ["codeRegion"], where: BASE }),
  ]);
  const { page, parPage, pages, tronquee, skip, take } = pageDans({ page: filtres.page, parPage: PAR_PAGE_PUBLIC }, total);
  const brutes = total
    ? // Relations des seules lignes de la page (décision 038).
      await client.atelier.findMany({ where, select: SELECTION, orderBy: [{ creeLe: "desc" }, { id: "asc" }], skip, take, relationLoadStrategy: "query" })
    : [];
  const codesRegions = [...new Set([...regionsLues.map((r) => r.codeRegion), ...brutes.map((a) => a.codeRegion)])];
  const codesDepartements = [...new Set(brutes.map((a) => a.codeDepartement))];
  const [regions, departements] = await Promise.all([
    codesRegions.length ? client.region.findMany({ where: { code: { in: codesRegions } }, select: { code: true, nom: true }, orderBy: { nom: "asc" } }) : [],
    codesDepartements.length ? client.departement.findMany({ where: { code: { in: codesDepartements } }, select: { code: true, nom: true } }) : [],
  ]);
  const nomRegion = new Map(regions.map((r) => [r.code, r.nom]));
  const nomDepartement = new Map(departements.map((d) => [d.code, d.nom]));
  const lignes = brutes.map((a): AtelierPublic => {
    const phase = (type: string) => a.phases.find((p) => p.type === type);
    const appropriation = phase("appropriation");
    const restitution = phase("restitution");
    return {
      id: a.id,
      titre: a.titre,
      format: a.format,
      statut: a.statut as AtelierPublic["statut"],
      annee: anneeDe(a.creeLe),
      collectivites: a.collectivites.map((c) => c.organisation.nom),
      departement: nomDepartement.get(a.codeDepartement) ?? a.codeDepartement,
      region: nomRegion.get(a.codeRegion) ?? a.codeRegion,
      debut: appropriation?.debutReel ?? appropriation?.debutPrevu ?? null,
      fin: restitution?.finReelle ?? restitution?.finPrevue ?? null,
      finReelle: Boolean(restitution?.finReelle),
      livrables: a.livrables.map((l) => ({
        id: l.id,
        titre: l.titre,
        libelleType: majuscule(LIBELLES_TYPE_LIVRABLE[l.type as TypeLivrable]),
        nomFichier: l.nomFichier ?? LIBELLES_TYPE_LIVRABLE[l.type as TypeLivrable],
        taille: l.fichier?.taille ?? 0,
        lien: cheminLivrablePublic(l.id),
      })),
    };
  });
  const annees = anneesLues.map((a) => a.annee);
  return { lignes, total, page, parPage, pages, tronquee, options: { annees, regions } };
}

/** Le fichier d'un livrable public, ou `null` (inexistant, non publiable, ancienne version…) : même réponse. */
export async function chargerLivrablePublic(livrableId: string, client: Client = prisma) {
  if (!estIdentifiant(livrableId)) return null;
  const livrable = await client.livrable.findFirst({
    where: { AND: [{ id: livrableId }, LIVRABLE_PUBLIC] },
    select: { nomFichier: true, type: true, fichier: { select: { contenu: true, typeMime: true, sha256: true } } },
  });
  if (!livrable?.fichier) return null;
  return { nomFichier: livrable.nomFichier ?? LIBELLES_TYPE_LIVRABLE[livrable.type], ...livrable.fichier };
}
