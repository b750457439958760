"use client";

import { useEffect, useState } from "react";

/**
 * Résultats de la dernière recherche aboutie (`pour` : le texte cherché) ; ils restent affichés
 * pendant la recherche suivante. `null` tant que rien n'est cherché.
 */
export type EtatRecherche<R> = { pour: string; resultats: R[] | null; sessionExpiree: boolean };

/**
 * Recherche au fil de la frappe (2 caractères au moins, 250 ms après la dernière touche) : seule la
 * réponse à la dernière saisie est gardée. L'action renvoie `null` quand la session a expiré.
 */
export function useRechercheAuFil<R>(texte: string, rechercher: (texte: string) => Promise<R[] | null>, actif = true): EtatRecherche<R> {
  const recherche = texte.trim();
  const [etat, setEtat] = useState<{ pour: string; resultats: R[]; sessionExpiree: boolean } | null>(null);
  useEffect(() => {
    if (!actif || recherche.length < 2) return;
    let actuel = true;
    const minuterie = setTimeout(() => {
      rechercher(recherche).then((r) => {
        if (actuel) setEtat({ pour: recherche, resultats: r ?? [], sessionExpiree: r === null });
      });
    }, 250);
    return () => {
      actuel = false;
      clearTimeout(minuterie);
    };
  }, [recherche, rechercher, actif]);
  const affiche = actif && recherche.length >= 2 && etat !== null;
  return { pour: affiche ? etat.pour : "", resultats: affiche ? etat.resultats : null, sessionExpiree: affiche && etat.sessionExpiree };
}
