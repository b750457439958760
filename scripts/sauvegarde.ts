// Sauvegarde et restauration de la base (voir scripts/lib/sauvegarde.ts) :
//
//   npm run db:sauvegarder [-- fichier]              .data/sauvegardes/ateliers-<date>.sauvegarde par défaut
//   npm run db:restaurer -- fichier [--remplacer]    dans une base vide ; --remplacer la vide d'abord
//
// Base visée : DATABASE_URL, sinon la base embarquée de `npm start` (démarrée si besoin).
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/base-cible";
import { nativeDirParDefaut } from "./lib/embedded-postgres";
import { resetDatabase } from "./lib/postgres-admin";
import { restaurer, sauvegarder } from "./lib/sauvegarde";

const log = (message: string) => console.log(`[sauvegarde] ${message}`);
const secondes = (depuis: number) => `${((performance.now() - depuis) / 1000).toFixed(1).replace(".", ",")} s`;

async function main(argv: string[]): Promise<number> {
  const [commande, ...reste] = argv;
  const { values, positionals } = parseArgs({ args: reste, allowPositionals: true, options: { remplacer: { type: "boolean", default: false } } });
  // Les binaires d'embedded-postgres d'abord, s'ils comprennent un jour pg_dump : toujours de la bonne version.
  const binDirs = [path.join(await nativeDirParDefaut(), "bin")];
  const debut = performance.now();
  if (commande === "sauvegarder") {
    const horodatage = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
    const fichier = positionals[0] ?? path.join(".data", "sauvegardes", `ateliers-${horodatage}.sauvegarde`);
    const r = await withDatabase(log, (url) => sauvegarder({ url, fichier, log, binDirs }));
    const taille = (statSync(fichier).size / 1024 / 1024).toFixed(1).replace(".", ",");
    log(`Sauvegarde ${r.format === "pg_dump" ? `pg_dump (format custom, ${r.outil})` : "au format intégré"} écrite en ${secondes(debut)} : ${fichier} (${taille} Mio).`);
    return 0;
  }
  if (commande === "restaurer") {
    const fichier = positionals[0];
    if (!fichier) {
      console.error("Indiquez la sauvegarde à restaurer : npm run db:restaurer -- fichier [--remplacer]");
      return 2;
    }
    statSync(fichier);
    await withDatabase(log, async (url) => {
      if (values.remplacer) {
        await resetDatabase(url);
        log("Base supprimée puis recréée vide (--remplacer).");
      }
      const r = await restaurer({ url, fichier, log, binDirs });
      log(`${fichier} restaurée (${r.format === "pg_dump" ? `pg_restore ${r.outil}` : "format intégré"}) en ${secondes(debut)}.`);
    });
    return 0;
  }
  console.error("Usage : npm run db:sauvegarder [-- fichier] | npm run db:restaurer -- fichier [--remplacer]");
  return 2;
}

let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (error) {
  console.error(`[sauvegarde] Échec : ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
}
// Voir scripts/migrate.ts : process.exit explicite (async-exit-hook d'embedded-postgres).
process.exit(code);
