// Identifiants que résolvent les lignes du tableau des pages (pages.ts) : lus dans la base du banc,
// pour la personne qui tient le rôle, avec des critères qui chargent la page (beaucoup de pièces,
// milieu du jeu national, page profonde d'une liste).
import pg from "pg";
import { PAR_PAGE_DEFAUT } from "../../../lib/autorisations/pagination";
import type { Role } from "./roles";

export type Contexte = {
  /** Identifiant de l'utilisateur qui tient le rôle (voir roles.ts). */
  utilisateur(role: Role): string;
  requete<T extends pg.QueryResultRow>(sql: string, parametres?: unknown[]): Promise<T[]>;
};

/** Le contexte des lignes d'un banc : qui tient chaque rôle connecté, et la base pour les lire ; `fermer` à la fin. */
export function ouvrirContexte(url: string, connexions: Map<Role, { utilisateurId: string }>): Contexte & { fermer(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    utilisateur: (role) => {
      const c = connexions.get(role);
      if (!c) throw new Error(`personne ne tient le rôle « ${role} » dans la base du banc`);
      return c.utilisateurId;
    },
    requete: async (sql, parametres) => (await pool.query(sql, parametres)).rows,
    fermer: () => pool.end(),
  };
}

/** Candidatures que le rôle peut lire : ses collectivités, son service de l'État, la DGALN, ses affectations de juré. */
const PORTEE = `
  WITH orgs AS (
    SELECT a."organisationId" AS id, o.type FROM appartenance a JOIN organisation o ON o.id = a."organisationId"
    WHERE a."utilisateurId" = $1
  )
  SELECT c.* FROM candidature c
  WHERE EXISTS (SELECT 1 FROM orgs WHERE orgs.type = 'dgaln')
     OR c."collectivitePrincipaleId" IN (SELECT id FROM orgs)
     OR c."serviceEtatId" IN (SELECT id FROM orgs)
     OR EXISTS (SELECT 1 FROM candidature_porteuse p WHERE p."candidatureId" = c.id AND p."organisationId" IN (SELECT id FROM orgs))
     OR EXISTS (SELECT 1 FROM affectation_jury af JOIN membre_jury mj ON mj.id = af."membreJuryId"
                WHERE af."candidatureId" = c.id AND mj."utilisateurId" = $1)`;

const NB_PIECES = `(SELECT count(*) FROM piece p WHERE p."candidatureId" = v.id AND p.courante)`;

export type Critere = {
  /** Statuts à préférer (une candidature d'un autre statut sert à défaut : la page doit alors rendre quand même). */
  preferer?: string[];
  /** « pieces » : celle qui a le plus de pièces ; « milieu » : celle du milieu par référence. */
  choix?: "pieces" | "milieu";
};

function introuvable(quoi: string, role: Role): Error {
  return new Error(`aucune ${quoi} lisible par le rôle « ${role} » dans la base du banc`);
}

/** Une candidature lisible par le rôle. */
export async function candidature(ctx: Contexte, role: Role, critere: Critere = {}): Promise<string> {
  const preferee = `(v.statut::text = ANY($2::text[])) DESC`;
  const sql =
    critere.choix === "milieu"
      ? `SELECT v.id FROM (${PORTEE}) v ORDER BY ${preferee}, v.reference
         OFFSET (SELECT count(*) / 2 FROM (${PORTEE}) w WHERE cardinality($2::text[]) = 0 OR w.statut::text = ANY($2::text[])) LIMIT 1`
      : `SELECT v.id FROM (${PORTEE}) v ORDER BY ${preferee}, ${NB_PIECES} DESC, v.reference LIMIT 1`;
  const [ligne] = await ctx.requete<{ id: string }>(sql, [ctx.utilisateur(role), critere.preferer ?? []]);
  if (!ligne) throw introuvable("candidature", role);
  return ligne.id;
}

/** La pièce courante la plus lourde d'une candidature lisible par le rôle. */
export async function piece(ctx: Contexte, role: Role): Promise<string> {
  const [ligne] = await ctx.requete<{ id: string }>(
    `SELECT p.id FROM piece p JOIN fichier f ON f.id = p."fichierId" JOIN (${PORTEE}) v ON v.id = p."candidatureId"
     WHERE p.courante ORDER BY f.taille DESC, p.id LIMIT 1`,
    [ctx.utilisateur(role)],
  );
  if (!ligne) throw introuvable("pièce", role);
  return ligne.id;
}

/** Une candidature déposée (avec récépissé) lisible par le rôle. */
export async function candidatureDeposee(ctx: Contexte, role: Role): Promise<string> {
  const [ligne] = await ctx.requete<{ id: string }>(
    `SELECT v.id FROM (${PORTEE}) v JOIN depot d ON d."candidatureId" = v.id
     WHERE d."recepisseId" IS NOT NULL ORDER BY v.reference LIMIT 1`,
    [ctx.utilisateur(role)],
  );
  if (!ligne) throw introuvable("candidature déposée avec récépissé", role);
  return ligne.id;
}

