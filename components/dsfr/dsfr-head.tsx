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

export function DsfrHead() {
  return <DsfrHeadBase Link={Link} preloadFonts={POLICES_PRECHARGEES} />;
}
