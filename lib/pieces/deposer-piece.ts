// Joindre une pièce à une candidature (issue 4, §3) : type reconnu par le contenu et 20 Mo au plus
// (R8), fichier rangé en base (toutes les instances le voient), pièce version 1 dans un nouvel
// emplacement. Toute pièce change le contenu : empreinte recalculée, signatures annulées.
import "server-only";
import { randomUUID } from "node:crypto";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { exigerCandidaturePourPiece } from "@/lib/autorisations/exiger";
import { analyserFichier, creerVersionPiece, executerEcriturePiece, exigerFichierAccepte, verrouillerPourPiece, type PieceEnregistree } from "./enregistrer";
import { deposerPieceSchema } from "./pieces.schema";

export const deposerPiece: DefinitionAction<typeof deposerPieceSchema, PieceEnregistree> = {
  nom: "pieces.deposer",
  schema: deposerPieceSchema,
  async executer({ acteur, donnees }) {
    const analyse = await analyserFichier(donnees.contenu);
    return executerEcriturePiece(acteur, async (tx) => {
      const candidature = await exigerCandidaturePourPiece(acteur, donnees.candidatureId, "deposer", tx);
      exigerFichierAccepte(analyse);
      const { verification, sha256 } = analyse;
      const versionCandidature = await verrouillerPourPiece(tx, candidature);
      return creerVersionPiece(tx, acteur, "piece.deposee", {
        candidatureId: candidature.id,
        type: donnees.type,
        emplacement: randomUUID(),
        version: 1,
        nomFichier: donnees.nomFichier,
        contenu: donnees.contenu,
        sha256,
        verification,
        versionCandidature,
      });
    });
  },
  revalider: (resultat) => [`/candidatures/${resultat.candidatureId}`],
};
