import { describe, expect, it } from "vitest";
import type { NouvelEvenement } from "./journal";
import { LIBELLE_EVENEMENT_INCONNU, LIBELLES_EVENEMENTS, libelleEvenement, typeEvenementDecision } from "./evenements";

describe("catalogue des événements", () => {
  it("donne un libellé français à chaque type, jamais le code", () => {
    for (const [type, libelle] of Object.entries(LIBELLES_EVENEMENTS)) {
      expect(libelle).not.toBe(type);
      expect(libelle).not.toMatch(/[._]/);
      expect(libelle).toMatch(/^[A-ZÉ]/);
    }
    expect(libelleEvenement("decision.corrections_demandees")).toBe("Corrections demandées");
    expect(libelleEvenement("decision.recevable")).toBe("Candidature recevable");
  });

  it("montre un libellé neutre pour un type inconnu lu en base, même hérité d'Object", () => {
    expect(libelleEvenement("candidature.signee")).toBe(LIBELLE_EVENEMENT_INCONNU);
    expect(libelleEvenement("toString")).toBe("Événement");
  });

  it("nomme les événements de décision d'après le type de décision", () => {
    expect(typeEvenementDecision("non_retenue")).toBe("decision.non_retenue");
    expect(libelleEvenement(typeEvenementDecision("derogation_refusee"))).toBe("Dérogation refusée");
  });

  it("refuse, à la vérification des types, un type absent du catalogue ou des données d'une autre forme", () => {
    const refuses: NouvelEvenement[] = [
      // @ts-expect-error type absent du catalogue
      { type: "candidature.signee", entite: "candidature", entiteId: "c1", resume: "Signée" },
      // @ts-expect-error la partie dont la signature est annulée manque
      { type: "signature.invalidee", entite: "signature", entiteId: "s1", resume: "Annulée", donnees: { hashContenu: "0" } },
    ];
    const admis: NouvelEvenement = { type: "deconnexion", entite: "utilisateur", entiteId: "u1", resume: "Déconnexion" };
    expect([...refuses, admis]).toHaveLength(3);
  });
});
