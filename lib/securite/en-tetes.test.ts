import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { nouveauNonce, politiqueDeContenu } from "./en-tetes";

afterEach(() => vi.unstubAllEnvs());

const requete = (chemin: string) => new NextRequest(new URL(chemin, "https://ateliers.example"));

describe("politique de sécurité du contenu", () => {
  it("n'exécute que les scripts au nonce, sans 'unsafe-inline' ni 'unsafe-eval' en production", () => {
    const csp = politiqueDeContenu({ nonce: "abc", developpement: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(csp).toContain("style-src 'self' 'nonce-abc';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(csp.match(/'unsafe-inline'/g)).toHaveLength(1); // style-src-attr seulement
  });

  it("promeut les sous-ressources en https derrière une origine https", () => {
    expect(politiqueDeContenu({ nonce: "abc", developpement: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("tire un nonce neuf de 128 bits à chaque appel", () => {
    const nonces = new Set(Array.from({ length: 100 }, nouveauNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("proxy", () => {
  it("pose la CSP et transmet son nonce au rendu ; HSTS en production derrière https", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "https://ateliers.example");
    const reponse = proxy(requete("/"));
    const csp = reponse.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(reponse.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(reponse.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("sans HSTS en http ni hors production", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect(proxy(requete("/")).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NODE_ENV", "test");
    vi.stubEnv("NEXTAUTH_URL", "https://ateliers.example");
    expect(proxy(requete("/")).headers.get("strict-transport-security")).toBeNull();
  });

  it("réécrit « Accès refusé » vers elle-même avec le statut 403", () => {
    const reponse = proxy(requete("/acces-refuse"));
    expect(reponse.status).toBe(403);
    expect(reponse.headers.get("x-middleware-rewrite")).toBe("https://ateliers.example/acces-refuse");
    expect(proxy(requete("/mentions-legales")).status).toBe(200);
  });
});
