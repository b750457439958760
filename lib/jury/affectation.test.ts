import { describe, expect, it } from "vitest";
import { jureCompatible, repartir, type CandidatureAAffecter, type JureAAffecter } from "./affectation";

const DEPARTEMENTS = ["01", "13", "21", "29", "33", "44", "53", "59", "67", "69", "75", "971"];

/** Un jury de 12 (chacun d'une organisation et d'un département) et 150 candidatures de 12 départements. */
function monde(nJures = 12, nCandidatures = 150) {
  const jures: JureAAffecter[] = Array.from({ length: nJures }, (_, i) => ({
    membreJuryId: `j${i}`,
    organisationIds: [`org-jure-${i}`, ...(i === 0 ? ["commune-7"] : [])],
    departements: i < 4 ? [DEPARTEMENTS[i]!] : [],
  }));
  const candidatures: CandidatureAAffecter[] = Array.from({ length: nCandidatures }, (_, i) => ({
    id: `c${i}`,
    organisationIds: [`commune-${i}`],
    departements: [DEPARTEMENTS[i % DEPARTEMENTS.length]!],
  }));
  return { jures, candidatures };
}

describe("répartition automatique des candidatures entre les jurés", () => {
  it("12 jurés, 150 candidatures, 3 jurés chacune : aucune incompatibilité, charges égales à une unité près", () => {
    const { jures, candidatures } = monde();
    const conflits = [{ membreJuryId: "j5", candidatureId: "c10" }, { membreJuryId: "j6", candidatureId: "c10" }];
    const r = repartir({ candidatures, jures, parCandidature: 3, conflits });
    expect(r.incompletes).toEqual([]);
    expect(r.affectations).toHaveLength(450);
    const charges = [...r.charges.values()];
    expect(Math.max(...charges) - Math.min(...charges)).toBeLessThanOrEqual(1);
    const parCandidature = new Map<string, string[]>();
    for (const a of r.affectations) parCandidature.set(a.candidatureId, [...(parCandidature.get(a.candidatureId) ?? []), a.membreJuryId]);
    const conflitsSet = new Set(conflits.map((c) => `${c.membreJuryId}|${c.candidatureId}`));
    for (const c of candidatures) {
      const assignes = parCandidature.get(c.id)!;
      expect(new Set(assignes).size).toBe(3);
      for (const id of assignes) expect(jureCompatible(jures.find((j) => j.membreJuryId === id)!, c, conflitsSet)).toBe(true);
    }
    expect(parCandidature.get("c10")).not.toContain("j5");
    expect(parCandidature.get("c7")).not.toContain("j0"); // sa propre organisation
    expect(parCandidature.get("c0")).not.toContain("j0"); // son département (01)
  });

  it("garde les affectations faites à la main et les compte dans les charges", () => {
    const { jures, candidatures } = monde(4, 8);
    const existantes = [{ membreJuryId: "j3", candidatureId: "c5" }];
    const r = repartir({ candidatures, jures: jures.map((j) => ({ ...j, departements: [] })), parCandidature: 2, existantes });
    expect(r.affectations.filter((a) => a.candidatureId === "c5")).toHaveLength(1);
    expect([...r.charges.values()].reduce((a, b) => a + b, 0)).toBe(16);
    const charges = [...r.charges.values()];
    expect(Math.max(...charges) - Math.min(...charges)).toBeLessThanOrEqual(1);
  });

  it("signale les candidatures qui ne peuvent pas recevoir assez de jurés sans lien avec elles", () => {
    const jures: JureAAffecter[] = [
      { membreJuryId: "a", organisationIds: [], departements: ["53"] },
      { membreJuryId: "b", organisationIds: [], departements: [] },
    ];
    const r = repartir({ candidatures: [{ id: "x", organisationIds: [], departements: ["53"] }], jures, parCandidature: 2 });
    expect(r.incompletes).toEqual([{ candidatureId: "x", obtenus: 1 }]);
  });

  it("est déterministe : les mêmes faits donnent la même répartition", () => {
    const { jures, candidatures } = monde();
    expect(repartir({ candidatures, jures, parCandidature: 3 }).affectations).toEqual(repartir({ candidatures, jures, parCandidature: 3 }).affectations);
  });
});
