// Sauvegarde et restauration d'une base de l'application.
// - Avec un pg_dump de version majeure ≥ celle du serveur : format « custom » de pg_dump, restauré par
//   pg_restore (outils standard, lisibles par tout administrateur PostgreSQL).
// - Sinon (cas du PostgreSQL 18 embarqué avec le client 15 de Debian) : format intégré, lignes JSON
//   compressées (gzip) lues dans un instantané cohérent ; la restauration rejoue les migrations
//   enregistrées dans la sauvegarde puis recharge les lignes à l'identique (octets des pièces,
//   horodatages, empreintes du journal d'audit), dans une seule transaction.
import { execFile } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { cp, mkdir, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { promisify } from "node:util";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "./migrations";
import { candidats, choisirOutil } from "./outils-postgres";

const executer = promisify(execFile);
const FORMAT = "ateliers-des-territoires/sauvegarde";
const LOT = 2_000;
type Log = (message: string) => void;
const ident = (nom: string) => `"${nom.replaceAll('"', '""')}"`;

/** URL sans mot de passe (visible dans `ps`) et PGPASSWORD dans l'environnement, pour pg_dump/pg_restore. */
function pourLibpq(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const motDePasse = decodeURIComponent(u.password);
  u.password = "";
  return { url: u.toString(), env: motDePasse ? { ...process.env, PGPASSWORD: motDePasse } : process.env };
}

async function avecClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const majeurServeur = (url: string) =>
  avecClient(url, async (c) => Math.floor(Number((await c.query("SHOW server_version_num")).rows[0].server_version_num) / 10_000));

export type Resultat = { format: "pg_dump" | "integre"; outil?: string };

export async function sauvegarder(o: { url: string; fichier: string; log?: Log; binDirs?: string[] }): Promise<Resultat> {
  const log = o.log ?? (() => {});
  await mkdir(path.dirname(path.resolve(o.fichier)), { recursive: true });
  const majeur = await majeurServeur(o.url);
  const tous = candidats("pg_dump", o.binDirs);
  const outil = choisirOutil(tous, majeur);
  if (outil) {
    const cible = pourLibpq(o.url);
    await executer(outil.chemin, ["--format=custom", "--no-owner", "--no-privileges", `--file=${o.fichier}`, `--dbname=${cible.url}`], { env: cible.env });
    return { format: "pg_dump", outil: outil.chemin };
  }
  log(
    `Aucun pg_dump de version ≥ ${majeur} (celle du serveur) : ${tous.length ? tous.map((t) => `${t.chemin} (${t.majeur})`).join(", ") : "aucun installé"}. ` +
      `Sauvegarde au format intégré (restaurable par « npm run db:restaurer ») ; pour le format pg_dump, installez le client PostgreSQL ${majeur} ou indiquez son dossier bin dans PG_BIN.`,
  );
  await sauvegarderIntegre(o.url, o.fichier);
  return { format: "integre" };
}

async function sauvegarderIntegre(url: string, fichier: string) {
  // Compression rapide : l'essentiel du volume est le référentiel et les pièces (PDF, déjà compressés).
  const gzip = createGzip({ level: 3 });
  const sortie = createWriteStream(fichier, { mode: 0o600 });
  gzip.pipe(sortie);
  const ecrireTexte = async (texte: string) => {
    if (!gzip.write(`${texte}\n`)) await new Promise((r) => gzip.once("drain", r));
  };
  const ecrire = (objet: unknown) => ecrireTexte(JSON.stringify(objet));
  await avecClient(url, async (c) => {
    // Un seul instantané pour toutes les tables : la sauvegarde est cohérente sans arrêter l'application.
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await c.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      )
    ).rows.map((r) => r.migration_name);
    const tables = (
      await c.query<{ nom: string }>("SELECT tablename AS nom FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1")
    ).rows.map((r) => r.nom);
    const sequences = (await c.query<{ nom: string }>("SELECT sequencename AS nom FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")).rows;
    await ecrire({ format: FORMAT, version: 1, creeeLe: new Date().toISOString(), migrations, tables });
    for (const table of tables) {
      await c.query(`DECLARE lignes NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS l FROM ${ident(table)} t`);
      for (;;) {
        const { rows } = await c.query<{ l: string }>(`FETCH ${LOT} FROM lignes`);
        if (rows.length === 0) break;
        // Ligne de données : « table<TAB>json », recopiée telle quelle (ni analysée ni réécrite).
        await ecrireTexte(rows.map((r) => `${table}\t${r.l}`).join("\n"));
      }
      await c.query("CLOSE lignes");
    }
    for (const { nom } of sequences) {
      const { rows } = await c.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${ident(nom)}`);
      await ecrire({ sequence: nom, valeur: rows[0]?.last_value, appele: rows[0]?.is_called });
    }
    await c.query("COMMIT");
  });
  gzip.end();
  await finished(sortie);
}

/** Restaure `fichier` dans la base vide `url`, puis applique les migrations plus récentes que la sauvegarde. */
export async function restaurer(o: { url: string; fichier: string; log?: Log; binDirs?: string[] }): Promise<Resultat> {
  const log = o.log ?? (() => {});
  const tablesExistantes = await avecClient(o.url, async (c) => Number((await c.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n));
  if (tablesExistantes > 0) {
    throw new Error("La base cible n'est pas vide : restaurez dans une base neuve, ou ajoutez --remplacer pour la supprimer et la recréer d'abord.");
  }
  const entete = Buffer.alloc(5);
  const f = await open(o.fichier, "r");
  await f.read(entete, 0, 5, 0);
  await f.close();
  let resultat: Resultat;
  if (entete.toString("latin1") === "PGDMP") {
    const majeur = await majeurServeur(o.url);
    const tous = candidats("pg_restore", o.binDirs);
    const outil = choisirOutil(tous, majeur);
    if (!outil) {
      throw new Error(
        `Cette sauvegarde est au format pg_dump : il faut pg_restore de version ≥ ${majeur} (trouvés : ${tous.map((t) => `${t.chemin} (${t.majeur})`).join(", ") || "aucun"}). ` +
          `Installez le client PostgreSQL ${majeur} ou indiquez son dossier bin dans PG_BIN.`,
      );
    }
    const cible = pourLibpq(o.url);
    await executer(outil.chemin, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${cible.url}`, o.fichier], { env: cible.env });
    resultat = { format: "pg_dump", outil: outil.chemin };
  } else if (entete[0] === 0x1f && entete[1] === 0x8b) {
    await restaurerIntegre(o.url, o.fichier, log);
    resultat = { format: "integre" };
  } else {
    throw new Error(`${o.fichier} n'est ni une sauvegarde pg_dump (format custom) ni une sauvegarde de « npm run db:sauvegarder ».`);
  }
  const suivantes = await applyMigrations({ url: o.url, log });
  if (suivantes.length) log(`Migrations plus récentes que la sauvegarde appliquées : ${suivantes.join(", ")}.`);
  return resultat;
}

