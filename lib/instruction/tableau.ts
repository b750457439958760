// La lecture du tableau d'instruction (issue 11) : une page de lignes, le total, les compteurs par
// statut (badges des filtres) et les options des listes de choix. Tout part de la sélection
// (selection.ts) : la portée de l'acteur est dans le `where`, une ligne qu'il ne peut pas voir
// n'est jamais chargée, ni comptée.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { pageDans, type Page } from "@/lib/autorisations/pagination";
import { departementsDe, droitsDe, remplitProfil, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { AvisEtat, PartieSignataire, Prisma } from "@/lib/generated/prisma/client";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import { compterNonLus } from "@/lib/messages/queries";
import { listerSessions } from "@/lib/sessions/queries-acteur";
import type { FiltresTableau } from "./filtres";
import { ordreTableau, rechercherDansLaPortee, selectionTableau } from "./selection";

const SELECTION_LIGNE = {
  id: true,
  reference: true,
  titre: true,
  format: true,
  statut: true,
  codeDepartement: true,
  deposeeLe: true,
  modifieLe: true,
  correctionsEcheance: true,
  hashContenu: true,
  collectivitePrincipale: { select: { nom: true } },
  session: { select: { theme: true } },
  signatures: { where: { invalideeLe: null }, select: { partie: true, hashContenu: true, avis: true } },
} as const satisfies Prisma.CandidatureSelect;

type Brute = Prisma.CandidatureGetPayload<{ select: typeof SELECTION_LIGNE }>;

export type LigneInstruction = Omit<Brute, "signatures" | "hashContenu"> & {
  departement: string;
  /** Parties (collectivité, État) dont la signature porte sur le contenu actuel (R6). */
  signaturesValides: number;
  /** Avis du service de l'État, donné avec sa signature du contenu actuel. */
  avisEtat: AvisEtat | null;
  /** Messages que l'acteur peut lire et n'a pas encore lus. */
  messagesNonLus: number;
};

export type TableauInstruction = Page<LigneInstruction> & {
  /** Nombre de lignes de chaque statut avec les autres filtres (badges du filtre « statut »). */
  parStatut: Record<StatutCandidature, number>;
};

function enLigne(c: Brute, departements: Map<string, string>, nonLus: Map<string, number>): LigneInstruction {
  const actuelles = c.signatures.filter((s) => s.hashContenu === c.hashContenu);
  const parties = new Set<PartieSignataire>(actuelles.map((s) => s.partie));
  const { signatures: _s, hashContenu: _h, ...reste } = c;
  void _s;
  void _h;
  return {
    ...reste,
    departement: departements.get(c.codeDepartement) ?? c.codeDepartement,
    signaturesValides: parties.size,
    avisEtat: actuelles.find((s) => s.partie === "etat")?.avis ?? null,
    messagesNonLus: nonLus.get(c.id) ?? 0,
  };
}

/** Identifiants de la sélection rangés par pertinence (puis référence), pour le tri « pertinence ». */
async function idsParPertinence(where: Prisma.CandidatureWhereInput, rangs: Map<string, number>): Promise<string[]> {
  const trouvees = await prisma.candidature.findMany({ where, select: { id: true, reference: true } });
  return trouvees
    .sort((a, b) => (rangs.get(b.id) ?? 0) - (rangs.get(a.id) ?? 0) || a.reference.localeCompare(b.reference))
    .map((t) => t.id);
}

export async function lireTableau(acteur: Acteur, filtres: FiltresTableau, options: { maintenant?: Date } = {}): Promise<TableauInstruction> {
  const maintenant = options.maintenant ?? new Date();
  // Une seule recherche plein texte, partagée par la sélection et les compteurs.
  const rangs = filtres.q ? await rechercherDansLaPortee(acteur, filtres.q) : null;
  const [{ where }, { where: whereSansStatut }] = await Promise.all([
    selectionTableau(acteur, filtres, { rangs, maintenant }),
    selectionTableau(acteur, filtres, { rangs, maintenant, sansStatut: true }),
  ]);
  const parPertinence = filtres.tri === "pertinence" && rangs !== null;
  // Trié par pertinence, la sélection entière est lue (identifiants seuls) : elle donne aussi le total.
  const [classees, groupes] = await Promise.all([
    parPertinence ? idsParPertinence(where, rangs) : Promise.resolve(null),
    prisma.candidature.groupBy({ by: ["statut"], where: whereSansStatut, _count: { _all: true } }),
  ]);
  const total = classees ? classees.length : await prisma.candidature.count({ where });
  const { page, parPage, pages, tronquee, skip, take } = pageDans({ page: filtres.page }, total);

  // La page en deux temps : ses identifiants dans l'ordre choisi, puis ses lignes avec leurs
  // relations. En une seule requête, PostgreSQL joignait collectivité, session et signatures à
  // chacune des 20 000 candidatures avant de trier et de garder les 20 premières (84 ms sur le jeu
  // national, contre quelques millisecondes ici).
  const ids = classees
    ? classees.slice(skip, skip + take)
    : (await prisma.candidature.findMany({ where, select: { id: true }, orderBy: ordreTableau(filtres.tri, filtres.sens), skip, take })).map((c) => c.id);
  const lues = ids.length ? await prisma.candidature.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: SELECTION_LIGNE }) : [];
  const parId = new Map(lues.map((c) => [c.id, c]));
  const brutes: Brute[] = ids.flatMap((id) => parId.get(id) ?? []);
  const codes = [...new Set(brutes.map((c) => c.codeDepartement))];
  // Les non-lus de toute la page en une requête (badges des lignes).
  const [noms, nonLus] = await Promise.all([
    codes.length ? prisma.departement.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } }) : [],
    compterNonLus(acteur, ids),
  ]);
  const departements = new Map(noms.map((d) => [d.code, d.nom]));

  const parStatut = Object.fromEntries(Object.values(StatutCandidature).map((s) => [s, 0])) as Record<StatutCandidature, number>;
  for (const g of groupes) parStatut[g.statut] = g._count._all;
  return { lignes: brutes.map((c) => enLigne(c, departements, nonLus)), total, page, parPage, pages, tronquee, parStatut };
}

