// La sélection du tableau d'instruction (issue 11) : la portée de l'acteur (politique,
// `candidature.tableau`), les filtres de l'adresse et la recherche plein texte, traduits en un seul
// `where` Prisma. Le tableau, ses compteurs par statut et les exports CSV/XLSX partent de cette
// même sélection : un export contient exactement les lignes que l'acteur voit avec ces filtres.
//
// Recherche : PostgreSQL plein texte, configuration `fr_sans_accents` (français, sans accents ni
// casse ; migration 20261130022011_instruction), chaque mot pris comme préfixe (« andouil » trouve
// Andouillé), plus la référence par préfixe (« ADT-2026-000 »). La requête brute rend les
// identifiants qui correspondent et leur rang ; le `where` Prisma les croise avec la portée et les
// filtres : la permission reste dans le `where`, jamais dans du SQL écrit à la main.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { STATUTS_SIGNABLES } from "@/lib/candidatures/regles/transitions";
import { heureDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FiltresTableau, Sens, TriTableau } from "./filtres";

export type Selection = {
  where: Prisma.CandidatureWhereInput;
  /** Rang de pertinence de chaque candidature trouvée par la recherche ; `null` sans recherche. */
  rangs: Map<string, number> | null;
};

/** Les mots de la recherche, réduits aux lettres et chiffres (rien d'autre n'atteint la requête). */
export function motsRecherche(texte: string): string[] {
  return (texte.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** Chaque mot comme préfixe, tous requis : « andouil 53 » → `andouil:* & 53:*`. */
export function requeteTexte(mots: string[]): string {
  return mots.map((m) => `${m.toLowerCase()}:*`).join(" & ");
}

/** La référence tapée telle quelle (« ADT-2026-000 ») : préfixe, sans jokers venus de la saisie. */
function prefixeReference(texte: string): string | null {
  const t = texte.trim().toUpperCase();
  return /^ADT-[\d-]*$/.test(t) ? `${t}%` : null;
}

type Trouvee = { id: string; rang: number };

/**
 * Identifiants trouvés par la recherche et leur rang ; `null` si le texte ne contient aucun mot.
 * `parmi` : ne chercher que parmi ces candidatures (un seul paramètre tableau).
 */
export async function rechercherTexte(texte: string, parmi?: string[]): Promise<Map<string, number> | null> {
  const mots = motsRecherche(texte);
  if (mots.length === 0) return null;
  const reference = prefixeReference(texte);
  const requete = requeteTexte(mots);
  const dans = parmi ? Prisma.sql`AND id = ANY(${parmi}::uuid[])` : Prisma.empty;
  // Deux requêtes distinctes plutôt qu'un OR : sans référence tapée, PostgreSQL passe toujours par
  // l'index GIN, quel que soit le plan qu'il garde pour une requête préparée.
  const trouvees = reference
    ? await prisma.$queryRaw<Trouvee[]>`
        SELECT id::text AS id, ts_rank_cd(recherche, q) + CASE WHEN reference LIKE ${reference} THEN 10 ELSE 0 END AS rang
        FROM candidature, to_tsquery('fr_sans_accents', ${requete}) AS q
        WHERE (recherche @@ q OR reference LIKE ${reference}) ${dans}`
    : await prisma.$queryRaw<Trouvee[]>`
        SELECT id::text AS id, ts_rank_cd(recherche, q) AS rang
        FROM candidature, to_tsquery('fr_sans_accents', ${requete}) AS q
        WHERE recherche @@ q ${dans}`;
  return new Map(trouvees.map((t) => [t.id, Number(t.rang)]));
}

/**
 * La recherche dans la portée de l'acteur. Pour qui voit tout (DGALN), dans toute la table ; pour un
 * service de l'État, parmi les candidatures de sa portée seulement (quelques centaines, lues par
 * l'index du département) : une recherche large (« centre bourg » : des milliers de candidatures en
 * France) ne classe alors que les siennes, et aucune requête du tableau ne porte une liste de
 * milliers d'identifiants. La portée vient toujours de la politique.
 */
export async function rechercherDansLaPortee(acteur: Acteur, texte: string): Promise<Map<string, number> | null> {
  const portee = porteeCandidature(acteur, "tableau");
  if (Object.keys(portee).length === 0) return rechercherTexte(texte);
  const dansLaPortee = await prisma.candidature.findMany({ where: portee, select: { id: true } });
  return rechercherTexte(texte, dansLaPortee.map((c) => c.id));
}

/** Début du jour de Paris `jour` (AAAA-MM-JJ), et début du lendemain. */
function jourDeParis(jour: string, lendemain = false): Date {
  const debut = heureDeParis(`${jour}T00:00`);
  if (!lendemain) return debut;
  const suivant = new Date(Date.UTC(Number(jour.slice(0, 4)), Number(jour.slice(5, 7)) - 1, Number(jour.slice(8, 10)) + 1));
  return heureDeParis(`${suivant.toISOString().slice(0, 10)}T00:00`);
}

/** Statuts où une signature est encore attendue : signables, sauf « signée » (les deux y sont). */
export const STATUTS_SIGNATURES_INCOMPLETES = [...STATUTS_SIGNABLES.filter((s) => s !== "signee"), "a_corriger" as const];

/** Les filtres (hors recherche) en `where` ; `sansStatut` pour compter chaque statut. */
export function whereFiltres(f: FiltresTableau, maintenant: Date, options: { sansStatut?: boolean } = {}): Prisma.CandidatureWhereInput[] {
  const et: Prisma.CandidatureWhereInput[] = [];
  if (f.format) et.push({ format: f.format });
  if (f.statut && !options.sansStatut) et.push({ statut: f.statut });
  if (f.session) et.push({ sessionId: f.session });
  if (f.region) et.push({ codeRegion: f.region });
  if (f.departement) et.push({ codeDepartement: f.departement });
  if (f.commune) et.push({ communes: { some: { codeInsee: f.commune } } });
  if (f.epci) et.push({ OR: [{ epci: { some: { epciSiren: f.epci } } }, { communes: { some: { commune: { epciSiren: f.epci } } } }] });
  if (f.deposeeDu || f.deposeeAu) {
    et.push({
      deposeeLe: {
        ...(f.deposeeDu && { gte: jourDeParis(f.deposeeDu) }),
        ...(f.deposeeAu && { lt: jourDeParis(f.deposeeAu, true) }),
      },
    });
  }
  if (f.signaturesIncompletes) et.push({ statut: { in: STATUTS_SIGNATURES_INCOMPLETES } });
  // L'échéance n'a de sens que pendant la demande de corrections (elle est effacée au dépôt suivant).
  if (f.enRetard) et.push({ statut: "a_corriger", correctionsEcheance: { lt: maintenant } });
  return et;
}

/** La sélection de l'acteur pour ces filtres. */
export async function selectionTableau(
  acteur: Acteur,
  filtres: FiltresTableau,
  options: { sansStatut?: boolean; maintenant?: Date; rangs?: Map<string, number> | null } = {},
): Promise<Selection> {
  const rangs = options.rangs !== undefined ? options.rangs : filtres.q ? await rechercherDansLaPortee(acteur, filtres.q) : null;
  const where: Prisma.CandidatureWhereInput = {
    AND: [
      porteeCandidature(acteur, "tableau"),
      ...whereFiltres(filtres, options.maintenant ?? new Date(), options),
      ...(rangs ? [{ id: { in: [...rangs.keys()] } }] : []),
    ],
  };
  return { where, rangs };
}

/** L'ordre Prisma d'une colonne ; l'identifiant départage les égalités (pages stables). */
export function ordreTableau(tri: TriTableau, sens: Sens): Prisma.CandidatureOrderByWithRelationInput[] {
  const colonne: Prisma.CandidatureOrderByWithRelationInput = (() => {
    switch (tri) {
      case "reference":
      case "pertinence":
        return { reference: sens };
      case "titre":
        return { titre: sens };
      case "collectivite":
        return { collectivitePrincipale: { nom: sens } };
      case "format":
        return { format: sens };
      case "statut":
        return { statut: sens };
      case "departement":
        return { codeDepartement: sens };
      case "session":
        return { session: { theme: sens } };
      case "deposeeLe":
        return { deposeeLe: { sort: sens, nulls: "last" } };
      case "modifieLe":
        return { modifieLe: sens };
    }
  })();
  return [colonne, { id: "asc" }];
}
