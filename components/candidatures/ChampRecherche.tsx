"use client";

import { fr } from "@codegouvfr/react-dsfr";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { EtatRecherche } from "./useRechercheAuFil";

type Props = {
  id: string;
  label: string;
  hintText: string;
  texte: string;
  onTexte: (texte: string) => void;
  etat: EtatRecherche<unknown>;
  /** Phrase affichée quand rien ne correspond à `pour`. */
  aucun: (pour: string) => string;
  /** Élément qui contient les résultats : Entrée y porte le focus, sur le premier résultat. */
  idResultats?: string;
};

const nombre = new Intl.NumberFormat("fr-FR");

/** Champ de recherche au fil de la frappe, avec l'annonce du nombre de résultats pour les lecteurs d'écran. */
export function ChampRecherche({ id, label, hintText, texte, onTexte, etat, aucun, idResultats }: Props) {
  const { pour, resultats, sessionExpiree } = etat;
  const annonce = sessionExpiree
    ? "Session expirée : reconnectez-vous pour rechercher dans le référentiel."
    : resultats === null
      ? ""
      : resultats.length === 0
        ? aucun(pour)
        : `${nombre.format(resultats.length)} ${resultats.length > 1 ? "résultats" : "résultat"} pour « ${pour} ».`;
  return (
    <>
      <Input
        label={label}
        hintText={hintText}
        nativeInputProps={{
          id,
          type: "search",
          value: texte,
          onChange: (e) => onTexte(e.target.value),
          // Entrée n'envoie jamais le formulaire qui contient la recherche (la section serait enregistrée) :
          // elle mène au premier résultat.
          onKeyDown: (e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            if (idResultats) document.getElementById(idResultats)?.querySelector<HTMLElement>("button, input, a[href]")?.focus();
          },
          autoComplete: "off",
          "aria-describedby": `annonce-${id}`,
        }}
      />
      <p id={`annonce-${id}`} role="status" aria-live="polite" className={fr.cx("fr-text--sm", "fr-mb-1w")}>
        {annonce}
      </p>
    </>
  );
}
