import { describe, expect, it } from "vitest";
import { analyserSaisie } from "./recherche";

describe("analyserSaisie", () => {
  it("reconnaît un SIREN, espaces comprises", () => {
    expect(analyserSaisie("200033298")).toEqual({ genre: "siren", valeur: "200033298" });
    expect(analyserSaisie(" 215 300 054 ")).toEqual({ genre: "siren", valeur: "215300054" });
  });

  it("reconnaît un code INSEE, Corse et outre-mer compris", () => {
    expect(analyserSaisie("53005")).toEqual({ genre: "insee", valeur: "53005" });
    expect(analyserSaisie("2a004")).toEqual({ genre: "insee", valeur: "2A004" });
    expect(analyserSaisie("97411")).toEqual({ genre: "insee", valeur: "97411" });
  });

  it("reconnaît un code de département et un début de code INSEE", () => {
    expect(analyserSaisie("53")).toEqual({ genre: "departement", valeur: "53" });
    expect(analyserSaisie("2B")).toEqual({ genre: "departement", valeur: "2B" });
    expect(analyserSaisie("974")).toEqual({ genre: "departement", valeur: "974" });
    expect(analyserSaisie("530")).toEqual({ genre: "debutInsee", valeur: "530" });
    expect(analyserSaisie("2A00")).toEqual({ genre: "debutInsee", valeur: "2A00" });
  });

  it("normalise un nom, et ignore une saisie sans lettre", () => {
    expect(analyserSaisie("  Andouillé-Neu")).toEqual({ genre: "nom", valeur: "andouille neu" });
    expect(analyserSaisie("CC de l’Ernée")).toEqual({ genre: "nom", valeur: "cc de l ernee" });
    expect(analyserSaisie("")).toBeNull();
    expect(analyserSaisie(" - ")).toBeNull();
    expect(analyserSaisie("123456")).toBeNull();
  });

  it("développe St et Ste devant un autre mot seulement", () => {
    expect(analyserSaisie("St-Malo")).toEqual({ genre: "nom", valeur: "saint malo" });
    expect(analyserSaisie("Ste Foy")).toEqual({ genre: "nom", valeur: "sainte foy" });
    expect(analyserSaisie("Villeneuve-St-Georges")).toEqual({ genre: "nom", valeur: "villeneuve saint georges" });
    expect(analyserSaisie("st")).toEqual({ genre: "nom", valeur: "st" });
    expect(analyserSaisie("stras")).toEqual({ genre: "nom", valeur: "stras" });
  });
});
