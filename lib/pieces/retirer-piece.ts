// Retirer une pièce : son emplacement n'a plus de version courante ; l'historique reste consultable.
// C'est un changement de contenu : empreinte recalculée, signatures annulées.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { exigerCandidaturePourPiece, exigerPiece } from "@/lib/autorisations/exiger";
import { AppError } from "@/lib/errors";
import { causeAnnulation, executerEcriturePiece, terminerEcriturePiece, verrouillerPourPiece, type PieceEnregistree } from "./enregistrer";
import { retirerPieceSchema } from "./pieces.schema";

export const MESSAGE_PIECE_NON_COURANTE = "Cette version de la pièce a déjà été remplacée ou retirée : rechargez la page.";

export const retirerPiece: DefinitionAction<typeof retirerPieceSchema, PieceEnregistree> = {
  nom: "pieces.retirer",
  schema: retirerPieceSchema,
  async executer({ acteur, donnees }) {
    return executerEcriturePiece(acteur, async (tx) => {
      const cible = await exigerPiece(acteur, donnees.pieceId, "deposer", tx);
      const candidature = await exigerCandidaturePourPiece(acteur, cible.candidatureId, "deposer", tx);
      const versionCandidature = await verrouillerPourPiece(tx, candidature);
      const { count } = await tx.piece.updateMany({ where: { id: cible.id, courante: true }, data: { courante: false } });
      if (count !== 1) throw new AppError("ETAT_INCOMPATIBLE", MESSAGE_PIECE_NON_COURANTE);
      const piece = await tx.piece.findUniqueOrThrow({
        where: { id: cible.id },
        select: { id: true, emplacement: true, type: true, version: true, nomFichier: true, fichier: { select: { taille: true, typeMime: true, sha256: true } } },
      });
      const changement = await terminerEcriturePiece(tx, acteur, candidature.id, { type: "piece.retiree", piece, versionCandidature });
      return {
        candidatureId: candidature.id,
        pieceId: piece.id,
        emplacement: piece.emplacement,
        type: piece.type,
        version: piece.version,
        nomFichier: piece.nomFichier,
        ...piece.fichier,
        versionCandidature,
        hashContenu: changement.hashContenu,
        signaturesInvalidees: changement.signaturesInvalidees,
        cause: causeAnnulation("piece.retiree", piece.type),
      };
    });
  },
  revalider: (resultat) => [`/candidatures/${resultat.candidatureId}`],
};
