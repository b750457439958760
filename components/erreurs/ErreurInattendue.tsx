"use client";

import { startTransition, useEffect } from "react";
import { useRouter } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { PageErreur } from "./PageErreur";

/**
 * Contenu des pages d'erreur serveur : jamais de trace technique, seulement la référence
 * (digest) que Next.js associe à l'erreur journalisée côté serveur, utile au support.
 */
export function ErreurInattendue({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <>
      {/* React place ce titre dans <head> : l'onglet annonce l'erreur, pas la page demandée. */}
      <title>Erreur inattendue — Ateliers des territoires</title>
      <PageErreur
        titre="Erreur inattendue"
        code="Erreur 500"
        message="Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible."
        explication={
          <>
            <p>Essayez de recharger la page ou revenez plus tard.</p>
            {error.digest && <p>Si le problème persiste, communiquez cette référence au support&nbsp;: {error.digest}</p>}
          </>
        }
        actions={
          <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
            <li>
              <Button
                onClick={() =>
                  // Redemande le rendu serveur (l'erreur venait peut-être de la base) puis efface l'erreur.
                  startTransition(() => {
                    router.refresh();
                    reset();
                  })
                }
              >
                Réessayer
              </Button>
            </li>
            <li>
              <Button priority="secondary" linkProps={{ href: "/" }}>
                Page d&apos;accueil
              </Button>
            </li>
          </ul>
        }
      />
    </>
  );
}
