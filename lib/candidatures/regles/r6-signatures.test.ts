import { describe, expect, it } from "vitest";
import { faitsLocal } from "./faits.fixture";
import { regleR6Signatures, regleR6Statut, signatureValide, statutApresSignature } from "./r6-signatures";

const ACTUEL = "a".repeat(64);
const ANCIEN = "b".repeat(64);

describe("R6 — signatures des deux parties sur le contenu actuel", () => {
  it("valide les deux signatures sur l'empreinte actuelle", () => {
    const elements = regleR6Signatures(faitsLocal());
    expect(elements.map((e) => [e.partie, e.code])).toEqual([
      ["collectivite", "R6_SIGNATURE_OK"],
      ["etat", "R6_SIGNATURE_OK"],
    ]);
    expect(elements[1]!.message).toBe("Signée par le service de l'État compétent sur le contenu actuel.");
  });

  it("demande de renouveler une signature portant sur une ancienne empreinte", () => {
    const faits = faitsLocal({
      signatures: [
        { partie: "collectivite", hashContenu: ANCIEN, invalidee: false },
        { partie: "etat", hashContenu: ACTUEL, invalidee: false },
      ],
    });
    const [collectivite, etat] = regleR6Signatures(faits);
    expect(collectivite).toMatchObject({ code: "R6_SIGNATURE_A_RENOUVELER", etat: "manquant", partie: "collectivite" });
    expect(collectivite!.message).toBe(
      "Signature de la collectivité principale à renouveler : le contenu a changé depuis. Un signataire de la collectivité principale doit signer à nouveau.",
    );
    expect(etat!.code).toBe("R6_SIGNATURE_OK");
    expect(statutApresSignature(faits)).toBe("brouillon");
  });

  it("demande de renouveler une signature invalidée, même sur la même empreinte", () => {
    const faits = faitsLocal({
      signatures: [
        { partie: "collectivite", hashContenu: ACTUEL, invalidee: false },
        { partie: "etat", hashContenu: ACTUEL, invalidee: true },
      ],
    });
    expect(regleR6Signatures(faits)[1]).toMatchObject({ code: "R6_SIGNATURE_A_RENOUVELER", partie: "etat" });
    expect(signatureValide(faits, "etat")).toBe(false);
  });

  it("retient une nouvelle signature valide à côté d'une ancienne invalidée", () => {
    const faits = faitsLocal({
      signatures: [
        { partie: "collectivite", hashContenu: ANCIEN, invalidee: true },
        { partie: "collectivite", hashContenu: ACTUEL, invalidee: false },
        { partie: "etat", hashContenu: ACTUEL, invalidee: false },
      ],
    });
    expect(regleR6Signatures(faits).every((e) => e.etat === "ok")).toBe(true);
    expect(statutApresSignature(faits)).toBe("signee");
  });

  it("signale une signature absente", () => {
    const faits = faitsLocal({ signatures: [{ partie: "collectivite", hashContenu: ACTUEL, invalidee: false }] });
    const etat = regleR6Signatures(faits)[1]!;
    expect(etat).toMatchObject({ code: "R6_SIGNATURE_MANQUANTE", etat: "manquant" });
    expect(etat.message).toBe("Signature manquante : un signataire du service de l'État compétent doit signer la candidature.");
  });

  it("ne tient aucune signature pour valide sans empreinte de contenu", () => {
    expect(signatureValide(faitsLocal({ hashContenu: null }), "collectivite")).toBe(false);
  });

  it("ne permet le dépôt que depuis le statut « signée »", () => {
    expect(regleR6Statut({ statut: "signee" })).toEqual([]);
    const [e] = regleR6Statut({ statut: "deposee" });
    expect(e).toMatchObject({ code: "R6_STATUT_INCOMPATIBLE", etat: "refuse" });
    expect(e!.message).toBe("La candidature est au statut « déposée » : seule une candidature signée par les deux parties peut être déposée.");
  });
});
