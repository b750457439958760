// Sauvegarde puis restauration dans une base neuve (scripts/lib/sauvegarde.ts, `npm run
// db:sauvegarder` / `db:restaurer`) : pièces (octets), signatures, chaîne du journal d'audit et
// toutes les autres lignes reviennent à l'identique ; le journal continue après la restauration.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { restaurer, sauvegarder } from "@/scripts/lib/sauvegarde";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidatureDeposee } from "@/tests/helpers/candidatures";
import { createTestDatabase } from "@/tests/helpers/db";
import * as f from "@/tests/helpers/factories";

const dossier = mkdtempSync(path.join(tmpdir(), "ateliers-sauvegarde-"));
const fichier = path.join(dossier, "ateliers.sauvegarde");
let restauree: Awaited<ReturnType<typeof createTestDatabase>>;

async function requete<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Empreinte de chaque table (toutes ses lignes, sous leur forme texte PostgreSQL). */
async function empreintes(url: string): Promise<Record<string, string>> {
  const tables = await requete<{ nom: string }>(url, "SELECT tablename AS nom FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1");
  const resultat: Record<string, string> = {};
  for (const { nom } of tables) {
    const [ligne] = await requete<{ n: string; e: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS e FROM "${nom}" t`);
    resultat[nom] = `${ligne?.n}:${ligne?.e}`;
  }
  return resultat;
}

beforeAll(async () => {
  const [andouille, ernee, ddt53] = await Promise.all([f.commune("53005"), f.collectivite("245300355"), f.serviceEtat("53")]);
  const [agent, signataireCol, signataireEtat] = await Promise.all([
    f.creerMembre(ddt53, "agent"),
    f.creerMembre(andouille, "signataire"),
    f.creerMembre(ddt53, "signataire_etat"),
  ]);
  await candidatureDeposee({
    principale: andouille,
    porteuses: [ernee],
    redacteur: await acteurDe(agent.id),
    signataireCollectivite: await acteurDe(signataireCol.id),
    signataireEtat: await acteurDe(signataireEtat.id),
  });
  restauree = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await restauree?.drop();
  rmSync(dossier, { recursive: true, force: true });
});

describe("sauvegarde et restauration", () => {
  it("restaure pièces, signatures et journal d'audit à l'identique dans une base neuve", async () => {
    const source = process.env.DATABASE_URL!;
    const fichiersAvant = await prisma.fichier.findMany({ select: { id: true, contenu: true }, orderBy: { id: "asc" } });
    const signaturesAvant = await prisma.signature.findMany({ orderBy: { id: "asc" } });
    const journalAvant = await verifierChaine(prisma);
    expect(fichiersAvant.length).toBeGreaterThan(0);
    expect(signaturesAvant.length).toBeGreaterThanOrEqual(2);
    expect(journalAvant).toMatchObject({ valide: true });
    expect(journalAvant.evenements).toBeGreaterThan(0);

    await sauvegarder({ url: source, fichier });
    await restaurer({ url: restauree.url, fichier });

    const copie = createPrismaClient(restauree.url, 2);
    try {
      const fichiersApres = await copie.fichier.findMany({ select: { id: true, contenu: true }, orderBy: { id: "asc" } });
      const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
      expect(fichiersApres.map((x) => [x.id, sha(x.contenu)])).toEqual(fichiersAvant.map((x) => [x.id, sha(x.contenu)]));
      expect(await copie.signature.findMany({ orderBy: { id: "asc" } })).toEqual(signaturesAvant);
      expect(await verifierChaine(copie)).toEqual(journalAvant);
    } finally {
      await copie.$disconnect();
    }
    expect(await empreintes(restauree.url)).toEqual(await empreintes(source));
    // Les séquences suivent : le prochain événement du journal prend un numéro neuf.
    const [{ suivant, max }] = await requete<{ suivant: string; max: string }>(
      restauree.url,
      "SELECT nextval(pg_get_serial_sequence('evenement', 'id'))::text AS suivant, (SELECT max(id) FROM evenement)::text AS max",
    ) as [{ suivant: string; max: string }];
    expect(BigInt(suivant)).toBeGreaterThan(BigInt(max));
  }, 120_000);

  it("refuse de restaurer dans une base qui contient déjà des tables", async () => {
    await expect(restaurer({ url: process.env.DATABASE_URL!, fichier })).rejects.toThrow(/La base cible n'est pas vide/);
  });
});
