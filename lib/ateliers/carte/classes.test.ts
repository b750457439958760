import { describe, expect, it } from "vitest";
import contours from "./contours.json";
import { CLASSES_CARTE, classeCarte } from "./classes";

describe("classes de la carte", () => {
  it("chaque nombre tombe dans exactement une classe, sans trou", () => {
    expect(classeCarte(0).libelle).toBe("Aucun atelier");
    expect(classeCarte(1).libelle).toBe("1 atelier");
    expect(classeCarte(3).libelle).toBe("2 ou 3 ateliers");
    expect(classeCarte(4).libelle).toBe("4 ou 5 ateliers");
    expect(classeCarte(250).libelle).toBe("6 ateliers ou plus");
    for (let n = 0; n < 20; n++) expect(CLASSES_CARTE.filter((c) => n >= c.min && (c.max === null || n <= c.max))).toHaveLength(1);
  });
});

describe("contours importés", () => {
  it("les 96 départements de métropole (Corse en 2A et 2B) et les 5 DROM, chacun dessiné", () => {
    const metropole = Object.keys(contours.metropole.departements);
    expect(metropole).toHaveLength(96);
    expect(metropole).toEqual(expect.arrayContaining(["01", "2A", "2B", "53", "95"]));
    expect(Object.keys(contours.drom).sort()).toEqual(["971", "972", "973", "974", "976"]);
    for (const d of [...Object.values(contours.metropole.departements), ...Object.values(contours.drom).map((x) => x.d)]) {
      expect(d).toMatch(/^M[\d. L-]+Z/);
    }
  });
});
