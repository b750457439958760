// Installe (ou met à jour) le schéma de pg-boss et crée les files. Appelé après les migrations
// (scripts/lib/migrations.ts) : toute base migrée — démonstration, tests, production — peut donc
// recevoir des tâches même si aucun travailleur n'a encore démarré. Idempotent.
import PgBoss from "pg-boss";
import { FILES_A_CREER, SCHEMA_FILE } from "./files";

export async function installerFile(url: string): Promise<void> {
  const boss = new PgBoss({ connectionString: url, schema: SCHEMA_FILE, max: 2, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    await creerFiles(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Crée les files manquantes (une file existante garde ses réglages). */
export async function creerFiles(boss: PgBoss): Promise<void> {
  for (const file of FILES_A_CREER) await boss.createQueue(file.name, file);
}
