import { describe, expect, it } from "vitest";
import { refusDecisionsSession, refusSelectionDepuisFiche } from "./regles";

describe("règles de la sélection", () => {
  it("laisse la DGALN retenir ou non un atelier local ou flash depuis la fiche", () => {
    expect(refusSelectionDepuisFiche({ format: "local", statut: "en_instruction", statutSession: null }, "retenir")).toBeNull();
    expect(refusSelectionDepuisFiche({ format: "flash", statut: "en_instruction", statutSession: null }, "ne_pas_retenir")).toBeNull();
  });

  it("renvoie une candidature nationale en instruction à la délibération de sa session", () => {
    expect(refusSelectionDepuisFiche({ format: "national", statut: "en_instruction", statutSession: "en_deliberation" }, "retenir")).toContain(
      "délibération du jury de sa session",
    );
  });

  it("décide depuis la fiche un national revenu en instruction après la publication", () => {
    expect(refusSelectionDepuisFiche({ format: "national", statut: "en_instruction", statutSession: "resultats_publies" }, "retenir")).toBeNull();
  });

  it("ne décide la liste complémentaire depuis la fiche qu'après la publication", () => {
    const liste = { format: "national" as const, statut: "liste_complementaire" as const };
    expect(refusSelectionDepuisFiche({ ...liste, statutSession: "en_deliberation" }, "retenir")).toContain("une fois les résultats de la session publiés");
    expect(refusSelectionDepuisFiche({ ...liste, statutSession: "resultats_publies" }, "retenir")).toBeNull();
  });

  it("réserve l'inscription sur la liste complémentaire au tableau de délibération", () => {
    expect(refusSelectionDepuisFiche({ format: "local", statut: "en_instruction", statutSession: null }, "inscrire_liste_complementaire")).toContain(
      "sessions nationales",
    );
  });

  it("ne reçoit les décisions d'une session que pendant sa délibération", () => {
    expect(refusDecisionsSession("en_deliberation")).toBeNull();
    expect(refusDecisionsSession("cloturee")).toBe("Les décisions se prennent pendant la délibération ; la session est « clôturée ».");
  });
});
