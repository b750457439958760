// Une fois par exécution des tests d'intégration : démarre PostgreSQL (embarqué, sauf si
// DATABASE_URL désigne un serveur), construit la base modèle (migrations + référentiel).
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/postgres-admin";
import { applyMigrations } from "../../scripts/lib/migrations";
import { importReferentiel } from "../../lib/referentiel/import";
import { createPrismaClient } from "../../lib/prisma-client";
import { TEMPLATE_DATABASE, withAdminClient, withDatabase } from "./db";

let embedded: EmbeddedDatabase | undefined;
let temporaire: string | undefined;

/** Une grappe déjà démarrée par une autre exécution (son postmaster.pid désigne un processus vivant) ? */
function grappeOccupee(dataDir: string): boolean {
  const fichier = path.join(dataDir, "postmaster.pid");
  if (!existsSync(fichier)) return false;
  const pid = Number(readFileSync(fichier, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // Port libre et, si la grappe habituelle sert déjà à une autre exécution simultanée, une grappe
    // propre à celle-ci (supprimée à la fin) : plusieurs exécutions peuvent tourner en même temps.
    const dataDir = grappeOccupee(".data/postgres-test") ? `.data/postgres-test-${process.pid}` : ".data/postgres-test";
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres" });
    adminUrl = embedded.url;
    if (dataDir !== ".data/postgres-test") temporaire = dataDir;
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
    // Grappe relayée hors du dépôt (root, dossier fermé : scripts/lib/postgres-relais.ts) : temporaire
    // n'en est que le lien.
    if (temporaire) for (const d of [temporaire, embedded?.dataDir]) if (d) rmSync(d, { recursive: true, force: true });
  };
}
