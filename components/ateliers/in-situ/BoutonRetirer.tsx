"use client";

// Retirer (un support, un frais) ou supprimer (un atelier in situ) après une confirmation en ligne ;
// le refus du serveur s'affiche sous le bouton, en français.
import { useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ConfirmationEnLigne } from "@/components/candidatures/ConfirmationEnLigne";
import type { ActionServeur } from "@/components/organisations/types";

type Props = {
  /** Libellé accessible complet du bouton : « Retirer le frais « Buffet » ». */
  libelle: string;
  /** Texte visible du bouton. */
  texte: string;
  titreConfirmation: string;
  libelleConfirmer: string;
  entree: Record<string, string>;
  action: ActionServeur<unknown>;
  children?: ReactNode;
};

export function BoutonRetirer({ libelle, texte, titreConfirmation, libelleConfirmer, entree, action, children }: Props) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState(false);
  const [enCours, setEnCours] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const boutonRef = useRef<HTMLButtonElement>(null);

  async function confirmer() {
    setEnCours(true);
    setErreur(null);
    const r = await action(entree);
    setEnCours(false);
    setConfirmation(false);
    if (r.ok) router.refresh();
    else setErreur(r.message);
  }

  return (
    <>
      {confirmation ? (
        <ConfirmationEnLigne
          titre={titreConfirmation}
          libelleConfirmer={libelleConfirmer}
          libelleEnCours="En cours…"
          iconId="fr-icon-delete-line"
          enCours={enCours}
          onConfirmer={() => void confirmer()}
          onAnnuler={() => {
            setConfirmation(false);
            requestAnimationFrame(() => boutonRef.current?.focus());
          }}
        >
          {children ?? <p>Ce retrait est enregistré dans l&apos;historique de l&apos;atelier.</p>}
        </ConfirmationEnLigne>
      ) : (
        <Button ref={boutonRef} type="button" priority="tertiary no outline" size="small" iconId="fr-icon-delete-line" iconPosition="left" title={libelle} aria-label={libelle} onClick={() => setConfirmation(true)}>
          {texte}
        </Button>
      )}
      {erreur && <Alert small severity="error" className={fr.cx("fr-mb-2w")} description={erreur} />}
    </>
  );
}
