"use client";

// Confirmation en ligne avant un geste qui engage (signer, déposer) : le panneau remplace le bouton,
// reçoit le focus (annoncé par les lecteurs d'écran), et « Annuler » rend le focus au bouton d'origine.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { fr, type FrIconClassName, type RiIconClassName } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";

type Props = {
  titre: string;
  children: ReactNode;
  libelleConfirmer: string;
  libelleEnCours: string;
  iconId: FrIconClassName | RiIconClassName;
  enCours: boolean;
  onConfirmer: () => void;
  onAnnuler: () => void;
};

export function ConfirmationEnLigne({ titre, children, libelleConfirmer, libelleEnCours, iconId, enCours, onConfirmer, onAnnuler }: Props) {
  const id = useId();
  const titreRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => titreRef.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={`${id}-titre`} className={fr.cx("fr-callout", "fr-mb-3w")}>
      <p id={`${id}-titre`} ref={titreRef} tabIndex={-1} className={fr.cx("fr-callout__title")}>
        {titre}
      </p>
      <div className={fr.cx("fr-callout__text", "fr-mb-2w")}>{children}</div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--icon-left")}>
        <li>
          <Button type="button" iconId={iconId} disabled={enCours} onClick={onConfirmer}>
            {enCours ? libelleEnCours : libelleConfirmer}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" disabled={enCours} onClick={onAnnuler}>
            Annuler
          </Button>
        </li>
      </ul>
    </div>
  );
}
