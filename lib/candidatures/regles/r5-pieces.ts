// R5 — Chaque pièce exigée pour le format (ou par la session nationale) doit être jointe.
import { LIBELLES_PIECES, piecesRequises } from "../pieces-requises";
import { element, minuscule } from "./libelles";
import type { ElementChecklist, FaitsCandidature } from "./types";

export type FaitsR5 = Pick<FaitsCandidature, "format" | "session" | "pieces">;

export function regleR5Pieces(faits: FaitsR5): ElementChecklist[] {
  return piecesRequises(faits.format, faits.session).map((piece) =>
    faits.pieces.includes(piece)
      ? element("R5", "R5_PIECE_OK", "ok", `Pièce jointe : ${minuscule(LIBELLES_PIECES[piece])}.`, { piece })
      : element("R5", "R5_PIECE_MANQUANTE", "manquant", `Pièce manquante : ${minuscule(LIBELLES_PIECES[piece])}.`, { piece }),
  );
}
