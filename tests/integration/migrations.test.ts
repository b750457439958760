// Migrations hors ligne (scripts/lib/migrations.ts) sur des bases vides neuves : schéma obtenu
// conforme à schema.prisma, historique identique à celui de `prisma migrate deploy`, exécutions
// concurrentes, journal d'audit en ajout seul.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  DEFAULT_MIGRATIONS_DIR,
  diffSchemaAgainstDatabase,
  resolveMigration,
} from "@/scripts/lib/migrations";
import { createTestDatabase } from "../helpers/db";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

async function migrationNames(dir = DEFAULT_MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

describe("base vide migrée", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let applied: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    applied = await applyMigrations({ url: db.url });
    client = await connect(db.url);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it("applique toutes les migrations du dossier, dans l'ordre", async () => {
    expect(applied).toEqual(await migrationNames());
    expect(applied.length).toBeGreaterThan(0);
  });

  it("obtient exactement le schéma de schema.prisma (aucune dérive)", async () => {
    expect(await diffSchemaAgainstDatabase({ url: db.url })).toEqual({ inSync: true, sql: "" });
  });

  it("enregistre l'historique comme `prisma migrate deploy`", async () => {
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
      logs: string | null;
    }>("SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      const file = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });

  it("n'applique rien au second passage", async () => {
    expect(await applyMigrations({ url: db.url })).toEqual([]);
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations");
    expect(rows[0]?.n).toBe(applied.length);
  });

  it("refuse toute modification ou suppression dans le journal d'audit", async () => {
    await client.query(
      `INSERT INTO evenement (type, entite, "entiteId", resume, "hashPrecedent", hash)
       VALUES ('test.migrations', 'test', '1', 'Événement de test', '', 'empreinte-test-migrations')`,
    );
    const refus = /journal d'audit est en ajout seul/;
    await expect(client.query("UPDATE evenement SET resume = 'modifié'")).rejects.toThrow(refus);
    await expect(client.query("DELETE FROM evenement")).rejects.toThrow(refus);
    await expect(client.query("TRUNCATE evenement")).rejects.toThrow(refus);
    const { rows } = await client.query<{ resume: string }>("SELECT resume FROM evenement");
    expect(rows).toEqual([{ resume: "Événement de test" }]);
  });

  // Chaque écart introduit à la main doit être vu, puis disparaître une fois corrigé : la
  // comparaison n'est pas vide par construction.
  it.each([
    {
      ecart: "colonne supprimée",
      casse: `ALTER TABLE "organisation" DROP COLUMN "siret"`,
      repare: `ALTER TABLE "organisation" ADD COLUMN "siret" TEXT`,
      attendu: /ADD COLUMN\s+"siret" TEXT/,
    },
    {
      ecart: "nullabilité",
      casse: `ALTER TABLE "utilisateur" ALTER COLUMN "email" DROP NOT NULL`,
      repare: `ALTER TABLE "utilisateur" ALTER COLUMN "email" SET NOT NULL`,
      attendu: /"email" SET NOT NULL/,
    },
    {
      ecart: "valeur par défaut",
      casse: `ALTER TABLE "candidature" ALTER COLUMN "version" SET DEFAULT 2`,
      repare: `ALTER TABLE "candidature" ALTER COLUMN "version" SET DEFAULT 1`,
      attendu: /"version" SET DEFAULT 1/,
    },
    {
      ecart: "index supprimé",
      casse: `DROP INDEX "evenement_entite_entiteId_idx"`,
      repare: `CREATE INDEX "evenement_entite_entiteId_idx" ON "evenement"("entite", "entiteId")`,
      attendu: /CREATE INDEX "evenement_entite_entiteId_idx"/,
    },
    {
      ecart: "classe d'opérateurs perdue (index de recherche par préfixe)",
      casse: `DROP INDEX "organisation_nom_recherche_prefixe_idx";
              CREATE INDEX "organisation_nom_recherche_prefixe_idx" ON "organisation"("nomRecherche")`,
      repare: `DROP INDEX "organisation_nom_recherche_prefixe_idx";
               CREATE INDEX "organisation_nom_recherche_prefixe_idx" ON "organisation"("nomRecherche" text_pattern_ops)`,
      attendu: /"nomRecherche" text_pattern_ops/,
    },
    {
      ecart: "contrainte d'unicité supprimée",
      casse: `DROP INDEX "utilisateur_email_key"`,
      repare: `CREATE UNIQUE INDEX "utilisateur_email_key" ON "utilisateur"("email")`,
      attendu: /CREATE UNIQUE INDEX "utilisateur_email_key"/,
    },
    {
      ecart: "clé étrangère supprimée",
      casse: `ALTER TABLE "appartenance" DROP CONSTRAINT "appartenance_utilisateurId_fkey"`,
      repare: `ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_utilisateurId_fkey" FOREIGN KEY ("utilisateurId")
               REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
      attendu: /ADD CONSTRAINT "appartenance_utilisateurId_fkey"/,
    },
    {
      ecart: "type de colonne",
      casse: `ALTER TABLE "commune" ALTER COLUMN "population" TYPE BIGINT`,
      repare: `ALTER TABLE "commune" ALTER COLUMN "population" TYPE INTEGER`,
      attendu: /"population" SET DATA TYPE INTEGER/,
    },
  ])("détecte une dérive : $ecart", async ({ casse, repare, attendu }) => {
    await client.query(casse);
    try {
      const drift = await diffSchemaAgainstDatabase({ url: db.url });
      expect(drift.inSync).toBe(false);
      expect(drift.sql).toMatch(attendu);
    } finally {
      await client.query(repare);
    }
    expect((await diffSchemaAgainstDatabase({ url: db.url })).inSync).toBe(true);
  });

  it("détecte une valeur d'énumération en trop", async () => {
    await client.query(`ALTER TYPE "StatutAtelier" ADD VALUE 'suspendu'`);
    const drift = await diffSchemaAgainstDatabase({ url: db.url });
    expect(drift.inSync).toBe(false);
    expect(drift.sql).toMatch(/"StatutAtelier"/);
  });
});

describe("exécutions concurrentes", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("deux déploiements simultanés aboutissent et n'appliquent chaque migration qu'une fois", async () => {
    const expected = await migrationNames();
    const results = await Promise.all([applyMigrations({ url: db.url }), applyMigrations({ url: db.url })]);
    // L'un applique tout, l'autre attend le verrou puis constate que la base est à jour.
    expect([...results].sort((a, b) => b.length - a.length)).toEqual([expected, []]);
    const client = await connect(db.url);
    try {
      const { rows } = await client.query<{ migration_name: string; n: number }>(
        `SELECT migration_name, count(*)::int AS n FROM _prisma_migrations
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name`,
      );
      expect(rows).toEqual(expected.map((migration_name) => ({ migration_name, n: 1 })));
    } finally {
      await client.end();
    }
  });
});

describe("migration en échec", () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Copie des migrations du projet, plus une migration fautive dont le SQL contient des « ; »
    // dans des littéraux (PLATFORM.md, défaut 3 d'@prisma/adapter-pg : script découpé sur « ; »).
    dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231235959_fautive"));
    await writeFile(
      path.join(dir, "29991231235959_fautive", "migration.sql"),
      `CREATE TABLE "essai" ("x" TEXT DEFAULT 'a;b');\nINSERT INTO "essai" VALUES ('c;d');\nSELECT 1/0;\n`,
    );
  });

  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("est annulée en entier, bloque les déploiements suivants, et se résout", async () => {
    await expect(applyMigrations({ url: db.url, migrationsDir: dir })).rejects.toThrow(/division by zero/);
    const client = await connect(db.url);
    try {
      // Une seule transaction : rien de la migration fautive ne subsiste.
      const { rows } = await client.query<{ t: string | null }>("SELECT to_regclass('essai')::text AS t");
      expect(rows[0]?.t).toBeNull();
      await expect(applyMigrations({ url: db.url, migrationsDir: dir })).rejects.toThrow(/failed migrations/);

      await resolveMigration({ url: db.url, migrationsDir: dir, name: "29991231235959_fautive", as: "rolled-back" });
      await rm(path.join(dir, "29991231235959_fautive"), { recursive: true });
      expect(await applyMigrations({ url: db.url, migrationsDir: dir })).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
