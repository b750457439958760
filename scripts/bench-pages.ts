// Banc des pages (issue 10, point 2) : la construction de production sur la base du banc, chaque
// page, route et action serveur de recherche de scripts/lib/bench-pages/pages.ts mesurée pour son
// rôle (latence, débit, erreurs, requêtes SQL, JavaScript), un tableau Markdown, et les budgets.
//
//   npm run bench:pages [-- --verifier] [--preparer-demo] [--duree 3] [--echauffement 1]
//                       [--requetes-sql 20] [--port 3200] [--seulement texte] [--forcer]
//
// Base : BANC_DATABASE_URL, sinon la grappe embarquée du banc (scripts/lib/base-banc.ts), remplie par
// `npm run bench:donnees` (jeu national) ou `--preparer-demo` (migrations, référentiel, démonstration).
// Le tableau va sur la sortie standard et dans bench-resultats/ ; le déroulement sur la sortie d'erreur.
import net from "node:net";
import { parseArgs } from "node:util";
import { avecBaseBanc, verifierBaseJetable } from "./lib/base-banc";
import { libelle, verifierBudgets, type Resultat } from "./lib/bench-pages/budgets";
import { ouvrirContexte } from "./lib/bench-pages/donnees";
import { mesurer, type Durees } from "./lib/bench-pages/mesure";
import { PAGES } from "./lib/bench-pages/pages";
import { baseInutilisable, etatBase, preparerDemo } from "./lib/bench-pages/preparer";
import { ecrireRapport, rapport } from "./lib/bench-pages/rapport";
import { construireRequete, controler, envoyer } from "./lib/bench-pages/requetes-http";
import { fermerSessions, ouvrirSessions } from "./lib/bench-pages/roles";
import { demarrerServeur, type Serveur } from "./lib/bench-pages/serveur";

const { values: args } = parseArgs({
  options: {
    verifier: { type: "boolean", default: false },
    "preparer-demo": { type: "boolean", default: false },
    duree: { type: "string", default: "3" },
    echauffement: { type: "string", default: "1" },
    "requetes-sql": { type: "string", default: "20" },
    port: { type: "string", default: "3200" },
    seulement: { type: "string" },
    forcer: { type: "boolean", default: false },
  },
});
const durees: Durees = { dureeS: Number(args.duree), echauffementS: Number(args.echauffement), requetesSql: Number(args["requetes-sql"]) };
const log = (message: string) => console.error(`[banc des pages] ${message}`);

let serveur: Serveur | undefined;
let interrompu = false;
process.on("SIGINT", () => {
  if (interrompu) process.exit(130);
  interrompu = true;
  log("Interruption : arrêt du serveur et de la base…");
  void serveur?.arreter();
});

function portLibre(depart: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const essai = (port: number) => {
      if (port > depart + 50) return reject(new Error(`aucun port libre entre ${depart} et ${depart + 50}`));
      const s = net.createServer();
      s.once("error", () => essai(port + 1));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(port)));
    };
    essai(depart);
  });
}

async function banc(url: string): Promise<number> {
  verifierBaseJetable(url, args.forcer);
  if (args["preparer-demo"]) await preparerDemo(url, log);
  const etat = await etatBase(url);
  const refus = baseInutilisable(etat);
  if (refus) throw new Error(refus);
  log(`Base : ${etat.candidatures} candidatures, ${etat.utilisateurs} utilisateurs, ${etat.communes} communes.`);

  serveur = await demarrerServeur(url, await portLibre(Number(args.port)), log);
  const connexions = await ouvrirSessions(url, serveur.origine);
  const ctx = ouvrirContexte(url, connexions);
  const resultats: Resultat[] = [];
  try {
    const lignes = PAGES.filter((l) => !args.seulement || `${l.nom} ${l.role}`.toLowerCase().includes(args.seulement.toLowerCase()));
    for (const [i, ligne] of lignes.entries()) {
      if (interrompu) break;
      const arret = serveur.arret();
      if (arret) throw new Error(`le serveur Next s'est arrêté pendant la mesure (${arret}) : voir bench-resultats/serveur.log`);
      const resultat: Resultat = { ligne, chemin: typeof ligne.chemin === "string" ? ligne.chemin : "?" };
      resultats.push(resultat);
      try {
        const connexion = connexions.get(ligne.role);
        if (!connexion) throw new Error(`personne ne tient le rôle « ${ligne.role} » dans la base du banc`);
        const requete = await construireRequete(ligne, ctx, serveur, connexion);
        resultat.chemin = new URL(requete.url).pathname + new URL(requete.url).search;
        const probleme = controler(ligne, requete, await envoyer(requete));
        if (probleme) throw new Error(probleme);
        resultat.mesure = await mesurer(requete, serveur.base, durees);
        const m = resultat.mesure;
        log(`${i + 1}/${lignes.length} ${libelle(resultat)} : p50 ${m.c1.p50.toFixed(1)} ms, ${m.c16.rps.toFixed(0)} req/s à c=16, ${m.sqlParRequete ?? "—"} SQL/req`);
      } catch (e) {
        resultat.probleme = e instanceof Error ? e.message : String(e);
        log(`${i + 1}/${lignes.length} ${libelle(resultat)} : NON MESURÉE — ${resultat.probleme}`);
      }
    }
  } finally {
    await fermerSessions(url, connexions).catch(() => {});
    await ctx.fermer();
    await serveur.arreter();
  }
  if (interrompu) return 130;

  const verdicts = verifierBudgets(resultats);
  const texte = rapport(resultats, durees, etat, args.verifier ? verdicts : null);
  console.log(texte);
  log(`Rapport écrit dans ${ecrireRapport(texte)}.`);
  if (!args.verifier) return 0;
  if (verdicts.length === 0) {
    log("Budgets : tous tenus.");
    return 0;
  }
  log(`${verdicts.length} budget(s) dépassé(s) :`);
  for (const v of verdicts) log(`  - ${v}`);
  return 1;
}

try {
  process.exitCode = await avecBaseBanc(log, banc);
} catch (e) {
  await serveur?.arreter();
  log(`Échec : ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
