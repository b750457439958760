import { describe, expect, it } from "vitest";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import { decisionsOffertes } from "./transitions-offertes";

const LOCAL = { format: "local", statutSession: null } as const;
const NATIONAL = { format: "national", statutSession: "en_deliberation" } as const;

describe("décisions offertes à la DGALN depuis la fiche", () => {
  it("offre les trois décisions de recevabilité sur une candidature déposée ; en instruction, la sélection au fil de l'eau d'un local", () => {
    expect(decisionsOffertes("deposee", true, LOCAL).map((d) => d.action)).toEqual(["declarer_recevable", "declarer_irrecevable", "demander_corrections"]);
    expect(decisionsOffertes("en_instruction", true, LOCAL).map((d) => d.action)).toEqual(["demander_corrections", "retenir", "ne_pas_retenir"]);
    for (const statut of Object.values(StatutCandidature).filter((s) => !["deposee", "en_instruction", "liste_complementaire"].includes(s))) {
      expect(decisionsOffertes(statut, true, LOCAL), statut).toEqual([]);
    }
  });

  it("renvoie la sélection d'un national à sa session, puis offre sa liste complémentaire une fois les résultats publiés", () => {
    expect(decisionsOffertes("en_instruction", true, NATIONAL).map((d) => d.action)).toEqual(["demander_corrections"]);
    expect(decisionsOffertes("liste_complementaire", true, NATIONAL)).toEqual([]);
    expect(decisionsOffertes("liste_complementaire", true, { ...NATIONAL, statutSession: "resultats_publies" }).map((d) => d.action)).toEqual([
      "retenir",
      "ne_pas_retenir",
    ]);
  });

  it("n'offre rien à qui n'instruit pas, et dit quelles décisions sont à motiver", () => {
    expect(decisionsOffertes("deposee", false, LOCAL)).toEqual([]);
    expect(decisionsOffertes("deposee", true, LOCAL).map((d) => [d.libelle, d.motivationRequise])).toEqual([
      ["Déclarer recevable", false],
      ["Déclarer irrecevable", true],
      ["Demander des corrections", true],
    ]);
  });
});
