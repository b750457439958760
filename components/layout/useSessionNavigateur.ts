"use client";

import { useEffect, useState } from "react";
import type { SessionAteliers } from "@/lib/auth/options";

/** Événement du navigateur qui fait relire la session (compte des notifications non lues). */
export const EVENEMENT_SESSION_A_RELIRE = "ateliers:session-a-relire";

/** À appeler après avoir marqué des notifications comme lues sans changer de page. */
export function relireSession() {
  window.dispatchEvent(new Event(EVENEMENT_SESSION_A_RELIRE));
}

/**
 * Session lue par le navigateur (/api/auth/session de next-auth) à chaque changement de page et
 * quand la fenêtre reprend le focus : une connexion par action serveur (compte de démonstration)
 * ou une déconnexion se voit ainsi dans l'en-tête sans rechargement complet. La lecture prolonge
 * aussi l'échéance glissante de la session. `undefined` tant que la réponse n'est pas arrivée.
 */
export function useSessionNavigateur(chemin: string): SessionAteliers | null | undefined {
  const [session, setSession] = useState<SessionAteliers | null | undefined>(undefined);
  useEffect(() => {
    const controleur = new AbortController();
    const lire = () =>
      fetch("/api/auth/session", { signal: controleur.signal, cache: "no-store" })
        .then((reponse) => (reponse.ok ? reponse.json() : null))
        .then((donnees: Partial<SessionAteliers> | null) => setSession(donnees?.user ? (donnees as SessionAteliers) : null))
        .catch(() => {
          // Requête interrompue (changement de page) ou serveur injoignable : l'en-tête reste tel quel.
        });
    void lire();
    window.addEventListener("focus", lire);
    window.addEventListener(EVENEMENT_SESSION_A_RELIRE, lire);
    return () => {
      controleur.abort();
      window.removeEventListener("focus", lire);
      window.removeEventListener(EVENEMENT_SESSION_A_RELIRE, lire);
    };
  }, [chemin]);
  return session;
}
