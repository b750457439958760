"use client";

// Retirer la version courante d'une pièce (issue 9, point 5) : après confirmation, la pièce quitte
// le contenu signable (signatures annulées comme pour toute modification) ; ses versions restent
// dans l'historique.
import { useRouter } from "next/navigation";
import type { ResultatAction } from "@/lib/errors";
import { BoutonConfirme } from "./BoutonConfirme";

type Props = {
  pieceId: string;
  nomFichier: string;
  /** « la collectivité (Andouillé) … devra signer de nouveau », si le contenu actuel est signé. */
  consequenceSignatures?: string | null;
  retirer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export function RetirerPiece({ pieceId, nomFichier, consequenceSignatures, retirer }: Props) {
  const router = useRouter();
  return (
    <BoutonConfirme
      libelle="Retirer cette pièce"
      iconId="fr-icon-delete-line"
      priority="tertiary"
      size="small"
      titre={`Retirer « ${nomFichier} » de la candidature ?`}
      libelleConfirmer="Retirer la pièce"
      libelleEnCours="Retrait en cours…"
      executer={() => retirer({ pieceId })}
      apresSucces={() => router.refresh()}
    >
      <p>
        La pièce ne fera plus partie de la candidature ; ses versions restent consultables dans la chronologie.
        {consequenceSignatures ? ` Les signatures déjà données seront annulées : ${consequenceSignatures}.` : ""}
      </p>
    </BoutonConfirme>
  );
}
