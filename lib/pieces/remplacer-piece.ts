// Remplacer une pièce (issue 4, §3) : nouvelle version dans le même emplacement ; la précédente
// reste consultable (courante = false). R8 sur les octets ; empreinte recalculée, signatures annulées.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { exigerCandidaturePourPiece } from "@/lib/autorisations/exiger";
import { AppError } from "@/lib/errors";
import { analyserFichier, creerVersionPiece, executerEcriturePiece, exigerFichierAccepte, verrouillerPourPiece, type PieceEnregistree } from "./enregistrer";
import { remplacerPieceSchema } from "./pieces.schema";

export const MESSAGE_PIECE_DISPARUE = "Cette pièce a été retirée entre-temps : rechargez la page, puis joignez le fichier comme une nouvelle pièce.";

export const remplacerPiece: DefinitionAction<typeof remplacerPieceSchema, PieceEnregistree> = {
  nom: "pieces.remplacer",
  schema: remplacerPieceSchema,
  async executer({ acteur, donnees }) {
    const analyse = await analyserFichier(donnees.contenu);
    return executerEcriturePiece(acteur, async (tx) => {
      const candidature = await exigerCandidaturePourPiece(acteur, donnees.candidatureId, "deposer", tx);
      exigerFichierAccepte(analyse);
      const { verification, sha256 } = analyse;
      const versionCandidature = await verrouillerPourPiece(tx, candidature);
      // Après le verrou de la candidature : la version courante ne peut plus changer sous nos pieds.
      const courante = await tx.piece.findFirst({ where: { candidatureId: candidature.id, emplacement: donnees.emplacement, courante: true } });
      if (!courante) throw new AppError("ETAT_INCOMPATIBLE", MESSAGE_PIECE_DISPARUE);
      const { count } = await tx.piece.updateMany({ where: { id: courante.id, courante: true }, data: { courante: false } });
      if (count !== 1) throw new AppError("ETAT_INCOMPATIBLE", MESSAGE_PIECE_DISPARUE);
      return creerVersionPiece(tx, acteur, "piece.remplacee", {
        candidatureId: candidature.id,
        type: courante.type,
        emplacement: courante.emplacement,
        version: courante.version + 1,
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
