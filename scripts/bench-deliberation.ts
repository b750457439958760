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
import type { Acteur } from "@/lib/auth/acteur";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { afficherResultats, executerMesures, lireArgumentsBanc, type Mesure } from "./lib/banc-mesures";
import { avecBaseBanc } from "./lib/base-banc";
import { applyMigrations } from "./lib/migrations";
import { DIMENSIONS_DELIBERATION, ErreurBanc, preparerSessionDeliberation, remettreEnEtat } from "./lib/session-deliberation";

/**
 * Les 300 décisions du lot, motivées comme le formulaire les préremplit. Les lauréates (le quota) sont
 * les mieux classées qui n'ont pas encore d'atelier : chaque passage crée ainsi ses 30 ateliers
 * (un atelier cité par le journal d'audit ne se supprime pas entre deux passages).
 */
async function lotDeDecisions({ acteur, sessionId, prisma }: Contexte) {
  const { tableauDeliberation } = await import("../lib/jury/deliberation");
  const t = (await tableauDeliberation(acteur, sessionId))!;
  const avecAtelier = new Set((await prisma.atelier.findMany({ where: { candidature: { sessionId } }, select: { candidatureId: true } })).map((a) => a.candidatureId));
  const quota = t.quota ?? 0;
  const ordre = [...t.lignes.filter((l) => !avecAtelier.has(l.candidatureId)), ...t.lignes.filter((l) => avecAtelier.has(l.candidatureId))];
  const laureates = new Set(ordre.slice(0, quota).map((l) => l.candidatureId));
  if (t.lignes.length - avecAtelier.size < quota) {
    log("Moins de 30 candidatures sans atelier : ce passage ne crée pas tous ses ateliers (relancez `npm run bench:donnees` pour des mesures complètes).");
  }
  return t.lignes.map((l, i) => ({
    candidatureId: l.candidatureId,
    decision: laureates.has(l.candidatureId) ? ("retenir" as const) : ("ne_pas_retenir" as const),
    motivation: `Classée ${i + 1}e sur ${t.lignes.length} par le jury de la session, avec une moyenne de ${l.moyenne ?? 0} sur 5.`,
    versionLue: 0,
  }));
}

async function preparerLot(ctx: Contexte) {
  const { preparerDecisionsSession } = await import("../lib/selection/session");
  await remettreEnEtat(ctx.prisma, ctx.sessionId);
  const decisions = await lotDeDecisions(ctx);
  await preparerDecisionsSession.executer({ acteur: ctx.acteur, donnees: preparerDecisionsSession.schema.parse({ sessionId: ctx.sessionId, decisions }) });
}

async function publier(ctx: Contexte) {
  const { changerStatutSession } = await import("../lib/sessions/gerer-session");
  const { version } = await ctx.prisma.sessionAmi.findUniqueOrThrow({ where: { id: ctx.sessionId }, select: { version: true } });
  await changerStatutSession.executer({
    acteur: ctx.acteur,
    donnees: changerStatutSession.schema.parse({ sessionId: ctx.sessionId, version, action: "publier_resultats" }),
  });
}

const ARGS = lireArgumentsBanc();
const log = (m: string) => console.error(`[banc du jury] ${m}`);

type Contexte = { prisma: PrismaClient; acteur: Acteur; sessionId: string; lot?: unknown };

const MESURES: Mesure<Contexte>[] = [
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
  {
    nom: "Décisions en lot : préparer les 300 décisions motivées (preparerDecisionsSession)",
    async preparer(ctx) {
      await remettreEnEtat(ctx.prisma, ctx.sessionId);
      ctx.lot = await lotDeDecisions(ctx);
    },
    async mesurer(ctx) {
      const { preparerDecisionsSession } = await import("../lib/selection/session");
      const r = await preparerDecisionsSession.executer({ acteur: ctx.acteur, donnees: preparerDecisionsSession.schema.parse({ sessionId: ctx.sessionId, decisions: ctx.lot }) });
      if (r.enregistrees !== DIMENSIONS_DELIBERATION.candidatures) throw new Error(`${r.enregistrees} décisions enregistrées au lieu de 300.`);
      return `${r.enregistrees} décisions préparées`;
    },
  },
  {
    nom: "Décisions en lot : publier les résultats (300 décisions, ateliers des lauréates, tâches des lettres)",
    preparer: preparerLot,
    async mesurer(ctx) {
      await publier(ctx);
      const [retenues, ateliers] = await Promise.all([
        ctx.prisma.candidature.count({ where: { sessionId: ctx.sessionId, statut: "retenue" } }),
        ctx.prisma.atelier.count({ where: { candidature: { sessionId: ctx.sessionId, statut: "retenue" } } }),
      ]);
      if (ateliers !== retenues || retenues === 0) throw new Error(`${retenues} retenues, ${ateliers} ateliers.`);
      return `${retenues} retenues, ${ateliers} ateliers créés`;
    },
  },
  {
    nom: "Décisions en lot : lettres PDF et avis aux porteurs des 300 décisions (travail de la file)",
    repetitionsMax: 3,
    async preparer(ctx) {
      await preparerLot(ctx);
      await publier(ctx);
    },
    async mesurer(ctx) {
      const { envoyerLettresDecisions } = await import("../lib/selection/lettres");
      const decisions = await ctx.prisma.decision.findMany({ where: { candidature: { sessionId: ctx.sessionId } }, select: { id: true } });
      const produites = await envoyerLettresDecisions(ctx.prisma, decisions.map((d) => d.id));
      if (produites !== DIMENSIONS_DELIBERATION.candidatures) throw new Error(`${produites} lettres produites au lieu de 300.`);
      return `${produites} lettres produites et envoyées`;
    },
  },
];

async function banc(url: string): Promise<void> {
  const appliquees = await applyMigrations({ url });
  if (appliquees.length) log(`Migrations appliquées : ${appliquees.join(", ")}.`);
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL ??= "warn";
  // Avant le premier import de lib/db : le client compte alors chaque requête SQL qu'il envoie.
  process.env.BANC_COMPTER_REQUETES = "1";
  const { prisma } = await import("../lib/db");
  const { chargerActeur } = await import("../lib/auth/acteur-chargement");
  try {
    const session = await preparerSessionDeliberation(prisma, log);
    log(`Session prête en ${session.secondes.toFixed(1)} s (${session.creee ? "créée" : "réutilisée"}).`);
    const [admin] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT u.id FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id JOIN organisation o ON o.id = a."organisationId"
       WHERE u.actif AND o.type = 'dgaln' AND a.role = 'administrateur' ORDER BY u.email LIMIT 1`;
    const acteur = admin && (await chargerActeur(prisma, admin.id));
    if (!acteur) throw new ErreurBanc("La base du banc n'a pas d'administrateur DGALN : lancez `npm run bench:donnees`.");
    const ctx: Contexte = { prisma, acteur, sessionId: session.sessionId };

    const resultats = await executerMesures(MESURES, ctx, { ...ARGS, log });
    const [{ v: versionPg } = { v: "?" }] = await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
    const d = DIMENSIONS_DELIBERATION;
    afficherResultats(`Jury — session de ${d.candidatures} candidatures × ${d.jures} jurés × ${d.criteres} critères`, versionPg, ARGS.echauffement, resultats, [
      `Session du banc : ${session.creee ? "créée" : "réutilisée"} en ${session.secondes.toFixed(1)} s.`,
    ]);
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
