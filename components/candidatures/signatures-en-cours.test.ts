import { describe, expect, it } from "vitest";
import { avertissementSignatures, messageSignaturesAnnulees } from "./signatures-en-cours";

const noms = { collectivite: "Andouillé", etat: "DDT de la Mayenne" };
const jean = { partie: "collectivite" as const, signataire: "Jean Dupont", signeeLe: new Date("2027-03-03T09:00:00Z") };
const anne = { partie: "etat" as const, signataire: "Anne Roux", signeeLe: new Date("2027-03-04T08:05:00Z") };

describe("avertissementSignatures", () => {
  it("ne dit rien quand personne n'a signé le contenu actuel", () => {
    expect(avertissementSignatures([], noms)).toBeNull();
  });

  it("dit « signée par les deux parties » à la date de la seconde signature, et que les deux signeront de nouveau", () => {
    const a = avertissementSignatures([anne, jean], noms)!;
    expect(a.resume).toBe("signée par les deux parties le 4 mars 2027");
    expect(a.detail).toBe(
      "Jean Dupont pour la collectivité (Andouillé) le 3 mars 2027 à 10\u00a0h\u00a000 ; Anne Roux pour le service de l'État (DDT de la Mayenne) le 4 mars 2027 à 9\u00a0h\u00a005.",
    );
    expect(a.consequence).toBe("la collectivité (Andouillé) et le service de l'État (DDT de la Mayenne) devront signer de nouveau");
  });

  it("nomme le seul signataire quand une seule partie a signé", () => {
    const a = avertissementSignatures([jean], noms)!;
    expect(a.resume).toBe("signée par Jean Dupont pour la collectivité le 3 mars 2027");
    expect(a.consequence).toBe("la collectivité (Andouillé) devra signer de nouveau");
  });
});

describe("messageSignaturesAnnulees", () => {
  it("nomme les signatures annulées et les parties qui doivent signer de nouveau", () => {
    expect(messageSignaturesAnnulees([anne, jean], noms)).toBe(
      "Signatures annulées : Anne Roux pour le service de l'État, Jean Dupont pour la collectivité. La collectivité (Andouillé) et le service de l'État (DDT de la Mayenne) doivent signer de nouveau le contenu à jour.",
    );
    expect(messageSignaturesAnnulees([anne], noms)).toBe(
      "Signature annulée : Anne Roux pour le service de l'État. Le service de l'État (DDT de la Mayenne) doit signer de nouveau le contenu à jour.",
    );
    expect(messageSignaturesAnnulees([], noms)).toBe("");
  });
});
