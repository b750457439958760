// Banc des actions serveur du formulaire de candidature (issue 4) : chaque mesure passe par le vrai
// chemin (`executerAction` : zod, portée de l'acteur, transaction, journal chaîné, courriels), sur
// une base où le référentiel est importé. Requêtes en série : c'est la latence vue par un formulaire.
//
//   DATABASE_URL=postgresql://…/ateliers_banc \
//     node --conditions=react-server --import tsx scripts/bench-candidatures.ts [--iterations 300] [--depots 30] [--preparer]
//
// `--conditions=react-server` : les modules serveur (`import "server-only"`) se chargent hors de Next.
// `--preparer` : crée la base si besoin, applique les migrations et importe le référentiel.
// Le banc écrit des données (utilisateurs « banc-… », candidatures, pièces, journal) : lancez-le sur
// une base jetable, jamais sur la production.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args } = parseArgs({
  options: {
    iterations: { type: "string", default: "300" },
    depots: { type: "string", default: "30" },
    preparer: { type: "boolean", default: false },
  },
});
const ITERATIONS = Number(args.iterations);
const DEPOTS = Number(args.depots);
const ECHAUFFEMENT = 10;

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL n'est pas définie : indiquez une base jetable (voir l'en-tête de ce script).");
  process.exit(1);
}

if (args.preparer) {
  const base = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  const existe = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [base]);
  if (existe.rowCount === 0) await admin.query(`CREATE DATABASE "${base.replaceAll('"', "")}"`);
  await admin.end();
  const { applyMigrations } = await import("./lib/migrations");
  await applyMigrations({ url });
  const { createPrismaClient } = await import("../lib/prisma-client");
  const { importReferentiel } = await import("../lib/referentiel/import");
  const client = createPrismaClient(url);
  await importReferentiel({ prisma: client, log: (m) => console.log(`[référentiel] ${m}`) });
  await client.$disconnect();
}

// Après la préparation : lib/db lit DATABASE_URL à son premier import.
// Une ligne de journal par action fausserait la mesure et noierait le tableau : erreurs seules.
process.env.LOG_LEVEL ??= "warn";
const { executerAction } = await import("../lib/actions/pipeline");
const { prisma } = await import("../lib/db");
const { signerCandidature } = await import("../lib/candidatures/signer-candidature");
const { deposerCandidature } = await import("../lib/candidatures/deposer-candidature");
const { modifierCandidature } = await import("../lib/candidatures/modifier-candidature");
const { checklistCandidature } = await import("../lib/candidatures/checklist");
const { lireSection } = await import("../lib/candidatures/lire-section");
const { apercuPerimetre } = await import("../lib/candidatures/perimetre");
const { deposerPiece } = await import("../lib/pieces/deposer-piece");
const { retirerPiece } = await import("../lib/pieces/retirer-piece");
const { idServiceEtat } = await import("../lib/referentiel/identifiants");
const { candidatureComplete: preparer, donnees, pdf, personne } = await import("./lib/candidature-complete");

const mesures = new Map<string, number[]>();
async function chrono<T>(libelle: string, fn: () => Promise<T>, compter = true): Promise<T> {
  const debut = performance.now();
  const r = await fn();
  if (compter) (mesures.get(libelle) ?? mesures.set(libelle, []).get(libelle)!).push(performance.now() - debut);
  return r;
}

const DDT_53 = idServiceEtat("53");

/** Communes de la Mayenne sans candidature flash active (R7), pour des candidatures neuves. */
const communesLibres = await prisma.organisation.findMany({
  where: {
    type: "commune",
    codeDepartement: "53",
    candidaturesPrincipales: { none: { format: "flash", statut: { notIn: ["irrecevable", "retenue", "non_retenue", "retiree"] } } },
  },
  select: { id: true },
  orderBy: { codeInsee: "asc" },
});
if (communesLibres.length < DEPOTS + 1) throw new Error("Pas assez de communes libres dans la Mayenne : utilisez une base neuve.");

const agent = await personne(DDT_53, "agent");
const signataireEtat = await personne(DDT_53, "signataire_etat");

/** Candidature flash complète (calendrier, note, trois pièces) d'une commune libre. */
async function candidatureComplete(communeId: string) {
  const membre = await personne(communeId, "membre");
  const maire = await personne(communeId, "signataire");
  const c = await preparer({ communeId, membre, agent });
  return { id: c.id, membre, maire, hash: c.hash };
}

