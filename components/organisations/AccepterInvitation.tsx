"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ActionServeur } from "./types";

/**
 * Bouton « Accepter l'invitation ». Après succès, la page est recalculée côté serveur et affiche
 * « Invitation acceptée » (état durable : il s'affiche aussi si l'on revient sur le lien).
 */
export function AccepterInvitation({ jeton, action }: { jeton: string; action: ActionServeur<unknown> }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);

  async function accepter() {
    setEnvoi(true);
    setErreur(null);
    const resultat = await action({ jeton });
    if (resultat.ok) {
      router.refresh();
      return;
    }
    setEnvoi(false);
    setErreur(resultat.message);
  }

  return (
    <div aria-live="polite">
      {erreur && <Alert severity="error" as="h2" title="L'invitation n'a pas pu être acceptée" description={erreur} className={fr.cx("fr-mb-3w")} />}
      <Button iconId="fr-icon-check-line" onClick={accepter} disabled={envoi}>
        {envoi ? "Acceptation en cours…" : "Accepter l'invitation"}
      </Button>
    </div>
  );
}
