// Paramètres du fournisseur OpenID Connect local qui tient lieu de ProConnect pendant les tests de
// bout en bout. Sans dépendance à oidc-provider : playwright.config.ts l'importe.
export type CompteOidc = {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret: string;
  uid: string;
};

/** Agent d'Andouillé : SIRET 215 300 054 00016, dont le SIREN est celui de la commune (215300054). */
export const COMPTE_PROCONNECT_TEST: CompteOidc = {
  sub: "agent-andouille-proconnect",
  email: "agnes.durand@andouille.example",
  given_name: "Agnès",
  usual_name: "Durand",
  siret: "21530005400016",
  uid: "agnes.durand",
};

export const CLIENT_PROCONNECT_LOCAL = { id: "ateliers-des-territoires-tests", secret: "secret-de-test-proconnect-local" };

/** Port du fournisseur : celui de l'application + 90 (3100 → 3190, 3201 → 3291), sauf E2E_OIDC_PORT. */
export function portProConnectLocal(portApplication: number): number {
  return Number(process.env.E2E_OIDC_PORT ?? portApplication + 90);
}

/** Variables à donner au serveur de l'application pour activer ProConnect sur le fournisseur local. */
export function envProConnectLocal(portApplication: number): Record<string, string> {
  return {
    PROCONNECT_ISSUER: `http://127.0.0.1:${portProConnectLocal(portApplication)}`,
    PROCONNECT_CLIENT_ID: CLIENT_PROCONNECT_LOCAL.id,
    PROCONNECT_CLIENT_SECRET: CLIENT_PROCONNECT_LOCAL.secret,
  };
}
