import { NextResponse, type NextRequest } from "next/server";
import { HSTS, nouveauNonce, politiqueDeContenu, servieEnHttps } from "@/lib/securite/en-tetes";

// Chaque page reçoit une politique de sécurité du contenu (CSP) avec un nonce neuf ; Next.js lit
// ce nonce dans l'en-tête de la requête et le pose sur ses propres scripts, la mise en page racine
// le donne au DSFR (docs/decisions/014-en-tetes-de-securite.md).
export function proxy(request: NextRequest) {
  const nonce = nouveauNonce();
  const https = servieEnHttps(process.env.NEXTAUTH_URL);
  const csp = politiqueDeContenu({ nonce, developpement: process.env.NODE_ENV === "development", https });

  const enTetesRequete = new Headers(request.headers);
  enTetesRequete.set("x-nonce", nonce);
  enTetesRequete.set("content-security-policy", csp);
  const suite = { request: { headers: enTetesRequete } };

  // « Accès refusé » répond 403 avec la page DSFR : une réécriture vers elle-même garde le rendu
  // normal de la page (mise en page, démarrage du DSFR) et fixe le statut.
  const reponse =
    request.nextUrl.pathname === "/acces-refuse"
      ? NextResponse.rewrite(request.nextUrl, { ...suite, status: 403 })
      : NextResponse.next(suite);

  reponse.headers.set("Content-Security-Policy", csp);
  if (https && process.env.NODE_ENV === "production") reponse.headers.set("Strict-Transport-Security", HSTS);
  return reponse;
}

export const config = {
  matcher: [
    // Les pages seulement : ni les routes d'API (JSON, fichiers), ni les fichiers statiques.
    "/((?!api/|_next/static/|_next/image|favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|robots\\.txt).*)",
  ],
};
