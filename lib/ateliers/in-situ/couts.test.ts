import { describe, expect, it } from "vitest";
import { calculerCouts } from "./couts";

describe("calculerCouts", () => {
  it("additionne l'équipe et les frais, par atelier in situ et par nature", () => {
    const r = calculerCouts({
      coutEquipeEuros: 30_000,
      ateliersInSituIds: ["a", "b", "c"],
      frais: [
        { montantCentimes: 12_050, nature: "restauration", atelierInSituId: "a" },
        { montantCentimes: 30_000, nature: "location_salle", atelierInSituId: "a" },
        { montantCentimes: 4_999, nature: "restauration", atelierInSituId: "b" },
        { montantCentimes: 1_000, nature: "autre", atelierInSituId: null },
      ],
    });
    expect(r.equipeCentimes).toBe(3_000_000);
    expect(r.fraisCentimes).toBe(48_049);
    expect(r.parAtelierInSitu).toEqual({ a: 42_050, b: 4_999, c: 0 });
    expect(r.horsAtelierInSitu).toBe(1_000);
    expect(r.parNature).toEqual([
      { nature: "restauration", centimes: 17_049 },
      { nature: "location_salle", centimes: 30_000 },
      { nature: "autre", centimes: 1_000 },
    ]);
    expect(r.totalCentimes).toBe(3_048_049);
  });

  it("sans coût d'équipe ni frais : zéro, l'équipe non renseignée", () => {
    const r = calculerCouts({ coutEquipeEuros: null, ateliersInSituIds: [], frais: [] });
    expect(r).toEqual({ equipeCentimes: null, fraisCentimes: 0, parAtelierInSitu: {}, horsAtelierInSitu: 0, parNature: [], totalCentimes: 0 });
  });

  it("un frais d'un atelier in situ inconnu compte hors atelier in situ, jamais deux fois", () => {
    const r = calculerCouts({ coutEquipeEuros: 0, ateliersInSituIds: ["a"], frais: [{ montantCentimes: 500, nature: "logistique", atelierInSituId: "z" }] });
    expect(r.parAtelierInSitu).toEqual({ a: 0 });
    expect(r.horsAtelierInSitu).toBe(500);
    expect(r.totalCentimes).toBe(500);
  });
});