// ─── Ce que l'acteur peut choisir dans les filtres ─────────────────────────────────────────────

export type OptionsTableau = {
  sessions: { id: string; theme: string }[];
  regions: { code: string; nom: string }[];
  departements: { code: string; nom: string; codeRegion: string }[];
};

/**
 * Les départements proposés : tous pour qui voit tout le tableau (DGALN), sinon ceux de ses services
 * de l'État — les mêmes que la portée `candidature.tableau`, tirés de la même politique.
 */
function departementsVisibles(acteur: Acteur): string[] | "tous" {
  const droits = droitsDe("candidature", "tableau");
  if (droits.some((d) => d.lien === "tout" && remplitProfil(acteur, d))) return "tous";
  return [...new Set(departementsDe(acteur, ROLES_PAR_PROFIL.etat))];
}

export async function optionsTableau(acteur: Acteur): Promise<OptionsTableau> {
  const visibles = departementsVisibles(acteur);
  // Les régions se déduisent des départements proposés (toute région en a) : une requête de moins.
  const [sessions, lus] = await Promise.all([
    listerSessions(acteur),
    prisma.departement.findMany({
      where: visibles === "tous" ? {} : { code: { in: visibles } },
      select: { code: true, nom: true, codeRegion: true, region: { select: { nom: true } } },
      orderBy: { code: "asc" },
    }),
  ]);
  const regions = new Map(lus.map((d) => [d.codeRegion, d.region.nom]));
  return {
    sessions: sessions.map((s) => ({ id: s.id, theme: s.theme })),
    regions: [...regions].map(([code, nom]) => ({ code, nom })).sort((a, b) => a.nom.localeCompare(b.nom, "fr")),
    departements: lus.map(({ code, nom, codeRegion }) => ({ code, nom, codeRegion })),
  };
}

/** Nom lisible de l'EPCI et de la commune filtrés par leur code (« CC de l'Ernée »), `null` si inconnu. */
export async function libellesTerritoire(filtres: Pick<FiltresTableau, "epci" | "commune">): Promise<{ epci: string | null; commune: string | null }> {
  const [epci, commune] = await Promise.all([
    filtres.epci ? prisma.epci.findUnique({ where: { siren: filtres.epci }, select: { nom: true } }) : null,
    filtres.commune
      ? prisma.commune.findUnique({ where: { codeInsee: filtres.commune }, select: { nom: true, codeDepartement: true } })
      : null,
  ]);
  return { epci: epci?.nom ?? null, commune: commune ? `${commune.nom} (${commune.codeDepartement})` : null };
}
