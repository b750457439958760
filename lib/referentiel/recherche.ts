// Recherches dans le référentiel territorial, appelées à chaque frappe par les formulaires.
// Sans `server-only` et avec le client Prisma en paramètre : utilisées aussi par les scripts
// (banc de mesure) et les tests. Mesures : docs/decisions/004-referentiel-territorial.md.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TypeEpci, TypeOrganisation, TypeServiceEtat } from "@/lib/generated/prisma/enums";
import { DEPARTEMENTS_ALSACE, ID_COLLECTIVITE_ALSACE } from "./construire";
import { idServiceEtat } from "./identifiants";
import { normaliserNom } from "./normaliser";

type Client = Pick<PrismaClient, "$queryRawUnsafe">;

export type CollectiviteTrouvee = {
  id: string;
  nom: string;
  type: TypeOrganisation;
  siren: string | null;
  codeInsee: string | null;
  codeDepartement: string | null;
  population: number | null;
};

export type EpciDeCommune = CollectiviteTrouvee & { typeEpci: TypeEpci };
export type DepartementResume = { code: string; nom: string; codeRegion: string };
export type ServiceEtatResume = { id: string; nom: string; typeServiceEtat: TypeServiceEtat; codeDepartement: string };
export type ServiceEtatCompetent = {
  /** Service proposé par défaut (R4) : celui du département du siège. */
  service: ServiceEtatResume | null;
  /** Services des autres départements de la collectivité, qui peuvent être choisis à sa place. */
  alternatives: ServiceEtatResume[];
};

/** Types proposés par défaut : les collectivités, pas les services de l'État ni la DGALN. */
export const TYPES_COLLECTIVITES: readonly TypeOrganisation[] = [
  "commune", "epci", "departement", "region", "syndicat_mixte", "petr", "autre_collectivite",
];

const COLONNES = `o.id::text AS id, o.nom, o.type::text AS type, o.siren, o."codeInsee", o."codeDepartement", o.population`;

/** Longueur à partir de laquelle on cherche aussi en début de mot (« mans » → Le Mans). */
const LONGUEUR_MIN_DEBUT_DE_MOT = 3;
const LIMITE_MAX = 100;

type Saisie =
  | { genre: "siren"; valeur: string }
  | { genre: "insee"; valeur: string }
  | { genre: "departement"; valeur: string }
  | { genre: "debutInsee"; valeur: string }
  | { genre: "nom"; valeur: string };

/** Reconnaît un SIREN (9 chiffres, espaces tolérées), un code INSEE (2A004, 97411), un code de département. */
export function analyserSaisie(texte: string): Saisie | null {
  const compact = texte.replace(/[\s.]/g, "").toUpperCase();
  if (/^\d{9}$/.test(compact)) return { genre: "siren", valeur: compact };
  if (/^(\d{5}|2[AB]\d{3})$/.test(compact)) return { genre: "insee", valeur: compact };
  if (/^(\d{2}|2[AB]|97[1-6])$/.test(compact)) return { genre: "departement", valeur: compact };
  if (/^(\d{3,4}|2[AB]\d{1,2})$/.test(compact)) return { genre: "debutInsee", valeur: compact };
  // « St-Malo », « Ste Foy » : abréviations courantes de Saint / Sainte devant un autre mot.
  const nom = normaliserNom(texte)
    .replace(/(^| )st (?=\p{L})/gu, "$1saint ")
    .replace(/(^| )ste (?=\p{L})/gu, "$1sainte ");
  return /\p{L}/u.test(nom) ? { genre: "nom", valeur: nom } : null;
}

/** Borne supérieure exclusive des chaînes qui commencent par `prefixe` (ordre octet par octet). */
function finDePrefixe(prefixe: string): string {
  const dernier = prefixe.codePointAt(prefixe.length - 1)!;
  return prefixe.slice(0, -1) + String.fromCodePoint(dernier + 1);
}

/**
 * Collectivités par nom (sans accents ni casse, au début du nom ou d'un de ses mots), par code
 * INSEE, par SIREN ou par code de département. Ordre : code ou nom exact d'abord, puis
 * population décroissante.
 */
