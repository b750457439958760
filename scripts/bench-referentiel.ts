// `npm run bench:referentiel` : mesure les recherches du référentiel territorial sur la base de
// DATABASE_URL (référentiel importé). Requêtes réalistes tirées des vrais noms : frappes
// successives (« a », « an », « and », « ando »…), débuts de mots, codes INSEE, SIREN ; puis les
// rattachements. Une connexion, requêtes en série : c'est la latence vue par un formulaire.
// Tirage pseudo-aléatoire à graine fixe : deux exécutions mesurent les mêmes requêtes.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/prisma-client";
import { formaterNombre } from "../lib/format/nombres";
import {
  communesDeEpci,
  departementsDeCollectivite,
  epciDeCommune,
  rechercherCollectivites,
  serviceEtatCompetent,
} from "../lib/referentiel/recherche";

const { values: args } = parseArgs({
  options: { noms: { type: "string", default: "300" }, graine: { type: "string", default: "2026" } },
});

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL n'est pas définie. Lancez « npm start » (base embarquée) et reprenez son DATABASE_URL, " +
      "ou définissez DATABASE_URL vers une base où le référentiel est importé.",
  );
  process.exit(1);
}

// mulberry32 : générateur à graine, suffisant pour tirer un échantillon reproductible.
function generateur(graine: number) {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hasard = generateur(Number(args.graine));
const tirer = <T>(liste: T[], n: number): T[] => {
  const copie = [...liste];
  for (let i = copie.length - 1; i > 0; i--) {
    const j = Math.floor(hasard() * (i + 1));
    [copie[i], copie[j]] = [copie[j]!, copie[i]!];
  }
  return copie.slice(0, n);
};

type Mesure = { libelle: string; durees: number[] };
const mesures: Mesure[] = [];
function mesure(libelle: string): Mesure {
  const m = { libelle, durees: [] as number[] };
  mesures.push(m);
  return m;
}
async function chronometrer<T>(ms: Mesure[], fn: () => Promise<T>): Promise<T> {
  const debut = performance.now();
  const resultat = await fn();
  const duree = performance.now() - debut;
  for (const m of ms) m.durees.push(duree);
  return resultat;
}
const centile = (triees: number[], p: number) => triees[Math.min(triees.length - 1, Math.ceil((p / 100) * triees.length) - 1)] ?? 0;

const prisma = createPrismaClient(url, 1);
try {
  type Ligne = { id: string; nom: string; type: string; siren: string | null; codeInsee: string | null };
  const organisations = await prisma.$queryRawUnsafe<Ligne[]>(
    `SELECT id::text AS id, nom, type::text AS type, siren, "codeInsee" FROM organisation
     WHERE type IN ('commune', 'epci', 'departement', 'region')`,
  );
  if (organisations.length === 0) throw new Error("Référentiel vide : lancez d'abord « npm run referentiel:import ».");
  const communes = organisations.filter((o) => o.type === "commune");
  const epci = organisations.filter((o) => o.type === "epci");
  const nbNoms = Number(args.noms);

  // Frappes successives sur de vrais noms, tels qu'on les tape (avec ou sans accents).
  const frappes: string[] = [];
  for (const o of [...tirer(communes, nbNoms), ...tirer(epci, Math.round(nbNoms / 6))]) {
    const nom = o.type === "epci" ? o.nom.replace(/^(CC|CA|CU|Métropole)\s+(de la |de l'|du |des |de |d')?/, "") : o.nom;
    const sansAccents = hasard() < 0.5 ? nom.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() : nom;
    for (let n = 1; n <= Math.min(sansAccents.length, 10); n++) frappes.push(sansAccents.slice(0, n));
  }
  // Débuts de mots à l'intérieur d'un nom (« neuville » pour Andouillé-Neuville).
  const motsInternes: string[] = [];
  for (const o of tirer(communes.filter((c) => /[- ']\p{L}{4,}/u.test(c.nom)), nbNoms)) {
    const mots = o.nom.split(/[- ']/).slice(1).filter((m) => m.length >= 4 && !/^(sur|sous|les|lès|saint|sainte)$/i.test(m));
    const mot = mots[Math.floor(hasard() * mots.length)];
    if (mot) for (let n = 3; n <= Math.min(mot.length, 8); n++) motsInternes.push(mot.slice(0, n));
  }
  const codesInsee = tirer(communes, nbNoms).map((c) => c.codeInsee!);
  const sirens = tirer([...communes, ...epci], nbNoms).map((c) => c.siren!);

  const toutes = mesure("rechercherCollectivites — toutes");
  const courtes = mesure("  dont nom, 1 à 2 caractères (index de préfixe)");
  const longues = mesure("  dont nom, 3 caractères et plus (préfixe + début de mot)");
  const internes = mesure("  dont début d'un mot intérieur");
  const insee = mesure("  dont code INSEE");
  const siren = mesure("  dont SIREN");

  for (const q of tirer(frappes, 50)) await rechercherCollectivites(prisma, q); // échauffement
  for (const q of frappes) await chronometrer([toutes, q.length < 3 ? courtes : longues], () => rechercherCollectivites(prisma, q));
  for (const q of motsInternes) await chronometrer([toutes, internes], () => rechercherCollectivites(prisma, q));
  for (const q of codesInsee) await chronometrer([toutes, insee], () => rechercherCollectivites(prisma, q));
  for (const q of sirens) await chronometrer([toutes, siren], () => rechercherCollectivites(prisma, q));

  const mEpci = mesure("epciDeCommune");
  for (const c of tirer(communes, nbNoms)) await chronometrer([mEpci], () => epciDeCommune(prisma, c.codeInsee!));
  const mCommunes = mesure("communesDeEpci");
  for (const e of tirer(epci, nbNoms)) await chronometrer([mCommunes], () => communesDeEpci(prisma, e.siren!));
  const cibles = [...tirer(communes, nbNoms), ...tirer(epci, nbNoms), ...organisations.filter((o) => o.type === "departement" || o.type === "region")];
  const mDepartements = mesure("departementsDeCollectivite");
  for (const o of cibles) await chronometrer([mDepartements], () => departementsDeCollectivite(prisma, o.id));
  const mService = mesure("serviceEtatCompetent");
  for (const o of cibles) await chronometrer([mService], () => serviceEtatCompetent(prisma, o.id));

  const [version] = await prisma.$queryRawUnsafe<{ v: string }[]>(`SELECT current_setting('server_version') AS v`);
  const ms = (v: number) => v.toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  console.log(
    `\nBanc du référentiel territorial — ${formaterNombre(organisations.length)} collectivités, PostgreSQL ${version?.v}, ` +
      `une connexion, requêtes en série (graine ${args.graine})\n`,
  );
  const largeur = Math.max(...mesures.map((m) => m.libelle.length)) + 2;
  console.log(`${"Recherche".padEnd(largeur)}${"requêtes".padStart(10)}${"p50 (ms)".padStart(11)}${"p95 (ms)".padStart(11)}${"max (ms)".padStart(11)}`);
  for (const m of mesures) {
    const triees = [...m.durees].sort((a, b) => a - b);
    console.log(
      `${m.libelle.padEnd(largeur)}${formaterNombre(triees.length).padStart(10)}${ms(centile(triees, 50)).padStart(11)}` +
        `${ms(centile(triees, 95)).padStart(11)}${ms(triees.at(-1) ?? 0).padStart(11)}`,
    );
  }
} finally {
  await prisma.$disconnect();
}
