// Banc du jury (issue 13) : sur la base du banc national (`npm run bench:donnees`), une session de
// 300 candidatures × 10 jurés × 8 critères en délibération (scripts/lib/session-deliberation.ts,
// créée au premier passage, réutilisée ensuite), puis chaque mesure appelée en série (c = 1) par la
// fonction même de l'application, pour un administrateur DGALN : échauffement, puis N exécutions ;
// p50, p95, max et requêtes SQL par appel (compteur de lib/banc/compteur-requetes.ts).
//
//   npm run bench:deliberation [-- --repetitions 30] [--echauffement 5] [--seulement <texte>]
//
// Ajouter une mesure = une entrée de MESURES : `preparer` (hors chrono, avant chaque exécution :
// remettre en état ce qu'une mesure qui écrit a changé) et `mesurer` (chronométrée ; elle vérifie
// son résultat et rend un court résumé). Base : BANC_DATABASE_URL, sinon la grappe embarquée du banc.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Acteur } from "@/lib/auth/acteur";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { avecBaseBanc } from "./lib/base-banc";
import { applyMigrations } from "./lib/migrations";
import { DIMENSIONS_DELIBERATION, ErreurBanc, preparerSessionDeliberation } from "./lib/session-deliberation";

const { values: args } = parseArgs({
  options: {
    repetitions: { type: "string", default: "30" },
    echauffement: { type: "string", default: "5" },
    seulement: { type: "string" },
  },
});
const REPETITIONS = Math.max(1, Number(args.repetitions));
const ECHAUFFEMENT = Math.max(0, Number(args.echauffement));
const log = (m: string) => console.error(`[banc du jury] ${m}`);

type Contexte = { prisma: PrismaClient; acteur: Acteur; sessionId: string };
type Mesure = {
  nom: string;
  /** Avant chaque exécution, hors chrono. */
  preparer?: (ctx: Contexte) => Promise<void>;
  /** L'exécution chronométrée : vérifie son résultat, rend un résumé d'une ligne. */
  mesurer: (ctx: Contexte) => Promise<string>;
};

const MESURES: Mesure[] = [
  {
    nom: "tableauDeliberation (DGALN, administrateur)",
    async mesurer({ acteur, sessionId }) {
      const { tableauDeliberation } = await import("../lib/jury/deliberation");
      const t = await tableauDeliberation(acteur, sessionId);
      const d = DIMENSIONS_DELIBERATION;
      if (!t) throw new Error("Le tableau de délibération est introuvable pour l'administrateur DGALN.");
      const notes = t.lignes.reduce((n, l) => n + l.notesParJure.length, 0);
      if (t.lignes.length !== d.candidatures || notes !== d.candidatures * d.juresParCandidature || t.evaluationsManquantes !== 0) {
        throw new Error(`Tableau incomplet : ${t.lignes.length} lignes, ${notes} notes de juré, ${t.evaluationsManquantes} évaluation(s) manquante(s).`);
      }
      return `${t.lignes.length} lignes, ${notes} notes de juré, ${t.lignes.filter((l) => l.dansLeQuota).length} dans le quota`;
    },
  },
];

/** Centile au rang le plus proche, sur des durées triées. */
const centile = (t: readonly number[], p: number) => t[Math.min(t.length - 1, Math.max(0, Math.ceil((p / 100) * t.length) - 1))] ?? 0;
const ms = (v: number) => v.toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function banc(url: string): Promise<void> {
  const appliquees = await applyMigrations({ url });
  if (appliquees.length) log(`Migrations appliquées : ${appliquees.join(", ")}.`);
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL ??= "warn";
  // Avant le premier import de lib/db : le client compte alors chaque requête SQL qu'il envoie.
  process.env.BANC_COMPTER_REQUETES = "1";
  const { prisma } = await import("../lib/db");
  const { chargerActeur } = await import("../lib/auth/acteur-chargement");
  const { lireCompteurRequetes } = await import("../lib/banc/compteur-requetes");
  try {
    const session = await preparerSessionDeliberation(prisma, log);
    log(`Session prête en ${session.secondes.toFixed(1)} s (${session.creee ? "créée" : "réutilisée"}).`);
    const [admin] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id JOIN organisation o ON o.id = a."organisationId"
       WHERE u.actif AND o.type = 'dgaln' AND a.role = 'administrateur' ORDER BY u.email LIMIT 1`;
    const acteur = admin && (await chargerActeur(prisma, admin.id));
    if (!acteur) throw new ErreurBanc("La base du banc n'a pas d'administrateur DGALN : lancez `npm run bench:donnees`.");
    const ctx: Contexte = { prisma, acteur, sessionId: session.sessionId };

    const resultats: { nom: string; durees: number[]; requetes: number[]; resume: string }[] = [];
    for (const m of MESURES.filter((m) => !args.seulement || m.nom.includes(args.seulement))) {
      const durees: number[] = [];
      const requetes: number[] = [];
      let resume = "";
      for (let i = 0; i < ECHAUFFEMENT + REPETITIONS; i++) {
        await m.preparer?.(ctx);
        const avant = lireCompteurRequetes() ?? 0;
        const debut = performance.now();
        resume = await m.mesurer(ctx);
        const duree = performance.now() - debut;
        if (i < ECHAUFFEMENT) continue; // plans de requêtes, JIT, pool de connexions
        durees.push(duree);
        requetes.push((lireCompteurRequetes() ?? 0) - avant);
      }
      log(`${m.nom} : ${resume}.`);
      resultats.push({ nom: m.nom, durees: durees.sort((a, b) => a - b), requetes, resume });
    }

    const [{ v: versionPg } = { v: "?" }] = await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    const d = DIMENSIONS_DELIBERATION;
    console.log(
      `\n## Jury — session de ${d.candidatures} candidatures × ${d.jures} jurés × ${d.criteres} critères (${new Date().toISOString().slice(0, 10)}, PostgreSQL ${versionPg}, c = 1, ` +
        `${ECHAUFFEMENT} exécutions d'échauffement non comptées, charge ${loadavg().map((l) => l.toFixed(1)).join(" / ")})\n`,
    );
    console.log(`Session du banc : ${session.creee ? "créée" : "réutilisée"} en ${session.secondes.toFixed(1)} s.\n`);
    console.log("| mesure | n | p50 (ms) | p95 (ms) | max (ms) | requêtes SQL / appel | contrôle |");
    console.log("|---|---:|---:|---:|---:|---:|---|");
    for (const r of resultats) {
      const min = Math.min(...r.requetes);
      const max = Math.max(...r.requetes);
      console.log(`| ${r.nom} | ${r.durees.length} | ${ms(centile(r.durees, 50))} | ${ms(centile(r.durees, 95))} | ${ms(r.durees.at(-1) ?? 0)} | ${min === max ? min : `${min}–${max}`} | ${r.resume} |`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

try {
  await avecBaseBanc(log, banc);
} catch (e) {
  if (!(e instanceof ErreurBanc)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
