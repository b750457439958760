// `npm run referentiel:import [-- --force]` : importe le référentiel territorial (COG) dans la
// base de DATABASE_URL. Sans --force, une version déjà importée n'est pas réimportée.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/prisma-client";
import { formaterNombre as n } from "../lib/format/nombres";
import { importReferentiel } from "../lib/referentiel/import";
import { libelleVersion } from "../lib/referentiel/source";

const { values: args } = parseArgs({ options: { force: { type: "boolean", default: false } } });

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL n'est pas définie. Lancez « npm start » (qui démarre la base embarquée et importe le référentiel), " +
      "ou définissez DATABASE_URL (postgresql://utilisateur:motdepasse@hôte:port/base) puis relancez cette commande.",
  );
  process.exit(1);
}

const log = (message: string) => console.log(`[référentiel] ${message}`);
const prisma = createPrismaClient(url, 2);
try {
  const debut = performance.now();
  const r = await importReferentiel({ prisma, log, force: args.force });
  const duree = `${Math.round(performance.now() - debut)} ms`;
  log(
    r.skipped
      ? `${libelleVersion(r.version)} (paquet ${r.version}) déjà importé, vérifié en ${duree} : rien à faire (--force pour réimporter).`
      : `${libelleVersion(r.version)} (paquet ${r.version}) importé en ${duree}.`,
  );
  log(
    `En base : ${n(r.regions)} régions, ${n(r.departements)} départements, ${n(r.epci)} EPCI, ` +
      `${n(r.communes)} communes, ${n(r.organisations)} organisations.`,
  );
} catch (erreur) {
  console.error("L'import du référentiel a échoué :", erreur instanceof Error ? erreur.message : erreur);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
