// Le tableau Markdown du banc des pages, affiché et écrit dans bench-resultats/pages-<date>.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import type { Resultat } from "./budgets";
import type { Durees } from "./mesure";

const nombre = (v: number | null | undefined, decimales = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? "—" : v.toLocaleString("fr-FR", { minimumFractionDigits: decimales, maximumFractionDigits: decimales });

const echapper = (texte: string) => texte.replaceAll("|", "\\|");

export function tableau(resultats: Resultat[]): string {
  const plancher = (genre: "statique" | "sante") => resultats.find((r) => r.ligne.plancher === genre)?.mesure?.c1.p50;
  const statique = plancher("statique");
  const sante = plancher("sante");
  const ratio = (p50: number, ref: number | undefined) => (ref ? `×${nombre(p50 / ref)}` : "—");
  const lignes = [
    "| Page | Rôle | Chemin | c=1 p50 (ms) | c=1 p95 (ms) | c=1 p97,5 (ms) | c=1 req/s | c=16 req/s | Erreurs | SQL/req | JS gzip (Kio) | p50 / statique | p50 / santé |",
    "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of resultats) {
    const chemin = r.chemin === "?" ? "(non résolu)" : `\`${echapper(r.ligne.action ? `POST ${r.ligne.action.nom} sur ${r.chemin}` : r.chemin)}\``;
    const m = r.mesure;
    if (!m) {
      const vides = Array.from({ length: 9 }, () => "—");
      lignes.push(`| ${[echapper(r.ligne.nom), r.ligne.role, chemin, `non mesurée : ${echapper(r.probleme ?? "?")}`, ...vides].join(" | ")} |`);
      continue;
    }
    lignes.push(
      `| ${echapper(r.ligne.nom)} | ${r.ligne.role} | ${chemin} | ${nombre(m.c1.p50)} | ${nombre(m.c1.p95)} | ${nombre(m.c1.p975)} | ${nombre(m.c1.rps, 0)} | ${nombre(m.c16.rps, 0)} | ` +
        `${m.erreurs}/${m.requetes} | ${nombre(m.sqlParRequete)} | ${nombre(m.jsGzipKio, 0)} | ${ratio(m.c1.p50, statique)} | ${ratio(m.c1.p50, sante)} |`,
    );
  }
  return lignes.join("\n");
}

export function rapport(resultats: Resultat[], d: Durees, base: { candidatures: number; utilisateurs: number }, verdicts: string[] | null): string {
  const date = new Date().toLocaleString("fr-FR", { timeZone: "Europe/Paris" });
  const entete = [
    `# Banc des pages — ${date}`,
    "",
    `Construction de production (\`next start\`) sur la base du banc : ${base.candidatures.toLocaleString("fr-FR")} candidatures, ${base.utilisateurs.toLocaleString("fr-FR")} utilisateurs. ` +
      `Poste : ${cpus().length} cœurs, charge ${loadavg().map((l) => l.toFixed(1)).join(" / ")}.`,
    `Échauffement ${d.echauffementS} s (c=4), puis ${d.dureeS} s à c=1 et ${d.dureeS} s à c=16 par ligne ; p50, p95 et p97,5 calculés sur les durées de chaque réponse à c=1 (relevées par le banc, pas l'histogramme d'autocannon). ` +
      `Erreurs : réponses au statut autre que l'attendu, erreurs et délais dépassés, sur c=1 et c=16. SQL/req : moyenne sur ${d.requetesSql} requêtes en série. JS gzip : scripts /_next/ de la page, compressés par zlib.`,
    "",
  ];
  const fin = verdicts === null ? [] : ["", verdicts.length ? "## Budgets dépassés" : "## Budgets : tous tenus", "", ...verdicts.map((v) => `- ${v}`)];
  return [...entete, tableau(resultats), ...fin, ""].join("\n");
}

/** Écrit le rapport et renvoie son chemin. */
export function ecrireRapport(texte: string, prefixe = "pages"): string {
  const horodatage = new Date().toISOString().replace(/[:]/g, "-").slice(0, 16);
  const fichier = path.join("bench-resultats", `${prefixe}-${horodatage}.md`);
  mkdirSync("bench-resultats", { recursive: true });
  writeFileSync(fichier, texte);
  return fichier;
}
