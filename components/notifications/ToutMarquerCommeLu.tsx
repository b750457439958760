"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ActionServeur } from "@/components/organisations/types";
import { relireSession } from "@/components/layout/useSessionNavigateur";

/** « Tout marquer comme lu » : toutes les notifications de la personne, puis la liste et la cloche se mettent à jour. */
export function ToutMarquerCommeLu({ action }: { action: ActionServeur<{ marquees: number }> }) {
  const router = useRouter();
  const [enCours, setEnCours] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);

  async function marquer() {
    setEnCours(true);
    setErreur(null);
    const resultat = await action({});
    setEnCours(false);
    if (!resultat.ok) {
      setErreur(resultat.message);
      return;
    }
    relireSession();
    router.refresh();
  }

  return (
    <div>
      <Button priority="secondary" iconId="fr-icon-check-line" iconPosition="left" onClick={marquer} disabled={enCours}>
        {enCours ? "Enregistrement…" : "Tout marquer comme lu"}
      </Button>
      {erreur && (
        <p className={fr.cx("fr-error-text")} role="alert">
          {erreur}
        </p>
      )}
    </div>
  );
}
