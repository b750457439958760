// Lighthouse dans le navigateur (issue 10, point 4) : préréglage mobile par défaut de Lighthouse,
// Chromium de Debian, hors ligne, sur la construction de production et la base du banc, pour
// l'accueil, une liste, la fiche d'une candidature et sa page de modification, chacune connectée.
//
//   npm run bench:lighthouse [-- --verifier] [--port 3210] [--forcer]
//
// Base : celle du banc des pages (BANC_DATABASE_URL, sinon scripts/lib/base-banc.ts). Le tableau va
// sur la sortie standard et dans bench-resultats/ ; `--verifier` sort en erreur si un budget casse.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { avecBaseBanc, verifierBaseJetable } from "./lib/base-banc";
import { candidature, ouvrirContexte, type Contexte } from "./lib/bench-pages/donnees";
import { baseInutilisable, etatBase } from "./lib/bench-pages/preparer";
import { ecrireRapport } from "./lib/bench-pages/rapport";
import { fermerSessions, ouvrirSessions, type Role } from "./lib/bench-pages/roles";
import { demarrerServeur, type Serveur } from "./lib/bench-pages/serveur";

const { values: args } = parseArgs({
  options: {
    verifier: { type: "boolean", default: false },
    port: { type: "string", default: "3210" },
    forcer: { type: "boolean", default: false },
  },
});
const log = (message: string) => console.error(`[lighthouse] ${message}`);

/** Budgets du navigateur, définis ici seulement. */
export const BUDGETS_NAVIGATEUR = { lcpMs: 2_500, performance: 0.9, accessibilite: 1 } as const;

type PageMesuree = { nom: string; role: Exclude<Role, "anonyme"> | "anonyme"; chemin: (ctx: Contexte) => Promise<string> };

// Ajouter une page = ajouter une ligne.
const PAGES: PageMesuree[] = [
  { nom: "Accueil", role: "collectivite-membre", chemin: async () => "/" },
  { nom: "Mes candidatures", role: "ddt-agent", chemin: async () => "/candidatures" },
  { nom: "Fiche candidature", role: "collectivite-membre", chemin: async (ctx) => `/candidatures/${await candidature(ctx, "collectivite-membre", { choix: "pieces" })}` },
  {
    nom: "Modifier la candidature",
    role: "collectivite-membre",
    chemin: async (ctx) => `/candidatures/${await candidature(ctx, "collectivite-membre", { preferer: ["brouillon", "a_corriger"] })}/modifier`,
  },
];

type Resultat = { nom: string; chemin: string; performance: number; accessibilite: number; lcpMs: number; fcpMs: number; tbtMs: number; elementLcp: string; echecsA11y: string[] };

function cheminChromium(): string {
  const chemin = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chemin)) throw new Error(`Chromium introuvable (${chemin}) : « apt-get install -y chromium » ou CHROMIUM_PATH.`);
  return chemin;
}

async function auditer(url: string, cookie: string | null, port: number): Promise<Omit<Resultat, "nom" | "chemin">> {
  const execution = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!execution) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
  const { audits, categories } = execution.lhr;
  const element = audits["largest-contentful-paint-element"]?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
  return {
    performance: categories.performance?.score ?? 0,
    accessibilite: categories.accessibility?.score ?? 0,
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    fcpMs: audits["first-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
    elementLcp: element?.items?.[0]?.items?.[0]?.node?.snippet?.slice(0, 80) ?? "—",
    echecsA11y: (categories.accessibility?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => a!.id),
  };
}

function tableau(resultats: Resultat[]): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2).replace(".", ",")} s`;
  const lignes = resultats.map(
    (r) =>
      `| ${r.nom} | \`${r.chemin.replace(/[0-9a-f-]{36}/, (id) => `${id.slice(0, 8)}…`)}\` | ${r.performance.toFixed(2)} | ${r.accessibilite.toFixed(2)} | ${s(r.lcpMs)} | ${s(r.fcpMs)} | ${Math.round(r.tbtMs)} ms | ${r.echecsA11y.join(", ") || "—"} | \`${r.elementLcp.replaceAll("|", "\\|")}\` |`,
  );
  return [
    "| Page | Chemin | Performance | Accessibilité | LCP | FCP | TBT | Audits d'accessibilité en échec | Élément du LCP |",
    "|---|---|--:|--:|--:|--:|--:|---|---|",
    ...lignes,
  ].join("\n");
}

function verdicts(resultats: Resultat[]): string[] {
  const b = BUDGETS_NAVIGATEUR;
  return resultats.flatMap((r) => [
    ...(r.lcpMs > b.lcpMs ? [`${r.nom} : LCP ${Math.round(r.lcpMs)} ms > ${b.lcpMs} ms`] : []),
    ...(r.performance < b.performance ? [`${r.nom} : performance ${r.performance.toFixed(2)} < ${b.performance}`] : []),
    ...(r.accessibilite < b.accessibilite ? [`${r.nom} : accessibilité ${r.accessibilite.toFixed(2)} < 1 (${r.echecsA11y.join(", ")})`] : []),
  ]);
}

let serveur: Serveur | undefined;

async function banc(url: string): Promise<number> {
  verifierBaseJetable(url, args.forcer);
  const refus = baseInutilisable(await etatBase(url));
  if (refus) throw new Error(refus);
  serveur = await demarrerServeur(url, Number(args.port), log);
  const connexions = await ouvrirSessions(url, serveur.origine);
  const ctx = ouvrirContexte(url, connexions);
  const chrome = await chromeLauncher.launch({ chromePath: cheminChromium(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  const resultats: Resultat[] = [];
  try {
    for (const page of PAGES) {
      const chemin = await page.chemin(ctx);
      const cookie = page.role === "anonyme" ? null : (connexions.get(page.role)?.cookie ?? null);
      // Une visite à blanc : le serveur a compilé et mis en cache ce qui se prépare à la première requête.
      await fetch(`${serveur.origine}${chemin}`, { headers: cookie ? { Cookie: cookie } : {} });
      const mesure = await auditer(`${serveur.origine}${chemin}`, cookie, chrome.port);
      resultats.push({ nom: page.nom, chemin, ...mesure });
      log(`${page.nom} : performance ${mesure.performance.toFixed(2)}, LCP ${Math.round(mesure.lcpMs)} ms, accessibilité ${mesure.accessibilite.toFixed(2)}`);
    }
  } finally {
    chrome.kill();
    await fermerSessions(url, connexions).catch(() => {});
    await ctx.fermer();
    await serveur.arreter();
  }
  const casses = verdicts(resultats);
  const texte = [
    `# Lighthouse — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    "Préréglage mobile de Lighthouse (réseau et processeur simulés), Chromium de Debian, construction de production, base du banc.",
    "",
    tableau(resultats),
    "",
    args.verifier ? (casses.length ? `Budgets dépassés :\n${casses.map((c) => `- ${c}`).join("\n")}` : "Budgets : tous tenus.") : "",
  ].join("\n");
  console.log(texte);
  log(`Rapport écrit dans ${ecrireRapport(texte, "lighthouse")}.`);
  return args.verifier && casses.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await avecBaseBanc(log, banc);
} catch (e) {
  await serveur?.arreter();
  log(`Échec : ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
