// Joindre une pièce à une candidature (issue 4, §3) : type reconnu par le contenu et 20 Mo au plus
// (R8), fichier rangé en base (toutes les instances le voient), pièce version 1 dans un nouvel
// emplacement. Toute pièce change le contenu : empreinte recalculée, signatures annulées.
import "server-only";
import { randomUUID } from "node:crypto";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { exigerCandidaturePourPiece } from "@/lib/autorisations/exiger";
import { analyserFichier, causeAnnulation, executerEcriturePiece, exigerFichierAccepte, nomFichierPropre, terminerEcriturePiece, verrouillerPourPiece, type PieceEnregistree } from "./enregistrer";
import { deposerPieceSchema } from "./pieces.schema";

export const deposerPiece: DefinitionAction<typeof deposerPieceSchema, PieceEnregistree> = {
  nom: "pieces.deposer",
  schema: deposerPieceSchema,
  async executer({ acteur, donnees }) {
    const { verification, sha256 } = analyserFichier(donnees.contenu);
    return executerEcriturePiece(acteur, async (tx) => {
      const candidature = await exigerCandidaturePourPiece(acteur, donnees.candidatureId, "deposer", tx);
      exigerFichierAccepte(verification);
      const versionCandidature = await verrouillerPourPiece(tx, candidature);
      const fichier = await tx.fichier.create({
        data: { sha256, taille: donnees.contenu.length, typeMime: verification.typeMime, contenu: new Uint8Array(donnees.contenu) },
        select: { id: true, taille: true, typeMime: true, sha256: true },
      });
      const piece = await tx.piece.create({
        data: {
          candidatureId: candidature.id,
          type: donnees.type,
          emplacement: randomUUID(),
          version: 1,
          nomFichier: nomFichierPropre(donnees.nomFichier, verification.extension),
          fichierId: fichier.id,
          deposeeParId: acteur.id,
        },
        select: { id: true, emplacement: true, type: true, version: true, nomFichier: true },
      });
      const meta = { taille: fichier.taille, typeMime: fichier.typeMime, sha256: fichier.sha256 };
      const changement = await terminerEcriturePiece(tx, acteur, candidature.id, { type: "piece.deposee", piece, fichier: meta, versionCandidature });
      return {
        candidatureId: candidature.id,
        pieceId: piece.id,
        emplacement: piece.emplacement,
        type: piece.type,
        version: piece.version,
        nomFichier: piece.nomFichier,
        ...meta,
        versionCandidature,
        hashContenu: changement.hashContenu,
        signaturesInvalidees: changement.signaturesInvalidees,
        cause: causeAnnulation("piece.deposee", piece.type),
      };
    });
  },
  revalider: (resultat) => [`/candidatures/${resultat.candidatureId}`],
};
