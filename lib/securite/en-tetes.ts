// En-têtes de sécurité des pages, posés par proxy.ts à chaque requête
// (docs/decisions/014-en-tetes-de-securite.md).

export type OptionsPolitique = {
  nonce: string;
  /** `next dev` : React a besoin d'`eval` pour ses piles d'appels, et injecte des styles sans nonce. */
  developpement: boolean;
  /** Application servie en https (NEXTAUTH_URL) : les sous-ressources http sont promues. */
  https: boolean;
};

/** Un nonce imprévisible (128 bits), neuf pour chaque requête. */
export function nouveauNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Politique stricte : seuls les scripts portant le nonce de la requête s'exécutent, et ceux qu'ils
 * chargent ('strict-dynamic'). Les attributs `style` restent permis (style-src-attr) : des
 * composants React les emploient et un attribut ne peut pas porter de nonce ; les éléments
 * `<style>`, eux, exigent le nonce (react-dsfr le pose sur celui du thème).
 */
export function politiqueDeContenu({ nonce, developpement, https }: OptionsPolitique): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${developpement ? " 'unsafe-eval'" : ""}`,
    developpement ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    // data: : les icônes et flèches que la feuille du DSFR embarque en SVG.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS seulement en production derrière https : en http, le navigateur l'ignorerait de toute façon. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function servieEnHttps(urlPublique: string | undefined): boolean {
  return urlPublique?.startsWith("https://") ?? false;
}
