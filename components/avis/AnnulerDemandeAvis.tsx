"use client";

// Annuler une demande d'avis en attente : confirmation en ligne, puis la liste se recharge.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";

type Props = { demandeId: string; expert: string; annuler: (entree: unknown) => Promise<ResultatAction<unknown>> };

export function AnnulerDemandeAvis({ demandeId, expert, annuler }: Props) {
  const router = useRouter();
  const [confirmer, setConfirmer] = useState(false);
  const [enCours, setEnCours] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const boutonRef = useRef<HTMLButtonElement>(null);

  async function envoyer() {
    setEnCours(true);
    setErreur(null);
    const r = await annuler({ demandeId });
    setEnCours(false);
    if (!r.ok) setErreur(r.message);
    setConfirmer(false);
    router.refresh();
  }

  return (
    <div aria-live="polite">
      {erreur && <Alert severity="error" small description={erreur} className={fr.cx("fr-mb-1w")} />}
      {confirmer ? (
        <div role="group" aria-label={`Confirmer l'annulation de la demande adressée à ${expert}`}>
          <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>Annuler la demande adressée à {expert} ? Son lien ne donnera plus accès à la candidature.</p>
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
            <li>
              <Button type="button" size="small" onClick={envoyer} disabled={enCours}>
                {enCours ? "Annulation…" : "Confirmer l'annulation"}
              </Button>
            </li>
            <li>
              <Button
                type="button"
                size="small"
                priority="secondary"
                disabled={enCours}
                onClick={() => {
                  setConfirmer(false);
                  requestAnimationFrame(() => boutonRef.current?.focus());
                }}
              >
                Garder la demande
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <Button ref={boutonRef} type="button" size="small" priority="tertiary" iconId="fr-icon-close-circle-line" iconPosition="left" onClick={() => setConfirmer(true)}>
          Annuler la demande
        </Button>
      )}
    </div>
  );
}
