import { describe, expect, it } from "vitest";
import { avecOrigineVerifiee, MESSAGE_ORIGINE_REFUSEE, origineEtrangere } from "./origine";

const h = (valeurs: Record<string, string>) => new Headers(valeurs);
const ENV = { NEXTAUTH_URL: "https://ateliers.example.gouv.fr" };

describe("origine des requêtes qui modifient", () => {
  it("refuse un Origin d'un autre site, « null » ou illisible", () => {
    expect(origineEtrangere("POST", h({ host: "localhost:3000", origin: "http://evil.example" }), ENV)).toBe(true);
    expect(origineEtrangere("DELETE", h({ host: "localhost:3000", origin: "null" }), ENV)).toBe(true);
    expect(origineEtrangere("PUT", h({ host: "localhost:3000", origin: "pas une url" }), ENV)).toBe(true);
    expect(origineEtrangere("POST", h({ host: "localhost:3000", referer: "http://evil.example/page" }), ENV)).toBe(true);
    expect(origineEtrangere("POST", h({ host: "localhost:3000", "sec-fetch-site": "cross-site" }), ENV)).toBe(true);
  });

  it("admet l'hôte de la requête et celui de NEXTAUTH_URL", () => {
    expect(origineEtrangere("POST", h({ host: "localhost:3000", origin: "http://localhost:3000" }), ENV)).toBe(false);
    expect(origineEtrangere("POST", h({ host: "interne:3000", origin: "https://ateliers.example.gouv.fr" }), ENV)).toBe(false);
    expect(origineEtrangere("POST", h({ host: "localhost:3000", referer: "http://localhost:3000/candidatures" }), ENV)).toBe(false);
    expect(origineEtrangere("POST", h({ host: "localhost:3000" }), ENV)).toBe(false);
    expect(origineEtrangere("GET", h({ host: "localhost:3000", origin: "http://evil.example" }), ENV)).toBe(false);
  });

  it("ne croit x-forwarded-host que derrière un proxy de confiance", () => {
    const entetes = h({ host: "app:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example" });
    expect(origineEtrangere("POST", entetes, {})).toBe(true);
    expect(origineEtrangere("POST", entetes, { PROXYS_DE_CONFIANCE: "1" })).toBe(false);
  });

  it("un gestionnaire enveloppé répond 403 en français sans être appelé", async () => {
    let appels = 0;
    const gestionnaire = avecOrigineVerifiee(async () => {
      appels += 1;
      return new Response("ok", { status: 201 });
    });
    const refus = await gestionnaire(new Request("http://localhost:3000/api/x", { method: "POST", headers: { origin: "http://evil.example", host: "localhost:3000" } }));
    expect(refus.status).toBe(403);
    expect((await refus.json()).message).toBe(MESSAGE_ORIGINE_REFUSEE);
    expect(appels).toBe(0);
    const admis = await gestionnaire(new Request("http://localhost:3000/api/x", { method: "POST", headers: { origin: "http://localhost:3000", host: "localhost:3000" } }));
    expect(admis.status).toBe(201);
  });
});
