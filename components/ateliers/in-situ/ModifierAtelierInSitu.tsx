"use client";

// « Modifier » ouvre, à la place du bouton, le formulaire prérempli ; il porte l'empreinte lue
// (CONFLIT en français si quelqu'un a modifié l'atelier in situ entre-temps).
import { useRef, useState } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { ActionServeur } from "@/components/organisations/types";
import { FormulaireAtelierInSitu, type SaisieAtelierInSitu } from "./FormulaireAtelierInSitu";

type Props = {
  atelierInSituId: string;
  titre: string;
  empreinteLue: string;
  valeurs: SaisieAtelierInSitu;
  communes: { codeInsee: string; nom: string }[];
  themes: { valeur: string; libelle: string }[];
  action: ActionServeur<unknown>;
};

export function ModifierAtelierInSitu({ atelierInSituId, titre, empreinteLue, valeurs, communes, themes, action }: Props) {
  const [ouvert, setOuvert] = useState(false);
  const boutonRef = useRef<HTMLButtonElement>(null);
  if (ouvert) {
    return (
      <FormulaireAtelierInSitu
        cible={{ atelierInSituId, empreinteLue }}
        valeurs={valeurs}
        communes={communes}
        themes={themes}
        action={action}
        onTermine={() => {
          setOuvert(false);
          requestAnimationFrame(() => boutonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <Button ref={boutonRef} type="button" priority="tertiary no outline" size="small" iconId="fr-icon-edit-line" iconPosition="left" aria-label={`Modifier l'atelier in situ « ${titre} »`} onClick={() => setOuvert(true)}>
      Modifier
    </Button>
  );
}
