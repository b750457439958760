"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
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
        void signOut({ callbackUrl: "/connexion?deconnecte=1" });
      }}
    >
      {enCours ? "Déconnexion…" : "Se déconnecter"}
    </Button>
  );
}
