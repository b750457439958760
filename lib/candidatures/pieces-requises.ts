// R5 — Pièces exigées par format (DESIGN.md §6 R5). Atelier local : les quatre pièces de la page
// DGALN « Modalités de candidature aux Ateliers Locaux ». Atelier flash [choix produit] : sans le
// courrier du préfet. Atelier national : celles de la session, et à défaut comme un atelier local.
import type { FormatAtelier, TypePiece } from "@/lib/generated/prisma/enums";

export const LIBELLES_PIECES: Record<TypePiece, string> = {
  note_opportunite: "Note d'opportunité valant candidature",
  courrier_soutien_collectivite: "Courrier de soutien de la ou des collectivités",
  courrier_soutien_prefet: "Courrier de soutien du préfet ou du sous-préfet, adressé à la DGALN (AD1/DHUP)",
  courrier_engagement_etat: "Courrier d'engagement du service de l'État (DDT(M) ou D(R)EAL) à porter l'atelier",
  demande_derogation: "Demande de dérogation",
  autre: "Autre pièce",
};

const PIECES_ATELIER_LOCAL = [
  "note_opportunite",
  "courrier_soutien_collectivite",
  "courrier_soutien_prefet",
  "courrier_engagement_etat",
] as const satisfies readonly TypePiece[];

export const PIECES_REQUISES_PAR_FORMAT: Record<FormatAtelier, readonly TypePiece[]> = {
  local: PIECES_ATELIER_LOCAL,
  flash: ["note_opportunite", "courrier_soutien_collectivite", "courrier_engagement_etat"],
  national: PIECES_ATELIER_LOCAL,
};

/** Pièces exigées pour cette candidature, dans l'ordre d'affichage, sans doublon. */
export function piecesRequises(format: FormatAtelier, session: { piecesRequises: readonly TypePiece[] } | null): TypePiece[] {
  const configurees = format === "national" ? (session?.piecesRequises ?? []) : [];
  return [...new Set(configurees.length > 0 ? configurees : PIECES_REQUISES_PAR_FORMAT[format])];
}
