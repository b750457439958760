"use client";

import { signIn } from "next-auth/react";
import { ProConnectButton } from "@codegouvfr/react-dsfr/ProConnectButton";

/** Bouton officiel « S'identifier avec ProConnect » (DSFR), qui lance le flux OpenID Connect. */
export function BoutonProConnect({ callbackUrl }: { callbackUrl: string }) {
  return <ProConnectButton onClick={() => void signIn("proconnect", { callbackUrl })} />;
}