/** Numéro de la page du milieu de la liste des candidatures du rôle (au moins 1). */
export async function pageDuMilieu(ctx: Contexte, role: Role): Promise<number> {
  const [ligne] = await ctx.requete<{ n: string }>(`SELECT count(*) AS n FROM (${PORTEE}) v`, [ctx.utilisateur(role)]);
  const pages = Math.ceil(Number(ligne?.n ?? 0) / PAR_PAGE_DEFAUT);
  return Math.max(1, Math.ceil(pages / 2));
}

/** L'organisation du rôle qui a le plus de membres. */
export async function organisation(ctx: Contexte, role: Role): Promise<string> {
  const [ligne] = await ctx.requete<{ id: string }>(
    `SELECT a."organisationId" AS id FROM appartenance a WHERE a."utilisateurId" = $1
     ORDER BY (SELECT count(*) FROM appartenance b WHERE b."organisationId" = a."organisationId") DESC LIMIT 1`,
    [ctx.utilisateur(role)],
  );
  if (!ligne) throw introuvable("organisation", role);
  return ligne.id;
}

/** L'organisation qui a le plus de membres (vue d'administration). */
export async function organisationLaPlusPeuplee(ctx: Contexte): Promise<string> {
  const [ligne] = await ctx.requete<{ id: string }>(
    `SELECT "organisationId" AS id FROM appartenance GROUP BY "organisationId" ORDER BY count(*) DESC, "organisationId" LIMIT 1`,
  );
  if (!ligne) throw new Error("aucune organisation avec des membres dans la base du banc");
  return ligne.id;
}

/** Page du milieu de la liste d'administration des communes d'un département. */
export async function pageCommunesDuMilieu(ctx: Contexte, departement: string): Promise<number> {
  const [ligne] = await ctx.requete<{ n: string }>(
    `SELECT count(*) AS n FROM organisation WHERE type = 'commune' AND "codeDepartement" = $1`,
    [departement],
  );
  return Math.max(1, Math.ceil(Math.ceil(Number(ligne?.n ?? 0) / PAR_PAGE_DEFAUT) / 2));
}

/** La collectivité principale de la candidature du rôle qui a le plus de pièces. */
export async function collectivitePrincipale(ctx: Contexte, role: Role): Promise<string> {
  const id = await candidature(ctx, role, { choix: "pieces" });
  const [ligne] = await ctx.requete<{ id: string }>(`SELECT "collectivitePrincipaleId" AS id FROM candidature WHERE id = $1`, [id]);
  return ligne!.id;
}

/** La session nationale la plus chargée (le plus de candidatures) : celle du banc de délibération quand elle existe. */
export async function sessionLaPlusChargee(ctx: Contexte): Promise<string> {
  const [s] = await ctx.requete<{ id: string }>(
    `SELECT "sessionId" AS id FROM candidature WHERE "sessionId" IS NOT NULL GROUP BY "sessionId" ORDER BY count(*) DESC, "sessionId" LIMIT 1`,
  );
  if (!s) throw new Error("aucune session nationale dans la base du banc");
  return s.id;
}

/**
 * L'atelier lisible par le rôle qui a le plus d'événements (fiche la plus chargée) : une de ses
 * collectivités, un atelier de son service ou de son département, tous pour la DGALN.
 */
export async function atelier(ctx: Contexte, role: Role): Promise<string> {
  const [ligne] = await ctx.requete<{ id: string }>(
    `WITH orgs AS (
       SELECT o.id, o.type, o."codeDepartement" FROM appartenance a JOIN organisation o ON o.id = a."organisationId" WHERE a."utilisateurId" = $1
     )
     SELECT at.id FROM atelier at
     WHERE EXISTS (SELECT 1 FROM orgs WHERE orgs.type = 'dgaln')
        OR at."serviceEtatId" IN (SELECT id FROM orgs)
        OR at."codeDepartement" IN (SELECT "codeDepartement" FROM orgs WHERE orgs.type = 'service_etat')
        OR EXISTS (SELECT 1 FROM atelier_collectivite ac WHERE ac."atelierId" = at.id AND ac."organisationId" IN (SELECT id FROM orgs))
     ORDER BY (SELECT count(*) FROM evenement e WHERE e."atelierId" = at.id) DESC, at.id
     LIMIT 1`,
    [ctx.utilisateur(role)],
  );
  if (!ligne) throw new Error(`aucun atelier lisible par le rôle « ${role} » dans la base du banc`);
  return ligne.id;
}
