// Référentiel territorial sur une vraie base : la base de ce fichier est clonée du modèle,
// dans lequel la configuration globale a déjà importé le COG 2026 avec importReferentiel.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { idStable } from "@/lib/referentiel/identifiants";
import { importReferentiel } from "@/lib/referentiel/import";
import {
  communesDeEpci,
  departementsDeCollectivite,
  epciDeCommune,
  rechercherCollectivites,
  serviceEtatCompetent,
} from "@/lib/referentiel/recherche";

const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
afterAll(() => prisma.$disconnect());

async function collectivite(code: string) {
  const [o] = await rechercherCollectivites(prisma, code);
  if (!o) throw new Error(`Collectivité ${code} introuvable`);
  return o;
}

describe("import du COG 2026", () => {
  it("contient toutes les collectivités du COG", async () => {
    const [comptes] = await prisma.$queryRawUnsafe<Record<string, number>[]>(`
      SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM departement)::int AS departements,
             (SELECT count(*) FROM epci)::int AS epci, (SELECT count(*) FROM commune)::int AS communes,
             (SELECT count(*) FROM commune WHERE "epciSiren" IS NULL)::int AS "communesSansEpci"`);
    expect(comptes).toEqual({ regions: 18, departements: 101, epci: 1255, communes: 34875, communesSansEpci: 4 });
    const parType = await prisma.organisation.groupBy({ by: ["type"], _count: true, orderBy: { type: "asc" } });
    expect(Object.fromEntries(parType.map((t) => [t.type, t._count]))).toEqual({
      commune: 34875,
      epci: 1255,
      // 101 départements moins Paris, la Corse, la Martinique, la Guyane, plus l'Alsace unifiée.
      departement: 95,
      // 18 régions moins Mayotte (le Département exerce les compétences régionales).
      region: 17,
      service_etat: 101,
      dgaln: 1,
    });
  });

  it("ne réimporte pas une version déjà importée, et un réimport forcé ne change ni les comptes ni les id", async () => {
    await prisma.organisation.update({ where: { codeInsee: "53005" }, data: { courriel: "mairie@andouille.example" } });
    const avant = await prisma.organisation.findMany({
      where: { OR: [{ codeInsee: "53005" }, { siren: "200033298" }, { id: idStable("etat:53") }] },
      select: { id: true, nom: true, modifieLe: true },
      orderBy: { nom: "asc" },
    });
    expect(avant).toHaveLength(3);
    const total = await prisma.organisation.count();

    const debut = performance.now();
    const deuxieme = await importReferentiel({ prisma });
    expect(deuxieme.skipped).toBe(true);
    expect(performance.now() - debut).toBeLessThan(1_000);

    const force = await importReferentiel({ prisma, force: true });
    expect(force).toEqual({ ...deuxieme, skipped: false });
    expect(await prisma.organisation.count()).toBe(total);
    const apres = await prisma.organisation.findMany({
      where: { id: { in: avant.map((o) => o.id) } },
      select: { id: true, nom: true, modifieLe: true },
      orderBy: { nom: "asc" },
    });
    // Rien n'a changé dans le COG : aucune ligne n'est réécrite (modifieLe identique).
    expect(apres).toEqual(avant);
    const andouille = await prisma.organisation.findUnique({ where: { codeInsee: "53005" } });
    expect(andouille?.courriel).toBe("mairie@andouille.example");
    expect(await prisma.importReferentiel.count()).toBe(1);
  });
});

