"use client";

// Un bouton dont l'action engage (déposer, retirer une pièce) : il ouvre une confirmation en ligne,
// exécute l'action serveur, puis rend la main à l'appelant ; un refus s'affiche en français au-dessus.
import { useRef, useState, useTransition, type ReactNode } from "react";
import { fr, type FrIconClassName, type RiIconClassName } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ResultatAction } from "@/lib/errors";
import { ConfirmationEnLigne } from "./ConfirmationEnLigne";

type Props = {
  libelle: string;
  iconId: FrIconClassName | RiIconClassName;
  priority?: "primary" | "secondary" | "tertiary";
  size?: "small" | "medium";
  titre: string;
  libelleConfirmer: string;
  libelleEnCours: string;
  children: ReactNode;
  executer: () => Promise<ResultatAction<unknown>>;
  apresSucces: () => void;
};

export function BoutonConfirme({ libelle, iconId, priority = "primary", size = "medium", titre, libelleConfirmer, libelleEnCours, children, executer, apresSucces }: Props) {
  const [confirmation, setConfirmation] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, demarrer] = useTransition();
  const boutonRef = useRef<HTMLButtonElement>(null);

  if (confirmation) {
    return (
      <ConfirmationEnLigne
        titre={titre}
        libelleConfirmer={libelleConfirmer}
        libelleEnCours={libelleEnCours}
        iconId={iconId}
        enCours={enCours}
        onAnnuler={() => {
          setConfirmation(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
        onConfirmer={() =>
          demarrer(async () => {
            const r = await executer();
            if (r.ok) apresSucces();
            else {
              setConfirmation(false);
              setErreur(r.message);
            }
          })
        }
      >
        {children}
      </ConfirmationEnLigne>
    );
  }
  return (
    <>
      {erreur && <Alert severity="error" small className={fr.cx("fr-mb-2w")} description={erreur} />}
      <Button ref={boutonRef} type="button" priority={priority} size={size} iconId={iconId} iconPosition="left" onClick={() => setConfirmation(true)}>
        {libelle}
      </Button>
    </>
  );
}