try {
  const principale = await candidatureComplete(communesLibres[0]!.id);
  const { membre, maire } = principale;
  let version = (await prisma.candidature.findUniqueOrThrow({ where: { id: principale.id } })).version;

  // 1. Enregistrer une section (la note) : verrou optimiste, empreinte, liste de contrôle rendue.
  for (let i = 0; i < ECHAUFFEMENT + ITERATIONS; i++) {
    const qui = i % 2 ? agent : membre;
    const r = await chrono("modifierCandidature (section « note »)", () =>
      executerAction(modifierCandidature, qui, { candidatureId: principale.id, version, section: "note", titre: "Banc", objet: `Objet, version ${i}`, localisation: "Centre-bourg", objectifs: "", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" }),
      i >= ECHAUFFEMENT,
    );
    version = donnees(r).version;
  }

  // 1 bis. Sections vérifiées contre le référentiel : périmètre (commune + un EPCI entier, ou la commune
  // seule) et porteurs (Laval Agglomération associée, ou personne) ; puis l'aperçu du périmètre.
  const commune = await prisma.organisation.findUniqueOrThrow({ where: { id: communesLibres[0]!.id }, select: { codeInsee: true } });
  const laval = await prisma.organisation.findUniqueOrThrow({ where: { siren: "200083392" }, select: { id: true } });
  for (let i = 0; i < ECHAUFFEMENT + ITERATIONS; i++) {
    const r = await chrono("modifierCandidature (section « périmètre »)", () =>
      executerAction(modifierCandidature, membre, { candidatureId: principale.id, version, section: "perimetre", communes: [commune.codeInsee!], epci: i % 2 ? ["245300355"] : [], derogationDemandee: false }),
      i >= ECHAUFFEMENT,
    );
    version = donnees(r).version;
    const p = await chrono("modifierCandidature (section « porteurs »)", () =>
      executerAction(modifierCandidature, agent, { candidatureId: principale.id, version, section: "porteurs", porteuses: i % 2 ? [laval.id] : [] }),
      i >= ECHAUFFEMENT,
    );
    version = donnees(p).version;
    await chrono("apercuPerimetre (2 EPCI, 44 communes)", () => apercuPerimetre([], ["200033298", "245300355"]), i >= ECHAUFFEMENT);
  }

  // 2. Joindre une pièce (PDF de ~1 Ko) ; le retrait qui suit remet la candidature à l'identique.
  for (let i = 0; i < ECHAUFFEMENT + ITERATIONS; i++) {
    const p = donnees(await chrono("deposerPiece (PDF)", () => executerAction(deposerPiece, membre, { candidatureId: principale.id, type: "autre", nomFichier: "annexe.pdf", contenu: pdf(i) }), i >= ECHAUFFEMENT));
    donnees(await chrono("retirerPiece", () => executerAction(retirerPiece, agent, { pieceId: p.pieceId }), i >= ECHAUFFEMENT));
  }

  // 3. Signer (alternativement la collectivité et l'État ; signer à nouveau remplace).
  const hash = (await prisma.candidature.findUniqueOrThrow({ where: { id: principale.id } })).hashContenu!;
  for (let i = 0; i < ECHAUFFEMENT + ITERATIONS; i++) {
    const entree = i % 2
      ? { candidatureId: principale.id, partie: "etat", hashContenu: hash, avis: "favorable" }
      : { candidatureId: principale.id, partie: "collectivite", hashContenu: hash };
    donnees(await chrono("signerCandidature", () => executerAction(signerCandidature, i % 2 ? signataireEtat : maire, entree), i >= ECHAUFFEMENT));
  }

  // 4. Lectures du formulaire : liste de contrôle (avec les droits) et une section.
  for (let i = 0; i < ECHAUFFEMENT + ITERATIONS; i++) {
    await chrono("checklistCandidature (requête)", () => checklistCandidature(i % 2 ? agent : membre, principale.id), i >= ECHAUFFEMENT);
    await chrono("lireSection (requête)", () => lireSection(membre, principale.id, "note"), i >= ECHAUFFEMENT);
  }

  // 5. Déposer (récépissé PDF compris), sur des candidatures neuves signées par les deux parties.
  for (let i = 0; i < DEPOTS; i++) {
    const c = await candidatureComplete(communesLibres[i + 1]!.id);
    donnees(await executerAction(signerCandidature, c.maire, { candidatureId: c.id, partie: "collectivite", hashContenu: c.hash }));
    donnees(await executerAction(signerCandidature, signataireEtat, { candidatureId: c.id, partie: "etat", hashContenu: c.hash, avis: "favorable" }));
    donnees(await chrono("deposerCandidature (avec récépissé PDF)", () => executerAction(deposerCandidature, signataireEtat, { candidatureId: c.id, hashContenu: c.hash })));
  }

  const [{ v: versionPg } = { v: "?" }] = await prisma.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
  const ms = (v: number) => v.toLocaleString("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const centile = (t: number[], p: number) => t[Math.min(t.length - 1, Math.ceil((p / 100) * t.length) - 1)] ?? 0;
  console.log(`\nBanc des candidatures — PostgreSQL ${versionPg}, actions en série, ${ECHAUFFEMENT} itérations d'échauffement non comptées, charge du poste ${loadavg().map((l) => l.toFixed(1)).join(" / ")}\n`);
  const largeur = Math.max(...[...mesures.keys()].map((k) => k.length)) + 2;
  console.log(`${"Action".padEnd(largeur)}${"n".padStart(6)}${"p50 (ms)".padStart(11)}${"p95 (ms)".padStart(11)}${"max (ms)".padStart(11)}`);
  for (const [libelle, durees] of mesures) {
    const t = [...durees].sort((a, b) => a - b);
    console.log(`${libelle.padEnd(largeur)}${String(t.length).padStart(6)}${ms(centile(t, 50)).padStart(11)}${ms(centile(t, 95)).padStart(11)}${ms(t.at(-1) ?? 0).padStart(11)}`);
  }
} finally {
  await prisma.$disconnect();
}