describe("rechercherCollectivites", () => {
  it("trouve Andouillé avant Andouillé-Neuville, sans accent ni majuscule", async () => {
    const resultats = await rechercherCollectivites(prisma, "andouille");
    expect(resultats.map((r) => r.codeInsee)).toEqual(["53005", "35003"]);
    expect(resultats[0]).toEqual({
      id: idStable("commune:53005"),
      nom: "Andouillé",
      type: "commune",
      siren: "215300054",
      codeInsee: "53005",
      codeDepartement: "53",
      population: expect.any(Number),
    });
    expect((await rechercherCollectivites(prisma, "ANDOUILLÉ"))[0]?.codeInsee).toBe("53005");
  });

  it("met le code INSEE exact en premier, y compris en Corse", async () => {
    expect((await collectivite("53005")).nom).toBe("Andouillé");
    expect((await collectivite("2A004")).nom).toBe("Ajaccio");
    expect((await collectivite("2a004")).nom).toBe("Ajaccio");
  });

  it("trouve un EPCI ou une commune par SIREN", async () => {
    expect(await collectivite("200033298")).toMatchObject({ nom: "CC des Coëvrons", type: "epci", codeDepartement: "53" });
    expect((await collectivite("215 300 054")).nom).toBe("Andouillé");
  });

  it("trouve un nom au début d'un mot, classé par population avec les débuts de nom", async () => {
    expect((await rechercherCollectivites(prisma, "coevrons"))[0]?.siren).toBe("200033298");
    const mans = await rechercherCollectivites(prisma, "mans", { types: ["commune"] });
    expect(mans[0]?.nom).toBe("Le Mans");
    const neuville = await rechercherCollectivites(prisma, "neuville", { limite: 50 });
    expect(neuville.map((r) => r.codeInsee)).toContain("35003");
    expect((await rechercherCollectivites(prisma, "St-Malo"))[0]?.codeInsee).toBe("35288");
    const ernee = await rechercherCollectivites(prisma, "Ernée");
    expect(ernee.slice(0, 2).map((r) => r.nom)).toEqual(["Ernée", "CC de l'Ernée"]);
  });

  it("classe les débuts de nom par population décroissante, le nom exact d'abord", async () => {
    const resultats = await rechercherCollectivites(prisma, "mayenne");
    expect(resultats[0]).toMatchObject({ nom: "Mayenne", type: "commune" });
    const populations = resultats.slice(1).map((r) => r.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(resultats.map((r) => r.nom)).toContain("Département de la Mayenne");
  });

  it("ne propose que des collectivités, sauf si on demande d'autres types", async () => {
    const parDefaut = await rechercherCollectivites(prisma, "ddt", { limite: 100 });
    expect(parDefaut.filter((r) => r.type === "service_etat" || r.type === "dgaln")).toEqual([]);
    // 66 DDT et 26 DDTM.
    expect(await rechercherCollectivites(prisma, "ddt", { limite: 100, types: ["service_etat"] })).toHaveLength(92);
    const services = await rechercherCollectivites(prisma, "mayenne", { types: ["service_etat"] });
    expect(services.map((r) => r.nom)).toEqual(["DDT de la Mayenne"]);
    const dgaln = await rechercherCollectivites(prisma, "dgaln", { types: ["dgaln"] });
    expect(dgaln.map((r) => r.id)).toEqual([idStable("dgaln")]);
  });

  it("respecte la limite et ne renvoie rien pour une saisie vide", async () => {
    expect(await rechercherCollectivites(prisma, "sa", { limite: 5 })).toHaveLength(5);
    expect(await rechercherCollectivites(prisma, "  ")).toEqual([]);
    expect(await rechercherCollectivites(prisma, "zzzzqx")).toEqual([]);
  });
});

describe("rechercherCollectivites restreinte à des départements", () => {
  it("ne renvoie que les collectivités des départements demandés, la limite après le filtre", async () => {
    const mayenne = await rechercherCollectivites(prisma, "saint", { limite: 15, departements: ["53"] });
    expect(mayenne).toHaveLength(15);
    expect(mayenne.every((c) => c.codeDepartement === "53")).toBe(true);
    expect((await rechercherCollectivites(prisma, "andouille", { departements: ["53"] })).map((c) => c.codeInsee)).toEqual(["53005"]);
    expect(await rechercherCollectivites(prisma, "35003", { departements: ["53"] })).toEqual([]);
    expect(await rechercherCollectivites(prisma, "245300355", { departements: ["44"] })).toEqual([]);
  });
});

describe("rattachements", () => {
  it("donne l'EPCI d'une commune, et aucun pour une commune insulaire", async () => {
    expect(await epciDeCommune(prisma, "53005")).toMatchObject({ siren: "245300355", nom: "CC de l'Ernée", typeEpci: "CC" });
    expect(await epciDeCommune(prisma, "29155")).toBeNull();
  });

  it("liste les 29 communes des Coëvrons par ordre alphabétique", async () => {
    const communes = await communesDeEpci(prisma, "200033298");
    expect(communes).toHaveLength(29);
    expect(communes.every((c) => c.type === "commune" && c.codeDepartement === "53")).toBe(true);
    expect(communes[0]?.nom).toBe("Assé-le-Bérenger");
    expect(communes.map((c) => c.nom)).toContain("Évron");
    // Évron se range avec les E, pas après le Z.
    expect(communes.findIndex((c) => c.nom === "Évron")).toBeLessThan(communes.findIndex((c) => c.nom === "Gesnes"));
  });

  it("donne les départements d'une collectivité", async () => {
    const andouille = await collectivite("53005");
    expect((await departementsDeCollectivite(prisma, andouille.id)).map((d) => d.code)).toEqual(["53"]);
    // CC Enclave des Papes - Pays de Grignan : siège à Valréas (Vaucluse), 15 communes dans la Drôme.
    const enclave = await collectivite("200040681");
    expect(await departementsDeCollectivite(prisma, enclave.id)).toEqual([
      { code: "84", nom: "Vaucluse", codeRegion: "93" },
      { code: "26", nom: "Drôme", codeRegion: "84" },
    ]);
    const [region] = await rechercherCollectivites(prisma, "pays de la loire", { types: ["region"] });
    expect((await departementsDeCollectivite(prisma, region!.id)).map((d) => d.code)).toEqual(["44", "49", "53", "72", "85"]);
    const [departement] = await rechercherCollectivites(prisma, "53", { types: ["departement"] });
    expect((await departementsDeCollectivite(prisma, departement!.id)).map((d) => d.code)).toEqual(["53"]);
    expect(await departementsDeCollectivite(prisma, idStable("inconnue"))).toEqual([]);
  });
});

describe("serviceEtatCompetent (R4)", () => {
  const service = async (code: string) => (await serviceEtatCompetent(prisma, (await collectivite(code)).id))?.service;

  it("donne la DDT, la DDTM, l'unité de la DRIEAT, la DEAL ou la DGTM du département", async () => {
    expect(await service("53005")).toEqual({
      id: idStable("etat:53"), nom: "DDT de la Mayenne", typeServiceEtat: "DDT", codeDepartement: "53",
    });
    expect(await service("44109")).toMatchObject({ nom: "DDTM de la Loire-Atlantique", typeServiceEtat: "DDTM" });
    expect(await service("75056")).toMatchObject({ nom: "DRIEAT – Unité départementale de Paris", typeServiceEtat: "DRIEAT_UD" });
    expect(await service("97411")).toMatchObject({ nom: "DEAL de La Réunion", typeServiceEtat: "DEAL" });
    expect(await service("97302")).toMatchObject({ nom: "DGTM de la Guyane", typeServiceEtat: "DGTM" });
  });

  it("propose pour un EPCI sur deux départements le service du siège, l'autre en alternative", async () => {
    const enclave = await collectivite("200040681");
    const competent = await serviceEtatCompetent(prisma, enclave.id);
    expect(competent?.service?.nom).toBe("DDT du Vaucluse");
    expect(competent?.alternatives.map((s) => s.nom)).toEqual(["DDT de la Drôme"]);
    const coevrons = await serviceEtatCompetent(prisma, (await collectivite("200033298")).id);
    expect(coevrons).toEqual({ service: expect.objectContaining({ nom: "DDT de la Mayenne" }), alternatives: [] });
  });

  it("n'a pas de service compétent pour un service de l'État, ni pour une organisation inconnue", async () => {
    expect(await serviceEtatCompetent(prisma, idStable("etat:53"))).toEqual({ service: null, alternatives: [] });
    expect(await serviceEtatCompetent(prisma, idStable("inconnue"))).toBeNull();
  });
});
