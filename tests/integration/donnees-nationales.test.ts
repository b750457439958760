// Générateur des données nationales du banc (issue 10), à petite échelle sur la base de ce fichier
// (clonée du modèle : référentiel déjà importé, donc `reinitialiser: false`) : volumes, cohérence
// entre tables, journal intègre, comptes de démonstration intacts, et même graine → mêmes lignes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifierChaine } from "@/lib/audit/journal";
import { contenuDeLigne, empreinteContenu, INCLUDE_CONTENU } from "@/lib/candidatures/contenu";
import { createPrismaClient } from "@/lib/prisma-client";
import { COMPTES_DEMO } from "@/prisma/seed/comptes-demo";
import { CANDIDATURES_DEMO } from "@/prisma/seed/candidatures-demo";
import { genererDonneesNationales, type ResultatGenerateur } from "@/scripts/lib/donnees-nationales";
import { createMigratedTestDatabase } from "../helpers/db";

const url = process.env.DATABASE_URL!;
const prisma = createPrismaClient(url);
const OPTIONS = { echelle: 0.01, graine: 7, maintenant: new Date("2026-11-20T00:00:00Z"), reinitialiser: false } as const;
let resultat: ResultatGenerateur;

async function requete<T extends pg.QueryResultRow>(base: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
const paires = (base: string) => requete<{ p: string }>(base, `SELECT reference || ' ' || id AS p FROM candidature ORDER BY reference`).then((r) => r.map((x) => x.p));

beforeAll(async () => {
  resultat = await genererDonneesNationales({ url, ...OPTIONS });
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("données nationales du banc", () => {
  it("produit des volumes proportionnels à l'échelle (1 % de 20 000 candidatures, 300 000 événements)", () => {
    const c = resultat.comptes;
    expect(c.candidature).toBeGreaterThan(180);
    expect(c.candidature).toBeLessThan(260);
    expect(c.utilisateur).toBeGreaterThan(250);
    expect(c.atelier).toBeGreaterThan(15);
    expect(c.atelier).toBeLessThan(70);
    expect(c.phase).toBe(3 * c.atelier!);
    expect(c.evenement).toBeGreaterThan(2_500);
    expect(c.piece! / c.candidature!).toBeGreaterThanOrEqual(4.5);
    // Cinq sessions de démonstration (dont une en délibération) et dix générées.
    expect(c.session_ami).toBe(15);
    expect(resultat.etapes.map((e) => e.etape)).toContain("VACUUM ANALYZE");
  });

  it("couvre chaque statut et chaque format", async () => {
    const statuts = await prisma.candidature.groupBy({ by: ["statut"], _count: true });
    expect(statuts.map((s) => s.statut).sort()).toEqual(
      ["a_corriger", "brouillon", "deposee", "en_instruction", "irrecevable", "non_retenue", "retenue", "retiree", "signee"],
    );
    const formats = await prisma.candidature.groupBy({ by: ["format"], _count: true });
    expect(formats.map((f) => f.format).sort()).toEqual(["flash", "local", "national"]);
  });

  it("rattache chaque candidature au service de l'État et au département de sa collectivité principale", async () => {
    const incoherentes = await requete(url, `
      SELECT c.reference FROM candidature c
      JOIN organisation s ON s.id = c."serviceEtatId"
      JOIN organisation p ON p.id = c."collectivitePrincipaleId"
      WHERE s.type <> 'service_etat' OR s."codeDepartement" <> c."codeDepartement"
         OR p."codeDepartement" <> c."codeDepartement" OR p."codeRegion" <> c."codeRegion"`);
    expect(incoherentes).toEqual([]);
    const horsDepartement = await requete(url, `
      SELECT pc."codeInsee" FROM perimetre_commune pc JOIN candidature c ON c.id = pc."candidatureId"
      JOIN commune m ON m."codeInsee" = pc."codeInsee" WHERE m."codeDepartement" <> c."codeDepartement"`);
    expect(horsDepartement).toEqual([]);
  });

  it("donne un atelier à trois phases à chaque candidature retenue, et des signatures sur le contenu courant", async () => {
    const sansAtelier = await prisma.candidature.count({ where: { statut: "retenue", atelier: null } });
    expect(sansAtelier).toBe(0);
    const phases = await requete<{ n: number }>(url, `SELECT count(p.id)::int AS n FROM atelier a LEFT JOIN phase p ON p."atelierId" = a.id GROUP BY a.id HAVING count(p.id) <> 3`);
    expect(phases).toEqual([]);
    const signatures = await requete(url, `
      SELECT s.id FROM signature s JOIN candidature c ON c.id = s."candidatureId"
      WHERE s."invalideeLe" IS NULL AND s."hashContenu" <> c."hashContenu"`);
    expect(signatures).toEqual([]);
    const sansDepot = await prisma.candidature.count({ where: { statut: { in: ["deposee", "retenue", "non_retenue"] }, depots: { none: {} } } });
    expect(sansDepot).toBe(0);
  });

  it("remplit ce que lit le tableau d'instruction : recherche plein texte, décisions, échéances, retraits", async () => {
    const sansRecherche = await requete<{ n: number }>(url, `SELECT count(*)::int AS n FROM candidature WHERE recherche IS NULL`);
    expect(sansRecherche[0]!.n).toBe(0);
    // Les mots sont ceux que l'application indexerait (même fonction SQL, contenu final) ; leurs positions
    // suivent l'ordre de string_agg, qui dépend du plan de la requête : on les compare sans elles.
    const ecarts = await requete(url, `SELECT reference FROM candidature WHERE strip(recherche) IS DISTINCT FROM strip(candidature_document_recherche(id))`);
    expect(ecarts).toEqual([]);
    const trouvees = await requete<{ n: number }>(url, `SELECT count(*)::int AS n FROM candidature WHERE recherche @@ to_tsquery('fr_sans_accents', 'andouille')`);
    expect(trouvees[0]!.n).toBeGreaterThan(0);
    // L'échéance est facultative (la démonstration en a une sans) ; le générateur en donne toujours une.
    const generees = { reference: { notIn: CANDIDATURES_DEMO.map((c) => c.reference) } };
    expect(await prisma.candidature.count({ where: { ...generees, statut: "a_corriger", correctionsEcheance: null } })).toBe(0);
    expect(await prisma.candidature.count({ where: { statut: { not: "a_corriger" }, correctionsEcheance: { not: null } } })).toBe(0);
    expect(await prisma.candidature.count({ where: { statut: { in: ["en_instruction", "irrecevable", "retenue", "non_retenue"] }, decideeLe: null } })).toBe(0);
    expect(await prisma.candidature.count({ where: { statut: { in: ["brouillon", "signee", "deposee"] }, decideeLe: { not: null } } })).toBe(0);
    const avantDepot = await requete(url, `SELECT reference FROM candidature WHERE "decideeLe" < "deposeeLe" OR "correctionsEcheance" <= "deposeeLe"`);
    expect(avantDepot).toEqual([]);
    expect(await prisma.candidature.count({ where: { statut: "retiree", OR: [{ retireeLe: null }, { motifRetrait: null }] } })).toBe(0);
  });

  it("calcule l'empreinte du contenu comme l'application (relue en base)", async () => {
    const lignes = await prisma.candidature.findMany({
      where: { reference: { notIn: CANDIDATURES_DEMO.map((c) => c.reference) } }, include: INCLUDE_CONTENU, orderBy: { reference: "asc" }, take: 60,
    });
    expect(lignes.length).toBeGreaterThan(50);
    for (const c of lignes) expect(empreinteContenu(contenuDeLigne(c)), c.reference).toBe(c.hashContenu);
  });

  it("laisse un journal d'audit intègre", async () => {
    const verification = await verifierChaine(prisma);
    expect(verification).toEqual({ valide: true, evenements: resultat.comptes.evenement });
  });

  it("garde les comptes de démonstration, leurs appartenances et leurs candidatures", async () => {
    const compte = await prisma.utilisateur.findUniqueOrThrow({ where: { email: COMPTES_DEMO[0]!.email }, include: { appartenances: true } });
    expect(compte.appartenances).toHaveLength(1);
    const demo = await prisma.candidature.count({ where: { reference: { in: CANDIDATURES_DEMO.map((c) => c.reference) } } });
    expect(demo).toBe(CANDIDATURES_DEMO.length);
  });

  it("donne les mêmes candidatures (références et identifiants) pour la même graine", async () => {
    const autre = await createMigratedTestDatabase();
    try {
      await genererDonneesNationales({ url: autre.url, ...OPTIONS });
      const [ici, la] = [await paires(url), await paires(autre.url)];
      expect(la).toHaveLength(ici.length);
      // Seules les candidatures de démonstration ont des identifiants tirés au hasard.
      const communes = la.filter((p) => ici.includes(p));
      expect(communes).toHaveLength(ici.length - CANDIDATURES_DEMO.length);
    } finally {
      await autre.drop();
    }
  }, 60_000);
});
