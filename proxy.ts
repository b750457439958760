import { NextResponse, type NextRequest } from "next/server";
import { HSTS, nouveauNonce, politiqueDeContenu, servieEnHttps } from "@/lib/securite/en-tetes";

// Identifiant de requête (docs/decisions/017-journalisation.md) : toujours tiré ici, jamais repris
// du client ; posé sur la requête pour les journaux du serveur et renvoyé dans la réponse.
const ENTETE_ID_REQUETE = "x-request-id";

// Chaque page reçoit une politique de sécurité du contenu (CSP) avec un nonce neuf ; Next.js lit
// ce nonce dans l'en-tête de la requête et le pose sur ses propres scripts, la mise en page racine
// le donne au DSFR (docs/decisions/014-en-tetes-de-securite.md).
export function proxy(request: NextRequest) {
  const idRequete = crypto.randomUUID();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    // Routes d'API (JSON, fichiers) : l'identifiant seul, pas de politique de contenu.
    const enTetes = new Headers(request.headers);
    enTetes.set(ENTETE_ID_REQUETE, idRequete);
    const reponse = NextResponse.next({ request: { headers: enTetes } });
    reponse.headers.set("X-Request-Id", idRequete);
    return reponse;
  }
  const nonce = nouveauNonce();
  const https = servieEnHttps(process.env.NEXTAUTH_URL);
  const csp = politiqueDeContenu({ nonce, developpement: process.env.NODE_ENV === "development", https });

  const enTetesRequete = new Headers(request.headers);
  enTetesRequete.set(ENTETE_ID_REQUETE, idRequete);
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
  reponse.headers.set("X-Request-Id", idRequete);
  if (https && process.env.NODE_ENV === "production") reponse.headers.set("Strict-Transport-Security", HSTS);
  return reponse;
}

export const config = {
  matcher: [
    // Pages et routes d'API ; pas les fichiers statiques.
    "/((?!_next/static/|_next/image|favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|robots\\.txt).*)",
  ],
};
