// `npm run bench:donnees` : remplit la base du banc (jamais celle de `npm start`) avec 20 ans de
// données nationales. Voir scripts/lib/donnees-nationales.ts et scripts/lib/base-banc.ts.
//
//   npm run bench:donnees -- [--echelle 1] [--graine 2026] [--forcer]
//
// `--forcer` : accepte d'écrire dans la base de l'application (elle est d'abord supprimée !).
import { parseArgs } from "node:util";
import { avecBaseBanc, verifierBaseJetable } from "./lib/base-banc";
import { genererDonneesNationales } from "./lib/donnees-nationales";

const { values: args } = parseArgs({
  options: {
    echelle: { type: "string", default: "1" },
    graine: { type: "string", default: "2026" },
    forcer: { type: "boolean", default: false },
  },
});
const echelle = Number(args.echelle);
const graine = Number(args.graine);
if (!(echelle > 0) || !Number.isInteger(graine)) {
  console.error("--echelle attend un nombre positif et --graine un entier.");
  process.exit(1);
}

const debut = performance.now();
const log = (m: string) => console.log(`[banc] ${m}`);
const resultat = await avecBaseBanc(log, (url) => {
  verifierBaseJetable(url, args.forcer);
  log(`Génération à l'échelle ${echelle}, graine ${graine}.`);
  return genererDonneesNationales({ url, echelle, graine, log });
});
const total = (performance.now() - debut) / 1000;
console.log(`\nDurées par étape (s)`);
for (const e of resultat.etapes) console.log(`  ${e.etape.padEnd(48)}${e.secondes.toFixed(1).padStart(8)}`);
console.log(`  ${"Total (démarrage de PostgreSQL compris)".padEnd(48)}${total.toFixed(1).padStart(8)}`);
console.log(`\nLignes par table`);
for (const [table, n] of Object.entries(resultat.comptes)) console.log(`  ${table.padEnd(24)}${n.toLocaleString("fr-FR").padStart(10)}`);
