// Avant les tests de bout en bout : le fournisseur OpenID Connect local qui tient lieu de
// ProConnect. Playwright démarre le serveur web avant ce global setup, ce qui convient : next-auth
// ne contacte le fournisseur qu'au moment d'une connexion ProConnect.
import type { FullConfig } from "@playwright/test";
import { demarrerFournisseurOidc } from "./oidc-provider";
import { portProConnectLocal } from "./proconnect-local";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL ?? "http://localhost:3100";
  const portApplication = Number(new URL(baseURL).port);
  const fournisseur = await demarrerFournisseurOidc({
    port: portProConnectLocal(portApplication),
    redirectUris: [`${baseURL}/api/auth/callback/proconnect`],
  });
  return () => fournisseur.arreter();
}
