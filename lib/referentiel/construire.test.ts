import { describe, expect, it } from "vitest";
import {
  avecParticule,
  construireReferentiel,
  DEPARTEMENTS_LITTORAUX,
  ID_COLLECTIVITE_ALSACE,
  nomServiceEtat,
  typeServiceEtat,
  type DonneesCog,
} from "./construire";
import { cles, idStable } from "./identifiants";
import { lireDonneesCog } from "./source";

const dep = (code: string, nom: string, region: string, typeLiaison: number, chefLieu: string, zone = "metro") => ({
  code, nom, region, typeLiaison, chefLieu, zone,
});
const commune = (code: string, nom: string, departement: string, region: string, siren: string, population: number) => ({
  code, nom, departement, region, siren, population, type: "commune-actuelle", zone: "metro",
});

const DONNEES: DonneesCog = {
  regions: [
    { code: "52", nom: "Pays de la Loire", typeLiaison: 4, zone: "metro", chefLieu: "44109" },
    { code: "53", nom: "Bretagne", typeLiaison: 0, zone: "metro", chefLieu: "35238" },
    { code: "94", nom: "Corse", typeLiaison: 0, zone: "metro", chefLieu: "2A004" },
    { code: "975", nom: "Saint-Pierre-et-Miquelon", typeLiaison: 0, zone: "com", chefLieu: "97502" },
  ],
  departements: [
    dep("35", "Ille-et-Vilaine", "53", 1, "35238"),
    dep("44", "Loire-Atlantique", "52", 3, "44109"),
    dep("53", "Mayenne", "52", 3, "53130"),
    dep("2A", "Corse-du-Sud", "94", 3, "2A004"),
    dep("975", "Saint-Pierre-et-Miquelon", "975", 0, "97502", "com"),
  ],
  communes: [
    commune("53005", "Andouillé", "53", "52", "215300054", 2321),
    commune("53096", "Ernée", "53", "52", "215300963", 5499),
    commune("35003", "Andouillé-Neuville", "35", "53", "213500036", 1017),
    commune("35001", "Acigné", "35", "53", "213500010", 6945),
    commune("44109", "Nantes", "44", "52", "214401093", 325070),
    commune("35238", "Rennes", "35", "53", "213502388", 227830),
    commune("2A004", "Ajaccio", "2A", "94", "212000046", 76320),
    { code: "53999", nom: "Ancienne", departement: "53", region: "52", type: "commune-deleguee" },
    { code: "97502", nom: "Saint-Pierre", departement: "975", region: "975", type: "commune-actuelle", zone: "com" },
  ],
  epci: [
    { code: "245300355", nom: "CC de l'Ernée", type: "CC", membres: [{ code: "53096" }, { code: "53005" }] },
    // À cheval sur deux départements : deux communes en Ille-et-Vilaine, mais la plus peuplée (le siège) en Loire-Atlantique.
    { code: "200000001", nom: "CA Imaginaire", type: "CA", membres: [{ code: "35001" }, { code: "35003" }, { code: "44109" }] },
  ],
};

describe("noms des départements et des services de l'État", () => {
  it("place l'article du COG devant le nom", () => {
    expect(avecParticule("Paris", 0)).toBe("de Paris");
    expect(avecParticule("Eure-et-Loir", 1)).toBe("d'Eure-et-Loir");
    expect(avecParticule("Nord", 2)).toBe("du Nord");
    expect(avecParticule("Mayenne", 3)).toBe("de la Mayenne");
    expect(avecParticule("Hautes-Alpes", 4)).toBe("des Hautes-Alpes");
    expect(avecParticule("Ain", 5)).toBe("de l'Ain");
  });

  it("donne le bon type de service à chaque département", () => {
    expect(DEPARTEMENTS_LITTORAUX.size).toBe(26);
    expect(typeServiceEtat("53")).toBe("DDT");
    expect(typeServiceEtat("44")).toBe("DDTM");
    expect(typeServiceEtat("2B")).toBe("DDTM");
    expect(typeServiceEtat("93")).toBe("DRIEAT_UD");
    expect(typeServiceEtat("77")).toBe("DDT");
    expect(typeServiceEtat("976")).toBe("DEAL");
    expect(typeServiceEtat("973")).toBe("DGTM");
  });

  it("nomme les services comme on les écrit", () => {
    expect(nomServiceEtat("DDT", { nom: "Mayenne", typeLiaison: 3 })).toBe("DDT de la Mayenne");
    expect(nomServiceEtat("DDTM", { nom: "Nord", typeLiaison: 2 })).toBe("DDTM du Nord");
    expect(nomServiceEtat("DDT", { nom: "Ain", typeLiaison: 5 })).toBe("DDT de l'Ain");
    expect(nomServiceEtat("DRIEAT_UD", { nom: "Paris", typeLiaison: 0 })).toBe("DRIEAT – Unité départementale de Paris");
    expect(nomServiceEtat("DEAL", { nom: "La Réunion", typeLiaison: 0 })).toBe("DEAL de La Réunion");
    expect(nomServiceEtat("DGTM", { nom: "Guyane", typeLiaison: 3 })).toBe("DGTM de la Guyane");
  });
});

describe("idStable", () => {
  it("dérive un UUID v5 stable de la clé naturelle", () => {
    const id = idStable(cles.serviceEtat("53"));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idStable("etat:53")).toBe(id);
    expect(idStable("etat:44")).not.toBe(id);
  });
});

