"use client";

import { useState, useTransition } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";

type Props = { courrielId: string; destinataire: string; relancer: (entree: unknown) => Promise<ResultatAction<unknown>> };

/**
 * Relance d'un courriel en échec : une nouvelle tentative est mise en file ; le message du serveur est
 * lu tel quel. La ligne reste affichée avec « Relancé » (pas de rechargement qui la ferait disparaître
 * avant que la personne ait lu ce qui s'est passé) ; la liste se met à jour au prochain affichage.
 */
export function BoutonRelancerCourriel({ courrielId, destinataire, relancer }: Props) {
  const [enCours, demarrer] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; texte: string } | null>(null);
  return (
    <div>
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-refresh-line"
        disabled={enCours || message?.ok === true}
        title={`Relancer le courriel à ${destinataire}`}
        onClick={() =>
          demarrer(async () => {
            const r = await relancer({ courrielId });
            setMessage(r.ok ? { ok: true, texte: "Relancé : il part dans la minute." } : { ok: false, texte: r.message });
          })
        }
      >
        {enCours ? "Relance…" : "Relancer"}
      </Button>
      <p role="status" className={message ? (message.ok ? "fr-message fr-message--valid" : "fr-message fr-message--error") : "fr-sr-only"}>
        {message?.texte ?? ""}
      </p>
    </div>
  );
}
