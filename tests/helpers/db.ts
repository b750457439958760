// Bases de test : une grappe PostgreSQL par exécution (embarquée, ou le serveur de
// DATABASE_URL), un modèle migré avec le référentiel importé, puis une base par fichier de test.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export const TEMPLATE_DATABASE = "ateliers_test_modele";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function create(adminUrl: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ateliers_test_${randomBytes(6).toString("hex")}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Base vide (sans tables), pour les tests de migration. */
export function createTestDatabase() {
  return create(inject("adminUrl"));
}

/** Base migrée contenant le référentiel territorial, sans données de démonstration. */
export function createMigratedTestDatabase() {
  return create(inject("adminUrl"), TEMPLATE_DATABASE);
}

export { create as createDatabaseOn, admin as withAdminClient };
