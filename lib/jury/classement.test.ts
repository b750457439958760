import { describe, expect, it } from "vitest";
import { classer, notePonderee } from "./classement";

const CRITERES = [
  { id: "pertinence", poids: 50 },
  { id: "portage", poids: 30 },
  { id: "mobilisation", poids: 20 },
];
const notes = (p: number, po: number, m: number) => ({ pertinence: p, portage: po, mobilisation: m });

describe("notes, moyennes et rangs d'une session", () => {
  it("pondère les notes d'un juré par les poids des critères ; une note manquante ou hors 0–5 ne compte pas", () => {
    expect(notePonderee(CRITERES, notes(5, 0, 0))).toBe(2.5);
    expect(notePonderee(CRITERES, notes(4, 3, 2))).toBeCloseTo(3.3);
    expect(notePonderee(CRITERES, { pertinence: 5, portage: 5 })).toBeNull();
    expect(notePonderee(CRITERES, notes(6, 5, 5))).toBeNull();
  });

  it("moyenne des jurés qui ont soumis, rang de compétition avec ex aequo, ligne du quota", () => {
    const lignes = classer({
      criteres: CRITERES,
      quota: 2,
      candidatures: [
        { id: "a", affectes: ["j1", "j2"] },
        { id: "b", affectes: ["j1", "j2"] },
        { id: "c", affectes: ["j1", "j3"] },
        { id: "d", affectes: ["j2", "j3"] },
      ],
      evaluations: [
        { membreJuryId: "j1", candidatureId: "a", notes: notes(4, 4, 4) },
        { membreJuryId: "j2", candidatureId: "a", notes: notes(2, 2, 2) },
        { membreJuryId: "j1", candidatureId: "b", notes: notes(3, 3, 3) },
        { membreJuryId: "j2", candidatureId: "b", notes: notes(3, 3, 3) },
        { membreJuryId: "j1", candidatureId: "c", notes: notes(5, 5, 5) },
      ],
    });
    expect(lignes.map((l) => [l.candidatureId, l.moyenne, l.rang, l.dansLeQuota])).toEqual([
      ["c", 5, 1, true],
      ["a", 3, 2, true],
      ["b", 3, 2, true],
      ["d", null, null, false],
    ]);
    expect(lignes.find((l) => l.candidatureId === "c")?.manquants).toEqual(["j3"]);
    expect(lignes.find((l) => l.candidatureId === "d")?.manquants).toEqual(["j2", "j3"]);
    // Écart de 2 points sur chaque critère entre j1 et j2 pour « a » : désaccord signalé.
    expect(lignes.find((l) => l.candidatureId === "a")?.desaccords).toEqual(["pertinence", "portage", "mobilisation"]);
    expect(lignes.find((l) => l.candidatureId === "b")?.desaccords).toEqual([]);
  });

  it("après des ex aequo, le rang suivant saute (1, 2, 2, 4)", () => {
    const lignes = classer({
      criteres: [{ id: "x", poids: 100 }],
      quota: null,
      candidatures: ["a", "b", "c", "d"].map((id) => ({ id, affectes: ["j"] })),
      evaluations: [
        { membreJuryId: "j", candidatureId: "a", notes: { x: 5 } },
        { membreJuryId: "j", candidatureId: "b", notes: { x: 4 } },
        { membreJuryId: "j", candidatureId: "c", notes: { x: 4 } },
        { membreJuryId: "j", candidatureId: "d", notes: { x: 1 } },
      ],
    });
    expect(lignes.map((l) => l.rang)).toEqual([1, 2, 2, 4]);
    expect(lignes.every((l) => !l.dansLeQuota)).toBe(true);
  });

  it("ignore l'évaluation d'un juré qui n'est pas (ou plus) affecté à la candidature", () => {
    const [ligne] = classer({
      criteres: [{ id: "x", poids: 100 }],
      quota: 1,
      candidatures: [{ id: "a", affectes: ["j1"] }],
      evaluations: [
        { membreJuryId: "j1", candidatureId: "a", notes: { x: 2 } },
        { membreJuryId: "intrus", candidatureId: "a", notes: { x: 5 } },
      ],
    });
    expect(ligne?.moyenne).toBe(2);
  });
});
