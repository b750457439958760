import { describe, expect, it } from "vitest";
import { ecrireFiltresAteliers, jourParis, lireFiltresAteliers, phaseEnRetard } from "./filtres";

describe("filtres de « Mes ateliers »", () => {
  it("lit chaque filtre reconnu de l'adresse", () => {
    const f = lireFiltresAteliers(
      new URLSearchParams("q=  Coëvrons   productifs &format=national&statut=en_cours&annee=2023&region=52&departement=2a&enRetard=1&tri=titre&sens=desc&page=3"),
    );
    expect(f).toEqual({
      q: "Coëvrons productifs",
      format: "national",
      statut: "en_cours",
      annee: 2023,
      region: "52",
      departement: "2A",
      enRetard: true,
      tri: "titre",
      sens: "desc",
      page: 3,
    });
  });

  it("ignore les valeurs inconnues ou mal formées au lieu de refuser l'adresse", () => {
    const f = lireFiltresAteliers({ format: "geant", statut: "retenue", annee: "23", region: "5", departement: "999", enRetard: "oui", tri: "id", sens: "haut", page: "-2" });
    expect(f).toEqual({
      q: undefined,
      format: undefined,
      statut: undefined,
      annee: undefined,
      region: undefined,
      departement: undefined,
      enRetard: undefined,
      tri: "creeLe",
      sens: "desc",
      page: 1,
    });
    expect(lireFiltresAteliers({ annee: "1850" }).annee).toBeUndefined();
    expect(lireFiltresAteliers({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("trie les textes de A à Z et la création du plus récent au plus ancien par défaut", () => {
    expect(lireFiltresAteliers({ tri: "titre" }).sens).toBe("asc");
    expect(lireFiltresAteliers({}).sens).toBe("desc");
  });

  it("écrit une adresse sans les valeurs par défaut, qui redonne les mêmes filtres", () => {
    const f = lireFiltresAteliers({ format: "flash", annee: "2023", enRetard: "1", tri: "titre" });
    const ecrite = ecrireFiltresAteliers(f);
    expect(ecrite).toBe("format=flash&annee=2023&enRetard=1&tri=titre");
    expect(lireFiltresAteliers(new URLSearchParams(ecrite))).toEqual(f);
    expect(ecrireFiltresAteliers(lireFiltresAteliers({}))).toBe("");
    expect(ecrireFiltresAteliers(f, ["enRetard", "tri"])).toBe("format=flash&annee=2023");
  });

  it("compte le retard au jour de Paris : une phase qui finit aujourd'hui n'est pas encore en retard", () => {
    // 31 mars 2027, 23 h 30 UTC : déjà le 1er avril à Paris.
    const aujourdhui = jourParis(new Date("2027-03-31T23:30:00Z"));
    expect(aujourdhui.toISOString()).toBe("2027-04-01T00:00:00.000Z");
    const fin = (j: string) => new Date(`${j}T00:00:00Z`);
    expect(phaseEnRetard({ finPrevue: fin("2027-03-31"), statut: "en_cours" }, aujourdhui)).toBe(true);
    expect(phaseEnRetard({ finPrevue: fin("2027-04-01"), statut: "en_cours" }, aujourdhui)).toBe(false);
    expect(phaseEnRetard({ finPrevue: fin("2027-03-31"), statut: "validee" }, aujourdhui)).toBe(false);
    expect(phaseEnRetard({ finPrevue: null, statut: "a_venir" }, aujourdhui)).toBe(false);
  });
});
