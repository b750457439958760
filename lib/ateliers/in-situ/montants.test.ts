import { describe, expect, it } from "vitest";
import { centimesEnSaisie, eurosEnCentimes, formaterCentimes } from "./montants";

describe("eurosEnCentimes", () => {
  it.each([
    ["1 234,50", 123450],
    ["1\u202f234,5", 123450],
    ["1\u00a0234.05", 123405],
    ["80", 8000],
    ["80 €", 8000],
    ["0", 0],
    ["0,99", 99],
    [" 12,3 ", 1230],
  ])("« %s » → %i centimes", (texte, centimes) => {
    expect(eurosEnCentimes(texte)).toBe(centimes);
  });

  it.each(["", "-5", "12,345", "1,234,5", "douze", "1e3", "12,", ",5", "NaN"])("refuse « %s »", (texte) => {
    expect(eurosEnCentimes(texte)).toBeNull();
  });
});

describe("affichage", () => {
  it("formate en euros avec les centimes, espaces de la norme française", () => {
    expect(formaterCentimes(123450).replace(/[\u00a0\u202f]/g, " ")).toBe("1 234,50 €");
    expect(formaterCentimes(0).replace(/[\u00a0\u202f]/g, " ")).toBe("0,00 €");
  });
  it("rend une valeur de champ que la conversion relit à l'identique", () => {
    for (const c of [0, 5, 99, 100, 123450, 99_999_999]) expect(eurosEnCentimes(centimesEnSaisie(c))).toBe(c);
  });
});
