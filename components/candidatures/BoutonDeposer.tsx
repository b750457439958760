"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";

/** Dépôt du contenu affiché (empreinte envoyée) : idempotent côté serveur, un seul récépissé. */
export function BoutonDeposer({ candidatureId, hashContenu, deposer }: { candidatureId: string; hashContenu: string; deposer: (entree: unknown) => Promise<ResultatAction<unknown>> }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  return (
    <div className={fr.cx("fr-mb-4w")}>
      {erreur && <Alert severity="error" small className={fr.cx("fr-mb-2w")} description={erreur} />}
      <Button
        iconId="fr-icon-send-plane-fill"
        iconPosition="left"
        disabled={enCours}
        onClick={() =>
          demarrer(async () => {
            const r = await deposer({ candidatureId, hashContenu });
            if (r.ok) router.refresh();
            else setErreur(r.message);
          })
        }
      >
        {enCours ? "Dépôt en cours…" : "Déposer la candidature"}
      </Button>
    </div>
  );
}
