"use client";

import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";

/** Bouton officiel « S'identifier avec ProConnect » (DSFR), qui lance le flux OpenID Connect. */
export function BoutonProConnect({ callbackUrl }: { callbackUrl: string }) {
  // Client next-auth chargé au clic seulement (budget de JavaScript de la page, décision 020).
  return <ProConnectButton onClick={() => void import("next-auth/react").then(({ signIn }) => signIn("proconnect", { callbackUrl }))} />;
}
