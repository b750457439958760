// Schémas zod des pièces. Le contenu du fichier arrive en octets (route multipart) : son type et sa
// taille sont vérifiés par R8 (lib/fichiers/type-fichier.ts), par le contenu et non par le nom.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import type { TypePiece } from "@/lib/generated/prisma/enums";

export const TYPES_PIECES = [
  "note_opportunite",
  "courrier_soutien_collectivite",
  "courrier_soutien_prefet",
  "courrier_engagement_etat",
  "demande_derogation",
  "autre",
] as const satisfies readonly TypePiece[];

const candidatureId = z.uuid({ error: "Candidature inconnue." });
const nomFichier = z
  .string({ error: "Le fichier n'a pas de nom." })
  .trim()
  .min(1, { error: "Le fichier n'a pas de nom." })
  .max(255, { error: "Le nom du fichier ne doit pas dépasser 255 caractères : renommez-le." });
const contenu = z.instanceof(Uint8Array, { error: "Choisissez le fichier à joindre." });

export const deposerPieceSchema = z.object({
  candidatureId,
  type: z.enum(TYPES_PIECES, { error: "Choisissez le type de la pièce." }),
  nomFichier,
  contenu,
});

/** Nouvelle version d'une pièce : même emplacement, la précédente reste consultable. */
export const remplacerPieceSchema = z.object({
  candidatureId,
  emplacement: z.uuid({ error: "Pièce à remplacer inconnue." }),
  nomFichier,
  contenu,
});

export const retirerPieceSchema = z.object({
  pieceId: z.uuid({ error: "Pièce inconnue." }),
});
