import { describe, expect, it } from "vitest";
import { HASH_ORIGINE, empreinteEvenement, jsonCanonique } from "./journal";

const contenu = {
  acteurId: null,
  type: "candidature.creee",
  entite: "candidature",
  entiteId: "c1",
  candidatureId: "c1",
  atelierId: null,
  resume: "Candidature créée",
  donnees: { b: 1, a: [2, { d: 3, c: 4 }] },
  survenuLe: "2026-11-25T10:00:00.000Z",
};

describe("journal d'audit", () => {
  it("sérialise de façon canonique quel que soit l'ordre des clés", () => {
    expect(jsonCanonique({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it("change d'empreinte si le contenu ou le maillon précédent change", () => {
    const base = empreinteEvenement(HASH_ORIGINE, contenu);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(empreinteEvenement(HASH_ORIGINE, { ...contenu, resume: "Candidature modifiée" })).not.toBe(base);
    expect(empreinteEvenement("1".repeat(64), contenu)).not.toBe(base);
    expect(empreinteEvenement(HASH_ORIGINE, { ...contenu, donnees: { a: [2, { c: 4, d: 3 }], b: 1 } })).toBe(base);
  });
});