async function restaurerIntegre(url: string, fichier: string, log: Log) {
  const lignes = createInterface({ input: createReadStream(fichier).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const premiere = await lignes.next();
  const entete = premiere.done ? undefined : (JSON.parse(premiere.value) as { format?: string; migrations: string[] });
  if (entete?.format !== FORMAT) throw new Error(`${fichier} n'est pas une sauvegarde de « npm run db:sauvegarder ».`);
  // Le schéma de la sauvegarde : ses migrations, pas plus (les suivantes passent après le chargement).
  const migrationsDir = await mkdtemp(path.join(tmpdir(), "ateliers-migrations-"));
  try {
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), path.join(migrationsDir, "migration_lock.toml"));
    for (const nom of entete.migrations) {
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, nom), path.join(migrationsDir, nom), { recursive: true }).catch(() => {
        throw new Error(`La sauvegarde a été faite par une version plus récente de l'application (migration ${nom} inconnue ici) : restaurez avec cette version-là.`);
      });
    }
    await applyMigrations({ url, migrationsDir, log });
  } finally {
    await rm(migrationsDir, { recursive: true, force: true });
  }
  await avecClient(url, async (c) => {
    await c.query("BEGIN");
    // Clés étrangères retirées pendant le chargement (ordre des tables libre), remises et vérifiées
    // ensuite par PostgreSQL : pas besoin d'être superutilisateur, contrairement à session_replication_role.
    const cles = (
      await c.query<{ table: string; nom: string; def: string }>(
        "SELECT conrelid::regclass::text AS table, conname AS nom, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace",
      )
    ).rows;
    for (const k of cles) await c.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${ident(k.nom)}`);
    const colonnes = new Map<string, string>();
    const inserer = async (table: string, lot: string[]) => {
      if (!colonnes.has(table)) {
        const { rows } = await c.query<{ nom: string }>(
          "SELECT attname AS nom FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
          [ident(table)],
        );
        colonnes.set(table, rows.map((r) => ident(r.nom)).join(", "));
      }
      const cols = colonnes.get(table);
      await c.query(`INSERT INTO ${ident(table)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [`[${lot.join(",")}]`]);
    };
    let table: string | undefined;
    let lot: string[] = [];
    let total = 0;
    for await (const texte of { [Symbol.asyncIterator]: () => lignes }) {
      if (!texte) continue;
      const tab = texte.startsWith("{") ? -1 : texte.indexOf("\t");
      if (tab > 0) {
        const t = texte.slice(0, tab);
        if (t !== table || lot.length >= LOT) {
          if (table && lot.length) await inserer(table, lot);
          table = t;
          lot = [];
        }
        lot.push(texte.slice(tab + 1));
        total += 1;
        continue;
      }
      const ligne = JSON.parse(texte) as { sequence?: string; valeur?: string; appele?: boolean };
      if (ligne.sequence !== undefined && ligne.valeur !== undefined) {
        await c.query("SELECT setval($1::regclass, $2, $3)", [ident(ligne.sequence), ligne.valeur, ligne.appele ?? true]);
      }
    }
    if (table && lot.length) await inserer(table, lot);
    for (const k of cles) await c.query(`ALTER TABLE ${k.table} ADD CONSTRAINT ${ident(k.nom)} ${k.def}`);
    await c.query("COMMIT");
    log(`${total} lignes restaurées.`);
  });
}
