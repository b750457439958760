"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { ActionServeur } from "./types";

/** Retrait d'un membre en deux temps : « Retirer », puis confirmation explicite. */
export function RetirerMembre({
  appartenanceId,
  personne,
  organisation,
  action,
}: {
  appartenanceId: string;
  personne: string;
  organisation: string;
  action: ActionServeur<unknown>;
}) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState(false);
  const [erreur, setErreur] = useState<string | null>(null);
  const [enCours, setEnCours] = useState(false);

  async function retirer() {
    setEnCours(true);
    setErreur(null);
    const resultat = await action({ appartenanceId });
    setEnCours(false);
    if (resultat.ok) router.refresh();
    else setErreur(resultat.message);
  }

  if (!confirmation) {
    return (
      <Button size="small" priority="tertiary" iconId="fr-icon-delete-line" iconPosition="left" onClick={() => setConfirmation(true)}>
        Retirer<span className={fr.cx("fr-sr-only")}> {personne}</span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Retirer ${personne}`}>
      <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        Retirer {personne} des membres ({organisation}) ?
      </p>
      <ButtonsGroup
        inlineLayoutWhen="always"
        buttonsSize="small"
        buttons={[
          { children: "Confirmer le retrait", onClick: retirer, disabled: enCours, nativeButtonProps: { autoFocus: true } },
          { children: "Annuler", priority: "secondary", onClick: () => setConfirmation(false), disabled: enCours },
        ]}
      />
      {erreur && (
        <p className={fr.cx("fr-error-text")} role="alert">
          {erreur}
        </p>
      )}
    </div>
  );
}
