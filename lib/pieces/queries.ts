// Lectures des pièces : elles suivent leur candidature (décision 007). Les métadonnées et le
// contenu binaire sont lus séparément ; le contenu ne l'est que dans la portée « telecharger ».
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteePiece } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const SELECTION_PIECE = {
  id: true,
  candidatureId: true,
  type: true,
  emplacement: true,
  version: true,
  courante: true,
  nomFichier: true,
  creeLe: true,
  fichier: { select: { taille: true, typeMime: true, sha256: true } },
  deposeePar: { select: { id: true, prenom: true, nom: true } },
} as const satisfies Prisma.PieceSelect;

export type LignePiece = Prisma.PieceGetPayload<{ select: typeof SELECTION_PIECE }>;

/** Pièces d'une candidature lisibles par l'acteur : versions courantes, ou tout l'historique. */
export async function listerPieces(
  acteur: Acteur,
  candidatureId: string,
  options: { historique?: boolean } = {},
  client: Client = prisma,
): Promise<LignePiece[]> {
  if (!estIdentifiant(candidatureId)) return [];
  return client.piece.findMany({
    where: { AND: [{ candidatureId }, porteePiece(acteur, "lire"), options.historique ? {} : { courante: true }] },
    select: SELECTION_PIECE,
    orderBy: [{ type: "asc" }, { emplacement: "asc" }, { version: "desc" }],
  });
}

/** Le fichier d'une pièce à télécharger, ou `null` (hors portée ou inexistante : même réponse). */
export async function chargerFichierPiece(acteur: Acteur, id: string, client: Client = prisma) {
  if (!estIdentifiant(id)) return null;
  return client.piece.findFirst({
    where: { AND: [{ id }, porteePiece(acteur, "telecharger")] },
    select: { nomFichier: true, fichier: { select: { contenu: true, typeMime: true, taille: true, sha256: true } } },
  });
}
