// Déclarations minimales d'oidc-provider 9 (le paquet n'a pas de types et @types/oidc-provider
// n'est pas installé) : seulement ce que le fournisseur de test utilise.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  export type Compte = { accountId: string; claims: () => Promise<Record<string, unknown>> };

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
  }

  export interface KoaContextWithOIDC {
    oidc: {
      provider: Provider;
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
    };
  }

  export type Configuration = {
    clients?: Record<string, unknown>[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: { keys: string[] };
    claims?: Record<string, string[]>;
    features?: Record<string, { enabled: boolean }>;
    pkce?: { required: () => boolean };
    ttl?: Record<string, number>;
    findAccount?: (ctx: KoaContextWithOIDC, id: string) => Promise<Compte | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    Grant: {
      new (options: { clientId: string; accountId?: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
    listen(port: number, host: string, callback: () => void): Server;
  }
}
