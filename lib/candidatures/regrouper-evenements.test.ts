import { describe, expect, it } from "vitest";
import { regrouperEvenements, type LigneJournal, type SignataireAnnule } from "./regrouper-evenements";

let id = 0;
const ligne = (type: string, acteurId: string | null, donnees: unknown, entiteId = "c1"): LigneJournal => ({
  id: String(++id),
  type,
  survenuLe: new Date("2026-11-25T10:00:00Z"),
  acteurId,
  acteur: acteurId ? `Personne ${acteurId}` : null,
  resume: `résumé ${type}`,
  entiteId,
  donnees,
});

const signataires = new Map<string, SignataireAnnule>([
  ["s1", { signataire: "Marie Maire", partie: "collectivite" }],
  ["s2", { signataire: "Sophie Directrice", partie: "etat" }],
]);

describe("chronologie : une action, une ligne", () => {
  it("range les annulations de signatures causées par une modification sur la ligne de cette modification", () => {
    const lignes = [
      ligne("signature.apposee", "m", { hashContenu: "a" }, "s1"),
      ligne("candidature.modifiee", "p", { section: "livrables", hashContenu: "b" }),
      ligne("signature.invalidee", "p", { partie: "collectivite", hashContenu: "b" }, "s1"),
      ligne("signature.invalidee", "p", { partie: "etat", hashContenu: "b" }, "s2"),
    ];
    const evenements = regrouperEvenements(lignes, signataires);
    expect(evenements.map((e) => e.libelle)).toEqual(["Signature", "Modification"]);
    expect(evenements[1]!.signaturesAnnulees).toBe(
      "Signatures annulées, à renouveler : Marie Maire pour la collectivité et Sophie Directrice pour le service de l'État.",
    );
    expect(evenements[0]!.signaturesAnnulees).toBeNull();
  });

  it("garde sur sa propre ligne une annulation sans lien avec l'écriture précédente", () => {
    const lignes = [
      ligne("piece.deposee", "p", { section: "pieces", hashContenu: "b" }),
      ligne("signature.invalidee", "autre", { partie: "collectivite", hashContenu: "b" }, "s1"),
      ligne("candidature.deposee", "p", { hashContenu: "b" }),
      ligne("signature.invalidee", "p", { partie: "etat", hashContenu: "b" }, "s2"),
    ];
    const evenements = regrouperEvenements(lignes, signataires);
    expect(evenements.map((e) => e.libelle)).toEqual(["Pièce jointe", "Signature annulée", "Dépôt", "Signature annulée"]);
    expect(evenements.every((e) => e.signaturesAnnulees === null)).toBe(true);
  });

  it("ne montre jamais un code : un type inconnu devient « Événement »", () => {
    expect(regrouperEvenements([ligne("decision.inventee", null, {})], signataires)[0]!.libelle).toBe("Événement");
  });
});
