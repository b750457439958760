// `npm start` : base embarquée (sauf DATABASE_URL), migrations, référentiel, données de
// démonstration sur base vide, construction si les sources ont changé, puis `next start`.
// Ctrl-C arrête le serveur web puis PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrations";
import { buildIfNeeded } from "./lib/build";
import { freePort, resetDatabase } from "./lib/postgres-admin";
import { importReferentiel } from "../lib/referentiel/import";
import { libelleVersion } from "../lib/referentiel/source";
import { createPrismaClient } from "../lib/prisma-client";
import { seedIfEmpty } from "../prisma/seed/seed";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    data: { type: "string", default: ".data/postgres" },
    reset: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
    /** Port de la base embarquée d'un dossier autre que celui par défaut (tests de bout en bout). */
    "db-port": { type: "string" },
  },
});

const log = (message: string) => console.log(`[ateliers] ${message}`);
let embedded: EmbeddedDatabase | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  log("Arrêt en cours…");
  if (web && web.exitCode === null && web.pid) {
    // Le serveur Next lance un sous-processus : on arrête tout le groupe.
    try { process.kill(-web.pid, "SIGTERM"); } catch { /* déjà arrêté */ }
    await new Promise((resolve) => web?.once("exit", resolve));
  }
  if (embedded) {
    await embedded.stop();
    log("PostgreSQL embarqué arrêté.");
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
// Le moteur de migration (WebAssembly) signale certaines erreurs hors de toute promesse.
process.on("uncaughtException", (error) => {
  console.error("[ateliers] Erreur inattendue :", error.message);
  void stop(1);
});

// Base embarquée (une seule instance, hors production) : un secret de session aléatoire, conservé à
// côté des données pour que les sessions survivent au redémarrage. En production : NEXTAUTH_SECRET.
function secretLocal(dataDir: string): string {
  const fichier = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.secret`);
  if (!existsSync(fichier)) writeFileSync(fichier, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(fichier, "utf8").trim();
}

async function main() {
  const started = performance.now();
  let url = process.env.DATABASE_URL;
  if (url) {
    log("Base de données : DATABASE_URL (PostgreSQL externe).");
  } else {
    const defaultDir = args.data === ".data/postgres";
    const port = args["db-port"] ? Number(args["db-port"]) : defaultDir ? Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329) : await freePort();
    embedded = await startEmbeddedPostgres({ dataDir: args.data!, port, database: "ateliers", log });
    url = embedded.url;
    log(`PostgreSQL embarqué prêt (données dans ${args.data}, port ${port}).`);
  }
  if (args.reset) {
    await resetDatabase(url);
    log("Base remise à zéro.");
  }
  const applied = await applyMigrations({ url, log });
  log(applied.length ? `Migrations appliquées : ${applied.join(", ")}.` : "Schéma à jour.");

  const prisma = createPrismaClient(url, 4);
  try {
    const referentiel = await importReferentiel({ prisma, log });
    log(`Référentiel ${libelleVersion(referentiel.version)} ${referentiel.skipped ? "déjà importé" : "importé"}.`);
    // Démonstration : toujours sur la base embarquée ; sur un serveur externe seulement si demandé.
    if (embedded || process.env.DONNEES_DEMO === "1") {
      const seeded = await seedIfEmpty(prisma, log);
      log(seeded ? "Données de démonstration créées." : "Données existantes conservées.");
    }
  } finally {
    await prisma.$disconnect();
  }

  const port = args.port!;
  const origin = `http://localhost:${port}`;
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (embedded ? secretLocal(args.data!) : undefined),
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? origin,
    ATELIERS_BASE_EMBARQUEE: embedded ? "1" : process.env.ATELIERS_BASE_EMBARQUEE,
    // Le compteur de requêtes SQL n'est ouvert que par le banc des pages (scripts/bench-pages.ts).
    BANC_COMPTER_REQUETES: undefined,
  };
  if (!args.dev && !args["no-build"]) await buildIfNeeded(env, log);

  const nextBin = "node_modules/next/dist/bin/next";
  web = spawn(process.execPath, [nextBin, args.dev ? "dev" : "start", "-p", port, "-H", "0.0.0.0"], {
    env,
    stdio: "inherit",
    detached: true,
  });
  web.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  log(`Prêt en ${((performance.now() - started) / 1000).toFixed(1)} s avant le démarrage de Next : ${origin}`);
}

main().catch(async (error: unknown) => {
  console.error("[ateliers] Échec du démarrage :", error instanceof Error ? error.message : error);
  await stop(1);
});
