"use client";

import { useEffect, useState } from "react";
import type { SessionAteliers } from "@/lib/auth/options";

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
    return () => {
      controleur.abort();
      window.removeEventListener("focus", lire);
    };
  }, [chemin]);
  return session;
}
