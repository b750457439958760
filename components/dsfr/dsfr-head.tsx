import Link from "next/link";
import {
  createGetHtmlAttributes,
  DsfrHeadBase,
  type DsfrHeadProps,
} from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import { defaultColorScheme } from "./default-color-scheme";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

// Polices Marianne servies par le paquet lui-même (aucun CDN) ; préchargées en production.
const POLICES_PRECHARGEES: DsfrHeadProps["preloadFonts"] = ["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"];

// Les icônes du site sont de vrais fichiers de public/ (/favicon.ico est aussi demandé sans lien).
export function DsfrHead({ nonce }: { nonce?: string }) {
  return (
    <>
      <DsfrHeadBase Link={Link} preloadFonts={POLICES_PRECHARGEES} nonce={nonce} doDisableFavicon />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="icon" href="/favicon.ico" sizes="any" />
    </>
  );
}
