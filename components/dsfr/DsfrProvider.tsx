"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import { defaultColorScheme } from "./default-color-scheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

// doCheckNonce : le DSFR n'ajoute sa balise <style> de thème qu'avec le nonce de la page.
export function DsfrProvider({ lang, doCheckNonce, children }: { lang: string; doCheckNonce?: boolean; children: ReactNode }) {
  return (
    <DsfrProviderBase lang={lang} defaultColorScheme={defaultColorScheme} Link={Link} doCheckNonce={doCheckNonce}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };
