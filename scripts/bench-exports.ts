// Banc des exports du tableau d'instruction (issue 11, partie 4) : sur la base du banc national
// (≈ 20 000 candidatures, `npm run bench:donnees`), la vraie fonction de la route
// (lib/instruction/export-http.ts : droit, sélection, lots de 500, flux web) lue jusqu'au bout par un
// client rapide, pour la DGALN (tout) en CSV et en XLSX, et pour un service de l'État (son
// département). Mesures : durée, lignes, taille, pics de mémoire (RSS et tas, relevés toutes les
// 10 ms pendant le flux) au-dessus du niveau d'avant l'export. Tableau Markdown sur la sortie standard.
//
//   npm run bench:exports [-- --repetitions 2]
//
// Base : BANC_DATABASE_URL, sinon la grappe embarquée du banc (scripts/lib/base-banc.ts). Le banc ne
// fait que lire (ses migrations en attente mises à part).
import { parseArgs } from "node:util";
import pg from "pg";
import { avecBaseBanc } from "./lib/base-banc";
import { applyMigrations } from "./lib/migrations";

const { values: args } = parseArgs({ options: { repetitions: { type: "string", default: "2" } } });
const REPETITIONS = Math.max(1, Number(args.repetitions));
const log = (m: string) => console.error(`[banc des exports] ${m}`);
const Mo = (octets: number) => (octets / 1024 / 1024).toFixed(1);

type Cas = { nom: string; role: "dgaln" | "ddt"; requete: string };
type Mesure = { cas: Cas; secondes: number; lignes: number; octets: number; picRss: number; picTas: number; deltaRss: number; deltaTas: number };

/** Le référent DGALN, et l'agent du service de l'État qui a le plus de candidatures. */
async function titulaires(url: string): Promise<{ dgaln: string; ddt: string; departement: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const un = async (sql: string) => (await client.query<{ id: string; departement: string }>(sql)).rows[0];
    const dgaln = await un(`SELECT u.id FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id JOIN organisation o ON o.id = a."organisationId"
                             WHERE u.actif AND o.type = 'dgaln' AND a.role = 'referent' ORDER BY u.email LIMIT 1`);
    const ddt = await un(`SELECT u.id, o."codeDepartement" AS departement FROM utilisateur u JOIN appartenance a ON a."utilisateurId" = u.id
                           JOIN organisation o ON o.id = a."organisationId"
                          WHERE u.actif AND o.type = 'service_etat' AND a.role = 'agent'
                          ORDER BY (SELECT count(*) FROM candidature c WHERE c."codeDepartement" = o."codeDepartement") DESC, u.email LIMIT 1`);
    if (!dgaln || !ddt) throw new Error("La base du banc n'a ni référent DGALN ni agent de service de l'État : lancez `npm run bench:donnees`.");
    return { dgaln: dgaln.id, ddt: ddt.id, departement: ddt.departement };
  } finally {
    await client.end();
  }
}

async function banc(url: string): Promise<void> {
  const appliquees = await applyMigrations({ url });
  if (appliquees.length) log(`Migrations appliquées : ${appliquees.join(", ")}.`);
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL ??= "warn";
  const { prisma } = await import("../lib/db");
  const { chargerActeur } = await import("../lib/auth/acteur-chargement");
  const { telechargerExport } = await import("../lib/instruction/export-http");
  const t = await titulaires(url);
  const acteurs = { dgaln: (await chargerActeur(prisma, t.dgaln))!, ddt: (await chargerActeur(prisma, t.ddt))! };
  const total = await prisma.candidature.count();
  log(`${total.toLocaleString("fr-FR")} candidatures ; service de l'État du département ${t.departement}.`);
  const cas: Cas[] = [
    { nom: "DGALN, tout, CSV", role: "dgaln", requete: "fichier=csv" },
    { nom: "DGALN, tout, XLSX", role: "dgaln", requete: "fichier=xlsx" },
    { nom: `Service de l'État (${t.departement}), CSV`, role: "ddt", requete: "fichier=csv" },
    { nom: `Service de l'État (${t.departement}), XLSX`, role: "ddt", requete: "fichier=xlsx" },
    { nom: "DGALN, déposées, CSV", role: "dgaln", requete: "fichier=csv&statut=deposee" },
  ];

  const mesurer = async (c: Cas): Promise<Mesure> => {
    (globalThis as { gc?: () => void }).gc?.();
    const avant = process.memoryUsage();
    let picRss = avant.rss;
    let picTas = avant.heapUsed;
    const releve = setInterval(() => {
      const m = process.memoryUsage();
      picRss = Math.max(picRss, m.rss);
      picTas = Math.max(picTas, m.heapUsed);
    }, 10);
    const debut = performance.now();
    const reponse = await telechargerExport(new Request(`http://banc.local/api/instruction/export?${c.requete}`), acteurs[c.role]);
    if (reponse.status !== 200) throw new Error(`${c.nom} : statut ${reponse.status} ${await reponse.text()}`);
    let octets = 0;
    let sautsDeLigne = 0;
    const lecteur = reponse.body!.getReader();
    for (;;) {
      const { done, value } = await lecteur.read();
      if (done) break;
      octets += value.length;
      if (c.requete.includes("csv")) for (const o of value) if (o === 0x0a) sautsDeLigne += 1;
    }
    const secondes = (performance.now() - debut) / 1000;
    clearInterval(releve);
    const lignes = c.requete.includes("csv") ? sautsDeLigne - 1 : -1;
    return { cas: c, secondes, lignes, octets, picRss, picTas, deltaRss: picRss - avant.rss, deltaTas: picTas - avant.heapUsed };
  };

  const resultats: Mesure[] = [];
  for (const c of cas) {
    await mesurer(c); // échauffement : plans de requêtes, JIT, pool
    const essais: Mesure[] = [];
    for (let i = 0; i < REPETITIONS; i++) essais.push(await mesurer(c));
    const meilleur = essais.sort((a, b) => a.secondes - b.secondes)[0]!;
    // Mémoire : le pire des essais.
    resultats.push({ ...meilleur, picRss: Math.max(...essais.map((e) => e.picRss)), deltaRss: Math.max(...essais.map((e) => e.deltaRss)), deltaTas: Math.max(...essais.map((e) => e.deltaTas)) });
    log(`${c.nom} : ${meilleur.secondes.toFixed(2)} s.`);
  }
  const { selectionTableau } = await import("../lib/instruction/selection");
  const { lireFiltres } = await import("../lib/instruction/filtres");
  const attendues = async (c: Cas) =>
    prisma.candidature.count({ where: (await selectionTableau(acteurs[c.role], lireFiltres(new URLSearchParams(c.requete.replace(/format=(csv|xlsx)&?/, ""))))).where });

  console.log(`\n## Exports du tableau d'instruction — ${total.toLocaleString("fr-FR")} candidatures (${new Date().toISOString().slice(0, 10)}, meilleure de ${REPETITIONS} après échauffement)\n`);
  console.log("| export | lignes (tableau) | durée | taille | lignes/s | pic RSS | Δ RSS | Δ tas |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of resultats) {
    const n = await attendues(r.cas);
    if (r.lignes >= 0 && r.lignes !== n) throw new Error(`${r.cas.nom} : ${r.lignes} lignes exportées, ${n} dans le tableau.`);
    console.log(
      `| ${r.cas.nom} | ${n.toLocaleString("fr-FR")} | ${r.secondes.toFixed(2)} s | ${Mo(r.octets)} Mo | ${Math.round(n / r.secondes).toLocaleString("fr-FR")} | ${Mo(r.picRss)} Mo | +${Mo(Math.max(0, r.deltaRss))} Mo | +${Mo(Math.max(0, r.deltaTas))} Mo |`,
    );
  }
  await prisma.$disconnect();
}

await avecBaseBanc(log, banc);
