import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { FocusNavigation } from "@/components/layout/FocusNavigation";
import { LienEvitement, ID_CONTENU } from "@/components/layout/LienEvitement";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { DESCRIPTION_SERVICE, NOM_SERVICE } from "@/components/layout/marque";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: `%s — ${NOM_SERVICE}`, default: NOM_SERVICE },
  description: `${NOM_SERVICE} : ${DESCRIPTION_SERVICE}. Programme d'accompagnement des collectivités par la Direction générale de l'aménagement, du logement et de la nature.`,
  applicationName: NOM_SERVICE,
};

const LANGUE = "fr";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Nonce de la politique de sécurité du contenu, posé par proxy.ts : lire l'en-tête rend chaque
  // page dynamique, le prix d'une CSP sans 'unsafe-inline' (docs/decisions/014-en-tetes-de-securite.md).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html {...getHtmlAttributes({ lang: LANGUE })}>
      <head>
        <DsfrHead nonce={nonce} />
      </head>
      <body>
        <DsfrProvider lang={LANGUE} doCheckNonce={nonce !== undefined}>
          <LienEvitement />
          <SiteHeader />
          {/* tabIndex -1 : le lien d'évitement y place réellement le focus clavier. */}
          <main id={ID_CONTENU} role="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <FocusNavigation />
          <StartDsfrOnHydration />
        </DsfrProvider>
      </body>
    </html>
  );
}
