"use client";

import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { ErreurInattendue } from "@/components/erreurs/ErreurInattendue";

// Remplace la mise en page racine quand c'est elle qui échoue : en-tête et pied de page
// ne sont pas rendus, seul le message d'erreur l'est.
export default function ErreurGlobale(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html {...getHtmlAttributes({ lang: "fr" })}>
      <head>
        <DsfrHead />
      </head>
      <body>
        <DsfrProvider lang="fr">
          <main id="contenu" role="main">
            <ErreurInattendue {...props} />
          </main>
          <StartDsfrOnHydration />
        </DsfrProvider>
      </body>
    </html>
  );
}
