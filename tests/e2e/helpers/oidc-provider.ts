// Fournisseur OpenID Connect local (oidc-provider) qui se comporte comme ProConnect pour les tests :
// flux « authorization code » avec PKCE, id_token et réponse userinfo signés (RS256), claims de
// l'identité pivot ProConnect (given_name, usual_name, email, siret, uid). La page de connexion est
// celle de développement d'oidc-provider (identifiant = `sub` du compte de test, mot de passe
// quelconque) ; le consentement est accordé d'office, comme chez ProConnect.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Server } from "node:http";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { CLIENT_PROCONNECT_LOCAL, COMPTE_PROCONNECT_TEST, type CompteOidc } from "./proconnect-local";

export { COMPTE_PROCONNECT_TEST, type CompteOidc };

export const CLIENT_OIDC_TEST = CLIENT_PROCONNECT_LOCAL;

const CLAIMS = ["email", "given_name", "usual_name", "siret", "uid"] as const;

export type FournisseurOidc = { emetteur: string; arreter: () => Promise<void> };

export async function demarrerFournisseurOidc({
  port,
  redirectUris,
  comptes = [COMPTE_PROCONNECT_TEST],
}: {
  port: number;
  redirectUris: string[];
  comptes?: CompteOidc[];
}): Promise<FournisseurOidc> {
  const emetteur = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_OIDC_TEST.id,
        client_secret: CLIENT_OIDC_TEST.secret,
        redirect_uris: redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        id_token_signed_response_alg: "RS256",
        userinfo_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "cle-de-test", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: Object.fromEntries(CLAIMS.map((c) => [c, [c]])),
    features: { devInteractions: { enabled: true }, jwtUserinfo: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 600, Session: 600 },
    async findAccount(_ctx, id) {
      const compte = comptes.find((c) => c.sub === id);
      if (!compte) return undefined;
      return { accountId: compte.sub, claims: async () => ({ ...compte }) };
    },
    // Consentement implicite : la subvention du client de test porte toutes les claims.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { Grant } = ctx.oidc.provider;
      const clientId = ctx.oidc.client!.clientId;
      const existant = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(clientId);
      if (existant) return Grant.find(existant);
      const grant = new Grant({ clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope(["openid", ...CLAIMS].join(" "));
      grant.addOIDCClaims([...CLAIMS]);
      await grant.save();
      return grant;
    },
  };
  const fournisseur = new Provider(emetteur, configuration);
  const serveur: Server = await new Promise((resoudre, rejeter) => {
    const s = fournisseur.listen(port, "127.0.0.1", () => resoudre(s));
    s.once("error", rejeter);
  });
  return {
    emetteur,
    arreter: () => new Promise<void>((resoudre) => serveur.close(() => resoudre())),
  };
}
