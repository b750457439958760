// Sauvegarde au format pg_dump (custom) quand un client PostgreSQL convient. La base embarquée est
// en 18 et aucun client 18 n'est installable ici : on prend, s'il est installé, un serveur Debian
// (/usr/lib/postgresql/<n>) avec ses pg_dump/pg_restore, on y charge les données de la base de test,
// puis pg_dump → pg_restore vers une base neuve. Sans serveur ni client convenable, c'est le format
// intégré qui doit être choisi, et le dire.
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/scripts/lib/embedded-postgres";
import { freePort } from "@/scripts/lib/postgres-admin";
import { restaurer, sauvegarder } from "@/scripts/lib/sauvegarde";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidatureSignee } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

const debian = "/usr/lib/postgresql";
const serveurDebian = existsSync(debian)
  ? readdirSync(debian)
      .map((v) => path.join(debian, v))
      .find((d) => ["postgres", "initdb", "pg_dump", "pg_restore"].every((b) => existsSync(path.join(d, "bin", b))))
  : undefined;
const dossiers: string[] = [];
let serveur: EmbeddedDatabase | undefined;

afterAll(async () => {
  await serveur?.stop();
  for (const d of dossiers) rmSync(d, { recursive: true, force: true });
});

function temporaire(mode?: number): string {
  const d = mkdtempSync(path.join(tmpdir(), "ateliers-pgdump-"));
  dossiers.push(d);
  if (mode) chmodSync(d, mode);
  return d;
}

async function creerBase(adminUrl: string, nom: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE "${nom}"`);
  await c.end();
  const u = new URL(adminUrl);
  u.pathname = `/${nom}`;
  return u.toString();
}

async function donneesDeTest() {
  const [andouille, ddt53] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
  const [agent, signataireCol, signataireEtat] = await Promise.all([
    f.creerMembre(ddt53, "agent"),
    f.creerMembre(andouille, "signataire"),
    f.creerMembre(ddt53, "signataire_etat"),
  ]);
  await candidatureSignee({
    principale: andouille,
    redacteur: await acteurDe(agent.id),
    signataireCollectivite: await acteurDe(signataireCol.id),
    signataireEtat: await acteurDe(signataireEtat.id),
  });
}

describe("sauvegarde au format pg_dump", () => {
  it(serveurDebian ? `pg_dump puis pg_restore de PostgreSQL ${path.basename(serveurDebian)} : pièces, signatures et journal intacts` : "sans client convenable : format intégré, annoncé", async () => {
    await donneesDeTest();
    const journal: string[] = [];
    const log = (m: string) => journal.push(m);
    if (!serveurDebian) {
      const r = await sauvegarder({ url: process.env.DATABASE_URL!, fichier: path.join(temporaire(), "s"), log });
      expect(r.format).toBe("integre");
      expect(journal.join("\n")).toMatch(/Aucun pg_dump de version ≥ \d+/);
      return;
    }
    // Les données de la base de test (PostgreSQL embarqué) passent dans le serveur Debian par le format intégré.
    const integre = path.join(temporaire(), "integre.sauvegarde");
    await sauvegarder({ url: process.env.DATABASE_URL!, fichier: integre });
    const relais = temporaire(0o755);
    serveur = await startEmbeddedPostgres({ dataDir: path.join(temporaire(), "grappe"), port: await freePort(), database: "source", nativeDir: serveurDebian, relais });
    await restaurer({ url: serveur.url, fichier: integre });

    const fichier = path.join(temporaire(), "ateliers.dump");
    const sauvegarde = await sauvegarder({ url: serveur.url, fichier, log });
    expect(sauvegarde).toEqual({ format: "pg_dump", outil: path.join(serveurDebian, "bin", "pg_dump") });
    const cible = await creerBase(serveur.url, "restauree");
    expect(await restaurer({ url: cible, fichier, log })).toEqual({ format: "pg_dump", outil: path.join(serveurDebian, "bin", "pg_restore") });

    const contenus = (client: typeof prisma) =>
      client.fichier.findMany({ orderBy: { id: "asc" } }).then((l) => l.map((x) => [x.id, createHash("sha256").update(x.contenu).digest("hex")]));
    const avant = { fichiers: await contenus(prisma), signatures: await prisma.signature.findMany({ orderBy: { id: "asc" } }), journal: await verifierChaine(prisma) };
    const copie = createPrismaClient(cible, 2);
    try {
      expect(avant.fichiers.length).toBeGreaterThan(0);
      expect(await contenus(copie)).toEqual(avant.fichiers);
      expect(await copie.signature.findMany({ orderBy: { id: "asc" } })).toEqual(avant.signatures);
      expect(await verifierChaine(copie)).toEqual(avant.journal);
    } finally {
      await copie.$disconnect();
    }
  }, 180_000);
});
