import { describe, expect, it } from "vitest";
import { cheminDeRetour, ipClient } from "./requete";

const entetes = (h: Record<string, string>) => new Headers(h);

describe("adresse IP du client", () => {
  it("prend le premier maillon de x-forwarded-for par défaut", () => {
    expect(ipClient(entetes({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" }), {})).toBe("203.0.113.7");
  });

  it("derrière N proxys de confiance, prend l'adresse vue par le plus externe", () => {
    const h = entetes({ "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2" });
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "1" })).toBe("10.0.0.2");
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "2" })).toBe("203.0.113.7");
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "9" })).toBe("1.2.3.4");
  });

  it("se rabat sur x-real-ip, puis sur « inconnue »", () => {
    expect(ipClient(entetes({ "x-real-ip": "198.51.100.1" }), {})).toBe("198.51.100.1");
    expect(ipClient(entetes({}), {})).toBe("inconnue");
  });
});

describe("chemin de retour après connexion", () => {
  it("garde un chemin local avec sa requête", () => {
    expect(cheminDeRetour("/mon-compte")).toBe("/mon-compte");
    expect(cheminDeRetour("/candidatures?statut=brouillon")).toBe("/candidatures?statut=brouillon");
  });

  it("refuse les autres origines", () => {
    expect(cheminDeRetour("https://pirate.example/")).toBe("/");
    expect(cheminDeRetour("//pirate.example/")).toBe("/");
    expect(cheminDeRetour("/\\pirate.example")).toBe("/");
    expect(cheminDeRetour("javascript:alert(1)")).toBe("/");
  });

  it("ramène une URL de l'application à son chemin", () => {
    expect(cheminDeRetour("http://localhost:3000/mon-compte", "http://localhost:3000")).toBe("/mon-compte");
  });

  it("ne renvoie pas vers les pages de connexion", () => {
    expect(cheminDeRetour("/connexion?callbackUrl=/x")).toBe("/");
    expect(cheminDeRetour("/deconnexion")).toBe("/");
    expect(cheminDeRetour("/connexions-utiles")).toBe("/connexions-utiles");
    expect(cheminDeRetour(undefined)).toBe("/");
  });
});
