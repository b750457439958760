// Une fois par exécution des tests d'intégration : démarre PostgreSQL (embarqué, sauf si
// DATABASE_URL désigne un serveur), construit la base modèle (migrations + référentiel).
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/postgres-admin";
import { applyMigrations } from "../../scripts/lib/migrations";
import { importReferentiel } from "../../lib/referentiel/import";
import { createPrismaClient } from "../../lib/prisma-client";
import { TEMPLATE_DATABASE, withAdminClient, withDatabase } from "./db";

let embedded: EmbeddedDatabase | undefined;

export default async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // Port libre : plusieurs exécutions (clones, CI) peuvent tourner en même temps.
    embedded = await startEmbeddedPostgres({ dataDir: ".data/postgres-test", port: await freePort(), database: "postgres" });
    adminUrl = embedded.url;
  }
  await withAdminClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  });
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations({ url: templateUrl });
  const prisma = createPrismaClient(templateUrl);
  await importReferentiel({ prisma });
  await prisma.$disconnect();
  project.provide("adminUrl", adminUrl);
  return async () => {
    await embedded?.stop();
  };
}
