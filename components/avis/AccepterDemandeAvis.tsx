"use client";

// Bouton « Ouvrir la demande d'avis » du lien d'un expert extérieur : rattache la demande à son
// compte, puis mène à la demande.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";

export function AccepterDemandeAvis({ jeton, accepter }: { jeton: string; accepter: (entree: unknown) => Promise<ResultatAction<{ demandeId: string }>> }) {
  const router = useRouter();
  const [erreur, setErreur] = useState<string | null>(null);
  const [envoi, setEnvoi] = useState(false);

  async function ouvrir() {
    setEnvoi(true);
    setErreur(null);
    const r = await accepter({ jeton });
    if (r.ok) {
      router.push(`/mes-avis/${r.data.demandeId}`);
      return;
    }
    setEnvoi(false);
    setErreur(r.message);
  }

  return (
    <div aria-live="polite">
      {erreur && <Alert severity="error" as="h2" title="La demande n'a pas pu être ouverte" description={erreur} className={fr.cx("fr-mb-3w")} />}
      <Button iconId="fr-icon-arrow-right-line" iconPosition="right" onClick={ouvrir} disabled={envoi}>
        {envoi ? "Ouverture…" : "Ouvrir la demande d'avis"}
      </Button>
    </div>
  );
}
