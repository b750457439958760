import { describe, expect, it } from "vitest";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import { decisionsOffertes } from "./transitions-offertes";

describe("décisions de recevabilité offertes", () => {
  it("offre les trois décisions sur une candidature déposée, les corrections seules en instruction, rien ailleurs", () => {
    expect(decisionsOffertes("deposee", true).map((d) => d.action)).toEqual(["declarer_recevable", "declarer_irrecevable", "demander_corrections"]);
    expect(decisionsOffertes("en_instruction", true).map((d) => d.action)).toEqual(["demander_corrections"]);
    for (const statut of Object.values(StatutCandidature).filter((s) => s !== "deposee" && s !== "en_instruction")) {
      expect(decisionsOffertes(statut, true), statut).toEqual([]);
    }
  });

  it("n'offre rien à qui n'instruit pas, et dit quelles décisions sont à motiver", () => {
    expect(decisionsOffertes("deposee", false)).toEqual([]);
    expect(decisionsOffertes("deposee", true).map((d) => [d.libelle, d.motivationRequise])).toEqual([
      ["Déclarer recevable", false],
      ["Déclarer irrecevable", true],
      ["Demander des corrections", true],
    ]);
  });
});
