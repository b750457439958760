"use client";

import { useEffect, useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { fr } from "@codegouvfr/react-dsfr";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { accorder, formaterNombre } from "@/lib/format/nombres";
import type { Valeurs } from "./FormulaireSection";

type Props = {
  form: UseFormReturn<Valeurs>;
  nom: string;
  libelle: string;
  aide?: string;
  erreur?: string;
  /** Limite lue par le serveur dans le schéma zod (`longueursMax`), passée en propriété. */
  max: number;
};

/** Proportion de la limite à partir de laquelle le nombre restant est annoncé aux lecteurs d'écran. */
const SEUIL_ANNONCE = 0.9;

function compte(longueur: number, max: number): string {
  if (longueur > max) return `${accorder(longueur - max, "caractère")} de trop : ${formaterNombre(longueur)} sur ${formaterNombre(max)} au plus.`;
  return `${formaterNombre(longueur)} sur ${formaterNombre(max)} caractères.`;
}

/**
 * Zone de texte d'une rubrique longue, avec son compteur de caractères (le DSFR n'en a pas). Le
 * compteur visible suit la frappe ; les lecteurs d'écran n'entendent le nombre restant qu'à
 * l'approche de la limite, une fois la frappe arrêtée, pour ne pas couvrir la saisie.
 */
export function ChampTexteLong({ form, nom, libelle, aide, erreur, max }: Props) {
  const valeur = useWatch({ control: form.control, name: nom });
  const longueur = typeof valeur === "string" ? valeur.length : 0;
  const proche = longueur >= max * SEUIL_ANNONCE;
  const texte = compte(longueur, max);
  const [annonce, setAnnonce] = useState("");
  useEffect(() => {
    const minuterie = setTimeout(() => setAnnonce(proche ? (longueur > max ? texte : `Il reste ${accorder(max - longueur, "caractère")}.`) : ""), 800);
    return () => clearTimeout(minuterie);
  }, [proche, longueur, max, texte]);
  const idCompteur = `compteur-${nom}`;
  return (
    <div className={fr.cx("fr-mb-3w")}>
      <Input
        label={libelle}
        hintText={aide}
        className={fr.cx("fr-mb-1v")}
        state={erreur ? "error" : "default"}
        stateRelatedMessage={erreur}
        textArea
        nativeTextAreaProps={{ ...form.register(nom), rows: 4, "aria-invalid": erreur ? true : undefined, "aria-describedby": idCompteur }}
      />
      <p id={idCompteur} className={fr.cx("fr-text--xs", "fr-mb-0", longueur > max && "fr-error-text")}>
        {texte}
      </p>
      <p className={fr.cx("fr-sr-only")} aria-live="polite">
        {annonce}
      </p>
    </div>
  );
}
