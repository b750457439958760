// `npm test` : vérification des types, lint, tests unitaires, d'intégration (vrai PostgreSQL)
// et de bout en bout (Chromium sur la construction de production). Toutes les étapes
// s'exécutent ; le code de sortie est non nul si l'une échoue.
import { spawnSync } from "node:child_process";

const etapes: { nom: string; commande: string[] }[] = [
  { nom: "Types (tsc)", commande: ["npx", "tsc", "--noEmit"] },
  { nom: "Lint (eslint)", commande: ["npx", "eslint", ".", "--max-warnings=0"] },
  { nom: "Tests unitaires (vitest)", commande: ["npx", "vitest", "run", "--project", "unit"] },
  { nom: "Tests d'intégration (vitest, PostgreSQL)", commande: ["npx", "vitest", "run", "--project", "integration"] },
  { nom: "Tests de bout en bout (Playwright, Chromium)", commande: ["npx", "playwright", "test"] },
];

const seules = process.argv.slice(2);
const resultats: { nom: string; ok: boolean; secondes: number }[] = [];
for (const etape of etapes) {
  if (seules.length && !seules.some((s) => etape.nom.toLowerCase().includes(s.toLowerCase()))) continue;
  console.log(`\n━━ ${etape.nom} ━━`);
  const debut = performance.now();
  const r = spawnSync(etape.commande[0]!, etape.commande.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  resultats.push({ nom: etape.nom, ok: r.status === 0, secondes: (performance.now() - debut) / 1000 });
}

console.log("\n━━ Bilan ━━");
for (const r of resultats) console.log(`${r.ok ? "✔" : "✘"} ${r.nom} — ${r.secondes.toFixed(0)} s`);
const echecs = resultats.filter((r) => !r.ok).length;
console.log(`${resultats.length - echecs} passed, ${echecs} failed`);
process.exit(echecs ? 1 : 0);
