// État de la base du banc avant de mesurer, et remplissage de démonstration (`--preparer-demo`)
// tant que le jeu national (`npm run bench:donnees`) n'existe pas.
import pg from "pg";

export type EtatBase = { migrations: number; candidatures: number; utilisateurs: number; communes: number };

/** Ce que contient la base : migrations appliquées et volume des tables que mesurent les pages. */
export async function etatBase(url: string): Promise<EtatBase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS existe");
    if (!table.rows[0]?.existe) return { migrations: 0, candidatures: 0, utilisateurs: 0, communes: 0 };
    const { rows } = await client.query<{ m: string; c: string; u: string; o: string }>(
      `SELECT (SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL) AS m,
              (SELECT count(*) FROM candidature) AS c,
              (SELECT count(*) FROM utilisateur) AS u,
              (SELECT count(*) FROM organisation WHERE type = 'commune') AS o`,
    );
    const r = rows[0]!;
    return { migrations: Number(r.m), candidatures: Number(r.c), utilisateurs: Number(r.u), communes: Number(r.o) };
  } finally {
    await client.end();
  }
}

/** Message (français) si la base ne peut pas être mesurée ; null si elle est prête. */
export function baseInutilisable(etat: EtatBase): string | null {
  const commandes =
    "Remplissez-la avec le jeu national : « npm run bench:donnees », ou, à défaut, avec les données de démonstration : " +
    "« npm run bench:pages -- --preparer-demo ».";
  if (etat.migrations === 0) return `La base du banc n'a pas de schéma (aucune migration appliquée). ${commandes}`;
  if (etat.communes === 0 || etat.candidatures === 0 || etat.utilisateurs === 0) {
    return `La base du banc est vide (${etat.communes} communes, ${etat.candidatures} candidatures, ${etat.utilisateurs} utilisateurs). ${commandes}`;
  }
  return null;
}

/** Migrations, référentiel et données de démonstration (si la base n'a pas encore de candidatures). */
export async function preparerDemo(url: string, log: (m: string) => void): Promise<void> {
  const { applyMigrations } = await import("../migrations");
  const { createPrismaClient } = await import("../../../lib/prisma-client");
  const { importReferentiel } = await import("../../../lib/referentiel/import");
  const { seedIfEmpty } = await import("../../../prisma/seed/seed");
  const appliquees = await applyMigrations({ url, log });
  log(appliquees.length ? `Migrations appliquées : ${appliquees.length}.` : "Schéma à jour.");
  const prisma = createPrismaClient(url, 4);
  try {
    const r = await importReferentiel({ prisma, log });
    log(`Référentiel ${r.skipped ? "déjà importé" : "importé"}.`);
    log((await seedIfEmpty(prisma, log)) ? "Données de démonstration créées." : "Données existantes conservées.");
  } finally {
    await prisma.$disconnect();
  }
}
