"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";
import { ConfirmationEnLigne } from "./ConfirmationEnLigne";

type Props = {
  candidatureId: string;
  reference: string;
  hashContenu: string;
  deposer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

/** Dépôt du contenu affiché (empreinte envoyée), après confirmation : idempotent côté serveur, un seul récépissé. */
export function BoutonDeposer({ candidatureId, reference, hashContenu, deposer }: Props) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState(false);
  const [enCours, demarrer] = useTransition();
  const boutonRef = useRef<HTMLButtonElement>(null);

  if (confirmation) {
    return (
      <ConfirmationEnLigne
        titre={`Déposer la candidature ${reference} auprès de la DGALN ?`}
        libelleConfirmer="Confirmer le dépôt"
        libelleEnCours="Dépôt en cours…"
        iconId="fr-icon-send-plane-fill"
        enCours={enCours}
        onAnnuler={() => {
          setConfirmation(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
        onConfirmer={() =>
          demarrer(async () => {
            const r = await deposer({ candidatureId, hashContenu });
            if (r.ok) {
              router.push(`/candidatures/${candidatureId}?depot=ok`);
              router.refresh();
            } else {
              setConfirmation(false);
              setErreur(r.message);
            }
          })
        }
      >
        <p>
          Le dépôt transmet le contenu signé par les deux parties et produit le récépissé. Ensuite, la candidature n&apos;est plus
          modifiable, sauf si la DGALN demande des corrections.
        </p>
      </ConfirmationEnLigne>
    );
  }
  return (
    <div className={fr.cx("fr-mb-4w")}>
      {erreur && <Alert severity="error" small className={fr.cx("fr-mb-2w")} description={erreur} />}
      <Button ref={boutonRef} iconId="fr-icon-send-plane-fill" iconPosition="left" onClick={() => setConfirmation(true)}>
        Déposer la candidature
      </Button>
    </div>
  );
}