export async function rechercherCollectivites(
  prisma: Client,
  texte: string,
  options: {
    limite?: number;
    types?: readonly TypeOrganisation[];
    departements?: readonly string[];
    /** Avec `departements` : ces organisations aussi (R4, collectivités à cheval sur ces départements). */
    inclus?: readonly string[];
  } = {},
): Promise<CollectiviteTrouvee[]> {
  const limite = Math.min(Math.max(Math.trunc(options.limite ?? 10), 1), LIMITE_MAX);
  const types = options.types ?? TYPES_COLLECTIVITES;
  const saisie = analyserSaisie(texte);
  if (!saisie || types.length === 0) return [];
  // Restriction facultative aux départements (un agent de DDT cherche dans le sien), dans la requête
  // même pour que la limite s'applique après le filtre.
  const departements = options.departements ? [...options.departements] : null;
  const inclus = [...(options.inclus ?? [])];
  const dans = (n: number) => ` AND ($${n}::text[] IS NULL OR o."codeDepartement" = ANY($${n}::text[]) OR o.id = ANY($${n + 1}::uuid[]))`;

  switch (saisie.genre) {
    case "siren":
      return prisma.$queryRawUnsafe<CollectiviteTrouvee[]>(
        `SELECT ${COLONNES} FROM organisation o WHERE o.siren = $1 AND o.type = ANY($2::"TypeOrganisation"[])${dans(3)}`,
        saisie.valeur, types, departements, inclus,
      );
    case "insee":
      return prisma.$queryRawUnsafe<CollectiviteTrouvee[]>(
        `SELECT ${COLONNES} FROM organisation o WHERE o."codeInsee" = $1 AND o.type = ANY($2::"TypeOrganisation"[])${dans(3)}`,
        saisie.valeur, types, departements, inclus,
      );
    case "departement":
    case "debutInsee":
      // « 53 » : le département, puis ses premières communes ; « 530 » : les communes 530xx.
      return prisma.$queryRawUnsafe<CollectiviteTrouvee[]>(
        `SELECT ${COLONNES} FROM organisation o
         WHERE o.type = ANY($3::"TypeOrganisation"[])
           AND ((o.type = 'departement' AND o."codeDepartement" = $1)
             OR (o."codeInsee" >= $1 AND o."codeInsee" < $2))${dans(5)}
         ORDER BY o."codeInsee" NULLS FIRST LIMIT $4`,
        saisie.valeur, finDePrefixe(saisie.valeur), types, limite, departements, inclus,
      );
    case "nom": {
      const q = saisie.valeur;
      // Début du nom : les opérateurs ~>=~ / ~<~ sont ceux de l'index text_pattern_ops, qui sert
      // quel que soit le plan (générique ou non). Début d'un mot : LIKE '% mot%' parcourt la table
      // (~36 000 lignes, quelques ms) ; un index trigramme le servirait sans changer ce code.
      // `q` ne contient que lettres, chiffres et espaces : rien à échapper pour LIKE.
      const prefixe = `o."nomRecherche" ~>=~ $1 AND o."nomRecherche" ~<~ $2`;
      const debutDeMot = q.length >= LONGUEUR_MIN_DEBUT_DE_MOT;
      return prisma.$queryRawUnsafe<CollectiviteTrouvee[]>(
        `SELECT ${COLONNES} FROM organisation o
         WHERE o.type = ANY($3::"TypeOrganisation"[])
           AND ((${prefixe})${debutDeMot ? ` OR o."nomRecherche" LIKE ('% ' || $1 || '%')` : ""})${dans(5)}
         ORDER BY (o."nomRecherche" = $1) DESC, o.population DESC NULLS LAST, o."nomRecherche", o.id
         LIMIT $4`,
        q, finDePrefixe(q), types, limite, departements, inclus,
      );
    }
  }
}

/** EPCI à fiscalité propre dont la commune est membre (null pour les quatre communes insulaires). */
export async function epciDeCommune(prisma: Client, codeInsee: string): Promise<EpciDeCommune | null> {
  const [epci] = await prisma.$queryRawUnsafe<EpciDeCommune[]>(
    `SELECT ${COLONNES}, e.type::text AS "typeEpci"
     FROM commune c JOIN epci e ON e.siren = c."epciSiren" JOIN organisation o ON o.siren = e.siren
     WHERE c."codeInsee" = $1`,
    codeInsee,
  );
  return epci ?? null;
}

