import { describe, expect, it } from "vitest";
import { normaliserNom } from "./normaliser";

describe("normaliserNom", () => {
  it("retire les accents et la casse", () => {
    expect(normaliserNom("Andouillé")).toBe("andouille");
    expect(normaliserNom("ÉVRON")).toBe("evron");
    expect(normaliserNom("Île-de-France")).toBe("ile de france");
  });

  it("développe les ligatures", () => {
    expect(normaliserNom("Cœuvres-et-Valsery")).toBe("coeuvres et valsery");
    expect(normaliserNom("ŒUILLY")).toBe("oeuilly");
    expect(normaliserNom("Lætitia")).toBe("laetitia");
  });

  it("réduit traits d'union, apostrophes et espaces à une seule espace", () => {
    expect(normaliserNom("L'Abergement-Clémenciat")).toBe("l abergement clemenciat");
    expect(normaliserNom("CC de l’Ernée")).toBe("cc de l ernee");
    expect(normaliserNom("DRIEAT – Unité départementale de Paris")).toBe("drieat unite departementale de paris");
    expect(normaliserNom("  Saint--Denis   ")).toBe("saint denis");
  });

  it("garde les chiffres", () => {
    expect(normaliserNom("2A004")).toBe("2a004");
    expect(normaliserNom("Paris 15e Arrondissement")).toBe("paris 15e arrondissement");
  });

  it("rend une chaîne vide pour une saisie sans lettre ni chiffre", () => {
    expect(normaliserNom(" - ' ")).toBe("");
  });

  it("est idempotente", () => {
    const une = normaliserNom("Château-Gontier-sur-Mayenne");
    expect(normaliserNom(une)).toBe(une);
  });
});
