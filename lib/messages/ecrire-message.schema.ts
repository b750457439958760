// Écrire un message sur une candidature (issue 12) : partagé par le formulaire (texte et visibilité,
// validés dans le navigateur) et par le cas d'usage, qui reçoit aussi les pièces jointes en octets
// (route multipart). Sans `server-only` : chargé par le formulaire à sa première validation.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import type { VisibiliteMessage } from "@/lib/generated/prisma/enums";

export const LONGUEUR_MAX_MESSAGE = 5_000;
export const PIECES_JOINTES_MAX = 5;

export const VISIBILITES_MESSAGE = ["tous", "etat_dgaln", "dgaln"] as const satisfies readonly VisibiliteMessage[];

/** Ce que le formulaire valide avant l'envoi. */
export const messageSchema = z.object({
  candidatureId: z.uuid({ error: "Candidature inconnue." }),
  visibilite: z.enum(VISIBILITES_MESSAGE, { error: "Choisissez qui pourra lire ce message." }),
  contenu: z
    .string({ error: "Écrivez votre message." })
    .trim()
    .min(1, { error: "Écrivez votre message avant de l'envoyer." })
    .max(LONGUEUR_MAX_MESSAGE, { error: "Le message ne doit pas dépasser 5 000 caractères." }),
});

const pieceJointe = z.object({
  nomFichier: z
    .string({ error: "Le fichier n'a pas de nom." })
    .trim()
    .min(1, { error: "Le fichier n'a pas de nom." })
    .max(255, { error: "Le nom du fichier ne doit pas dépasser 255 caractères : renommez-le." }),
  contenu: z.instanceof(Uint8Array, { error: "Choisissez le fichier à joindre." }),
});

/** Ce que le cas d'usage reçoit : le message et ses pièces jointes (0 à 5). */
export const ecrireMessageSchema = messageSchema.extend({
  piecesJointes: z
    .array(pieceJointe)
    .max(PIECES_JOINTES_MAX, { error: `Joignez ${PIECES_JOINTES_MAX} fichiers au plus à un message.` })
    .default([]),
});

export type MessageEntree = z.input<typeof messageSchema>;
