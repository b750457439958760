import { describe, expect, it } from "vitest";
import { TypePiece } from "@/lib/generated/prisma/enums";
import { LIBELLES_PIECES, piecesRequises } from "../pieces-requises";
import { faitsFlash, faitsLocal, faitsNational, SESSION_OUVERTE } from "./faits.fixture";
import { regleR5Pieces } from "./r5-pieces";

const manquantes = (faits: Parameters<typeof regleR5Pieces>[0]) =>
  regleR5Pieces(faits)
    .filter((e) => e.etat !== "ok")
    .map((e) => e.piece);

describe("R5 — pièces exigées", () => {
  it("exige les quatre pièces de la DGALN pour un atelier local", () => {
    expect(piecesRequises("local", null)).toEqual(["note_opportunite", "courrier_soutien_collectivite", "courrier_soutien_prefet", "courrier_engagement_etat"]);
  });

  it("n'exige pas le courrier du préfet pour un atelier flash", () => {
    expect(piecesRequises("flash", null)).toEqual(["note_opportunite", "courrier_soutien_collectivite", "courrier_engagement_etat"]);
    expect(manquantes(faitsFlash())).toEqual([]);
  });

  it("prend les pièces de la session nationale quand elle en configure", () => {
    const session = { ...SESSION_OUVERTE, piecesRequises: ["note_opportunite", "autre", "autre"] as TypePiece[] };
    expect(piecesRequises("national", session)).toEqual(["note_opportunite", "autre"]);
    expect(manquantes(faitsNational({ session, pieces: ["note_opportunite"] }))).toEqual(["autre"]);
  });

  it("exige pour un atelier national, à défaut de configuration, les pièces d'un atelier local", () => {
    expect(piecesRequises("national", SESSION_OUVERTE)).toEqual(piecesRequises("local", null));
    expect(piecesRequises("national", null)).toEqual(piecesRequises("local", null));
  });

  it("ignore les pièces d'une session pour un atelier local", () => {
    expect(piecesRequises("local", { piecesRequises: ["autre"] })).toEqual(piecesRequises("local", null));
  });

  it("liste chaque pièce manquante avec son libellé", () => {
    const elements = regleR5Pieces(faitsLocal({ pieces: ["note_opportunite", "courrier_soutien_collectivite"] }));
    expect(elements.map((e) => [e.code, e.piece])).toEqual([
      ["R5_PIECE_OK", "note_opportunite"],
      ["R5_PIECE_OK", "courrier_soutien_collectivite"],
      ["R5_PIECE_MANQUANTE", "courrier_soutien_prefet"],
      ["R5_PIECE_MANQUANTE", "courrier_engagement_etat"],
    ]);
    expect(elements[2]!.message).toBe("Pièce manquante : courrier de soutien du préfet ou du sous-préfet, adressé à la DGALN (AD1/DHUP).");
    expect(elements[2]!.etat).toBe("manquant");
  });

  it("compte une pièce d'un autre type comme absente", () => {
    expect(manquantes(faitsFlash({ pieces: ["autre", "demande_derogation"] }))).toHaveLength(3);
  });

  it("a un libellé français pour chaque type de pièce", () => {
    expect(Object.keys(LIBELLES_PIECES).sort()).toEqual(Object.values(TypePiece).sort());
    for (const libelle of Object.values(LIBELLES_PIECES)) expect(libelle).toMatch(/^[A-ZÉ]/);
  });
});