/** Communes membres d'un EPCI, par ordre alphabétique (sans tenir compte des accents). */
export async function communesDeEpci(prisma: Client, siren: string): Promise<CollectiviteTrouvee[]> {
  return prisma.$queryRawUnsafe<CollectiviteTrouvee[]>(
    `SELECT ${COLONNES} FROM commune c JOIN organisation o ON o."codeInsee" = c."codeInsee"
     WHERE c."epciSiren" = $1 ORDER BY o."nomRecherche", o."codeInsee"`,
    siren,
  );
}

type OrganisationCible = {
  id: string;
  type: TypeOrganisation;
  siren: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
};

async function chargerOrganisation(prisma: Client, organisationId: string): Promise<OrganisationCible | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(organisationId)) return null;
  const [o] = await prisma.$queryRawUnsafe<OrganisationCible[]>(
    `SELECT id::text AS id, type::text AS type, siren, "codeDepartement", "codeRegion"
     FROM organisation WHERE id = $1::uuid`,
    organisationId,
  );
  return o ?? null;
}

async function departementsDe(prisma: Client, o: OrganisationCible): Promise<DepartementResume[]> {
  const parCodes = (codes: string[]) =>
    prisma.$queryRawUnsafe<DepartementResume[]>(
      `SELECT d.code, d.nom, d."codeRegion" FROM departement d
       WHERE d.code = ANY($1::text[]) ORDER BY array_position($1::text[], d.code)`,
      codes,
    );
  switch (o.type) {
    case "epci":
      // Départements des communes membres : celui du siège d'abord, puis par nombre de communes.
      return prisma.$queryRawUnsafe<DepartementResume[]>(
        `SELECT d.code, d.nom, d."codeRegion" FROM commune c JOIN departement d ON d.code = c."codeDepartement"
         WHERE c."epciSiren" = $1
         GROUP BY d.code ORDER BY (d.code = $2) DESC, count(*) DESC, d.code`,
        o.siren, o.codeDepartement,
      );
    case "region":
      // Département du chef-lieu (codeDepartement) d'abord.
      return prisma.$queryRawUnsafe<DepartementResume[]>(
        `SELECT d.code, d.nom, d."codeRegion" FROM departement d WHERE d."codeRegion" = $1
         ORDER BY (d.code = $2) DESC, d.code`,
        o.codeRegion, o.codeDepartement,
      );
    case "departement":
      if (o.id === ID_COLLECTIVITE_ALSACE) return parCodes([...DEPARTEMENTS_ALSACE]);
      return parCodes(o.codeDepartement ? [o.codeDepartement] : []);
    default:
      return parCodes(o.codeDepartement ? [o.codeDepartement] : []);
  }
}

/**
 * Départements d'une collectivité : commune → le sien ; EPCI → ceux de ses membres, le siège
 * d'abord ; département → lui-même (les deux pour la Collectivité européenne d'Alsace) ;
 * région → les siens, celui du chef-lieu d'abord. Vide si l'organisation est inconnue.
 */
export async function departementsDeCollectivite(prisma: Client, organisationId: string): Promise<DepartementResume[]> {
  const o = await chargerOrganisation(prisma, organisationId);
  return o ? departementsDe(prisma, o) : [];
}

/**
 * R4 : service de l'État compétent pour une collectivité, celui de son département ; pour une
 * collectivité sur plusieurs départements, celui du siège par défaut, les autres en alternatives.
 * Null si l'organisation est inconnue ; sans service pour un service de l'État ou la DGALN.
 */
export async function serviceEtatCompetent(prisma: Client, organisationId: string): Promise<ServiceEtatCompetent | null> {
  const o = await chargerOrganisation(prisma, organisationId);
  if (!o) return null;
  if (o.type === "service_etat" || o.type === "dgaln") return { service: null, alternatives: [] };
  const codes = (await departementsDe(prisma, o)).map((d) => d.code);
  const ids = codes.map(idServiceEtat);
  const services = await prisma.$queryRawUnsafe<ServiceEtatResume[]>(
    `SELECT id::text AS id, nom, "typeServiceEtat"::text AS "typeServiceEtat", "codeDepartement"
     FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`,
    ids,
  );
  const [service, ...alternatives] = services;
  return { service: service ?? null, alternatives };
}
