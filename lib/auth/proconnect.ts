// Fournisseur ProConnect (OpenID Connect) pour next-auth, actif seulement si PROCONNECT_ISSUER,
// PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET sont définis. Flux « authorization code » avec
// state, nonce et PKCE ; l'id_token est validé (signature, émetteur, audience, nonce) par
// openid-client, puis les claims sont lus au point userinfo, que ProConnect renvoie signé (JWT).
import type { OAuthConfig } from "next-auth/providers/oauth";
import { ID_PROCONNECT } from "./parametres";
import { profilDepuisClaims, type ProfilProConnect } from "./proconnect-regles";

type Env = Record<string, string | undefined>;

/** Périmètre demandé : l'identité pivot ProConnect (nom, prénom, courriel, SIRET, identifiant). */
export const SCOPES_PROCONNECT = "openid email given_name usual_name siret uid";

export function proconnectConfigure(env: Env = process.env): boolean {
  return Boolean(env.PROCONNECT_ISSUER?.trim() && env.PROCONNECT_CLIENT_ID?.trim() && env.PROCONNECT_CLIENT_SECRET?.trim());
}

/** Adresse du document de découverte : « <émetteur>/.well-known/openid-configuration ». */
export function urlDecouverte(emetteur: string): string {
  return `${emetteur.trim().replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

export function fournisseurProConnect(env: Env = process.env): OAuthConfig<Record<string, unknown>> | null {
  if (!proconnectConfigure(env)) return null;
  // ProConnect signe l'id_token et la réponse userinfo (RS256 par défaut, ES256 possible).
  const algorithme = env.PROCONNECT_ALGORITHME?.trim() || "RS256";
  return {
    id: ID_PROCONNECT,
    name: "ProConnect",
    type: "oauth",
    wellKnown: urlDecouverte(env.PROCONNECT_ISSUER!),
    clientId: env.PROCONNECT_CLIENT_ID!.trim(),
    clientSecret: env.PROCONNECT_CLIENT_SECRET!.trim(),
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: SCOPES_PROCONNECT } },
    client: { id_token_signed_response_alg: algorithme, userinfo_signed_response_alg: algorithme },
    userinfo: {
      // openid-client vérifie la signature du JWT userinfo et que son `sub` est celui de l'id_token.
      async request({ tokens, client }) {
        // Au moment de l'appel, `tokens` est le TokenSet d'openid-client (le type déclaré est plus large).
        const jeu = tokens as unknown as Parameters<typeof client.userinfo>[0] & { claims(): Record<string, unknown> };
        return { ...jeu.claims(), ...(await client.userinfo(jeu)) };
      },
    },
    profile(claims): ProfilProConnect {
      return profilDepuisClaims(claims);
    },
    // ProConnect garantit l'adresse : un compte existant (invité, lien de connexion) est retrouvé
    // par son courriel à la première connexion ProConnect, puis par son `sub`.
    allowDangerousEmailAccountLinking: true,
  };
}