describe("construireReferentiel (jeu réduit)", () => {
  const ref = construireReferentiel(DONNEES);
  const org = (predicat: (o: (typeof ref.organisations)[number]) => boolean) => ref.organisations.find(predicat);

  it("ne garde que les communes actuelles hors collectivités d'outre-mer", () => {
    expect(ref.communes.map((c) => c.codeInsee).sort()).toEqual(["2A004", "35001", "35003", "35238", "44109", "53005", "53096"]);
    expect(ref.regions.map((r) => r.code)).toEqual(["52", "53", "94"]);
    expect(ref.departements.map((d) => d.code)).toEqual(["35", "44", "53", "2A"]);
    expect(ref.avertissements).toEqual([]);
  });

  it("rattache chaque commune à son EPCI d'après les membres des EPCI", () => {
    const parCode = new Map(ref.communes.map((c) => [c.codeInsee, c.epciSiren]));
    expect(parCode.get("53005")).toBe("245300355");
    expect(parCode.get("35238")).toBeNull();
  });

  it("crée l'organisation d'une commune avec son SIREN, son code INSEE et son nom de recherche", () => {
    expect(org((o) => o.codeInsee === "53005")).toEqual({
      id: idStable("commune:53005"),
      type: "commune",
      nom: "Andouillé",
      nomRecherche: "andouille",
      siren: "215300054",
      categorieJuridique: "7210",
      codeInsee: "53005",
      codeDepartement: "53",
      codeRegion: "52",
      typeServiceEtat: null,
      population: 2321,
    });
  });

  it("rattache un EPCI au département de sa commune la plus peuplée et somme la population", () => {
    const ca = org((o) => o.siren === "200000001")!;
    expect(ca).toMatchObject({ type: "epci", categorieJuridique: "7348", codeDepartement: "44", codeRegion: "52", population: 6945 + 1017 + 325070 });
    expect(org((o) => o.siren === "245300355")).toMatchObject({ categorieJuridique: "7346", codeDepartement: "53", population: 2321 + 5499 });
  });

  it("nomme départements et régions comme dans un sélecteur", () => {
    expect(org((o) => o.type === "departement" && o.codeDepartement === "53")?.nom).toBe("Département de la Mayenne");
    expect(org((o) => o.type === "departement" && o.codeDepartement === "35")?.nom).toBe("Département d'Ille-et-Vilaine");
    expect(org((o) => o.type === "region" && o.codeRegion === "52")).toMatchObject({
      nom: "Région Pays de la Loire", categorieJuridique: "7230", codeDepartement: "44",
    });
  });

  it("n'invente pas de conseil départemental là où une collectivité unique l'a remplacé", () => {
    expect(org((o) => o.type === "departement" && o.codeDepartement === "2A")).toBeUndefined();
    expect(org((o) => o.type === "region" && o.codeRegion === "94")?.nom).toBe("Collectivité de Corse");
    // Le jeu réduit n'a pas le Bas-Rhin et le Haut-Rhin : pas de Collectivité européenne d'Alsace.
    expect(org((o) => o.id === ID_COLLECTIVITE_ALSACE)).toBeUndefined();
  });

  it("crée un service de l'État par département et la DGALN", () => {
    const services = ref.organisations.filter((o) => o.type === "service_etat");
    expect(services.map((s) => s.nom)).toEqual([
      "DDTM d'Ille-et-Vilaine", "DDTM de la Loire-Atlantique", "DDT de la Mayenne", "DDTM de la Corse-du-Sud",
    ]);
    expect(services.find((s) => s.codeDepartement === "53")).toMatchObject({
      id: idStable("etat:53"), typeServiceEtat: "DDT", categorieJuridique: "7172", codeRegion: "52",
    });
    expect(org((o) => o.type === "dgaln")).toMatchObject({
      id: idStable("dgaln"), nom: "DGALN – Direction générale de l'aménagement, du logement et de la nature", siren: null,
    });
  });
});

describe("construireReferentiel (COG 2026 livré par le paquet)", async () => {
  const ref = construireReferentiel(await lireDonneesCog());
  const parType = (type: string) => ref.organisations.filter((o) => o.type === type);

  it("compte les collectivités du COG sans avertissement", () => {
    expect(ref.avertissements).toEqual([]);
    expect(ref.regions).toHaveLength(18);
    expect(ref.departements).toHaveLength(101);
    expect(ref.epci).toHaveLength(1255);
    expect(ref.communes).toHaveLength(34875);
    expect(ref.communes.filter((c) => c.epciSiren === null).map((c) => c.codeInsee).sort()).toEqual([
      "22016", "29083", "29155", "85113",
    ]);
  });

  it("a des identifiants, SIREN et codes INSEE uniques", () => {
    const uniques = (valeurs: (string | null)[]) => new Set(valeurs.filter((v) => v !== null)).size;
    const o = ref.organisations;
    expect(uniques(o.map((x) => x.id))).toBe(o.length);
    expect(uniques(o.map((x) => x.siren))).toBe(o.filter((x) => x.siren).length);
    expect(uniques(o.map((x) => x.codeInsee))).toBe(o.filter((x) => x.codeInsee).length);
  });

  it("a un service de l'État par département, dont 26 DDTM", () => {
    const services = parType("service_etat");
    expect(services).toHaveLength(101);
    expect(services.filter((s) => s.typeServiceEtat === "DDTM")).toHaveLength(26);
    expect(services.filter((s) => s.typeServiceEtat === "DRIEAT_UD").map((s) => s.codeDepartement)).toEqual(["75", "92", "93", "94"]);
  });

  it("rattache la Métropole du Grand Paris à Paris", () => {
    expect(ref.organisations.find((o) => o.siren === "200054781")).toMatchObject({ codeDepartement: "75", categorieJuridique: "7344" });
  });
});
