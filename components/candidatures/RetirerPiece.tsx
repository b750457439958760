"use client";

// Retirer la version courante d'une pièce (issue 9, point 5) : après confirmation, la pièce quitte
// le contenu signable (signatures annulées comme pour toute modification) ; ses versions restent
// dans l'historique.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";
import { ConfirmationEnLigne } from "./ConfirmationEnLigne";

type Props = {
  pieceId: string;
  nomFichier: string;
  /** « la collectivité (Andouillé) … devra signer de nouveau », si le contenu actuel est signé. */
  consequenceSignatures?: string | null;
  retirer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export function RetirerPiece({ pieceId, nomFichier, consequenceSignatures, retirer }: Props) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  const boutonRef = useRef<HTMLButtonElement>(null);

  if (confirmation) {
    return (
      <ConfirmationEnLigne
        titre={`Retirer « ${nomFichier} » de la candidature ?`}
        libelleConfirmer="Retirer la pièce"
        libelleEnCours="Retrait en cours…"
        iconId="fr-icon-delete-line"
        enCours={enCours}
        onAnnuler={() => {
          setConfirmation(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
        onConfirmer={() =>
          demarrer(async () => {
            const r = await retirer({ pieceId });
            if (r.ok) router.refresh();
            else {
              setConfirmation(false);
              setErreur(r.message);
            }
          })
        }
      >
        <p>
          La pièce ne fera plus partie de la candidature ; ses versions restent consultables dans la chronologie.
          {consequenceSignatures ? ` Les signatures déjà données seront annulées : ${consequenceSignatures}.` : ""}
        </p>
      </ConfirmationEnLigne>
    );
  }
  return (
    <>
      {erreur && <Alert severity="error" small className={fr.cx("fr-mb-2w")} description={erreur} />}
      <Button ref={boutonRef} type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => setConfirmation(true)}>
        Retirer cette pièce
      </Button>
    </>
  );
}
