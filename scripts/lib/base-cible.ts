// Base visée par les commandes d'exploitation (migrations, sauvegarde, restauration) :
// DATABASE_URL si elle est définie, sinon la base embarquée de `npm start` (.data/postgres,
// port 54329, base « ateliers »), réutilisée si `npm start` tourne déjà, démarrée le temps de la
// commande sinon.
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

// Mêmes réglages que scripts/start.ts.
export const EMBEDDED = {
  dataDir: ".data/postgres",
  port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
  database: "ateliers",
};

/** La base embarquée de `npm start` répond-elle déjà (serveur lancé par un autre processus) ? */
async function runningEmbeddedUrl(): Promise<string | undefined> {
  const url = `postgresql://ateliers:ateliers@127.0.0.1:${EMBEDDED.port}/${EMBEDDED.database}`;
  return (await baseRepond(url)) ? url : undefined;
}

/** La base répond-elle (une connexion aboutit en moins d'une seconde) ? */
export async function baseRepond(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function withDatabase<T>(log: (message: string) => void, fn: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) {
    log("Base de données : DATABASE_URL.");
    return fn(process.env.DATABASE_URL);
  }
  const running = await runningEmbeddedUrl();
  if (running) {
    log(`Base embarquée déjà démarrée (port ${EMBEDDED.port}).`);
    return fn(running);
  }
  let embedded: EmbeddedDatabase | undefined;
  try {
    embedded = await startEmbeddedPostgres({ ...EMBEDDED, log });
    log(`PostgreSQL embarqué démarré (données dans ${EMBEDDED.dataDir}, port ${EMBEDDED.port}).`);
    return await fn(embedded.url);
  } finally {
    await embedded?.stop();
  }
}
