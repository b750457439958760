"use client";

import { useState } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";

/** Déconnexion par next-auth : la session est supprimée en base, puis retour à la page de connexion. */
export function BoutonDeconnexion() {
  const [enCours, setEnCours] = useState(false);
  return (
    <Button
      iconId="fr-icon-logout-box-r-line"
      disabled={enCours}
      onClick={() => {
        setEnCours(true);
        // Client next-auth chargé au clic seulement (budget de JavaScript, décision 020).
        void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/connexion?deconnecte=1" }));
      }}
    >
      {enCours ? "Déconnexion…" : "Se déconnecter"}
    </Button>
  );
}
