import { describe, expect, it } from "vitest";
import { suggererDecisions } from "./suggestion";

const lignes = [
  { candidatureId: "a", rang: 1, moyenne: 4.5 },
  { candidatureId: "b", rang: 2, moyenne: 4.1 },
  { candidatureId: "c", rang: 2, moyenne: 4.1 },
  { candidatureId: "d", rang: 4, moyenne: 3 },
  { candidatureId: "e", rang: 5, moyenne: 2.25 },
  { candidatureId: "f", rang: null, moyenne: null },
];

describe("suggestion des décisions d'une session", () => {
  it("retient le quota (ex aequo compris), met la suite sur la liste complémentaire, écarte les autres", () => {
    const s = suggererDecisions(lignes, 3);
    expect(["a", "b", "c", "d", "e"].map((id) => s.get(id)?.decision)).toEqual(["retenir", "retenir", "retenir", "inscrire_liste_complementaire", "ne_pas_retenir"]);
    expect(s.get("a")?.motivation).toBe("Classée 1re sur 5 par le jury, avec une moyenne de 4,50 sur 5 : elle figure parmi les 3 lauréates prévues par la session.");
    expect(s.get("e")?.motivation).toContain("Classée 5e sur 5");
  });

  it("ne propose rien pour une candidature non classée, ni sans quota", () => {
    expect(suggererDecisions(lignes, 3).has("f")).toBe(false);
    expect(suggererDecisions(lignes, null).size).toBe(0);
  });
});
