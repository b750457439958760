import { describe, expect, it } from "vitest";
import { cheminDeRetour, ipClient } from "./requete";

const entetes = (h: Record<string, string>) => new Headers(h);

describe("adresse IP du client", () => {
  it("sans proxy de confiance, c'est la socket : 22 adresses falsifiées dans x-forwarded-for donnent une seule clé", () => {
    const ips = new Set(
      Array.from({ length: 22 }, (_, i) =>
        ipClient(entetes({ "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `203.0.113.${i + 1}`, "x-adresse-socket": "192.0.2.9" }), {}),
      ),
    );
    expect([...ips]).toEqual(["192.0.2.9"]);
    expect(ipClient(entetes({ "x-forwarded-for": "198.51.100.1" }), { PROXYS_DE_CONFIANCE: "0" })).toBe("inconnue");
  });

  it("derrière N proxys de confiance, prend la N-ième adresse en partant de la droite", () => {
    const h = entetes({ "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2", "x-adresse-socket": "10.0.0.3" });
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "1" })).toBe("10.0.0.2");
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "2" })).toBe("203.0.113.7");
    expect(ipClient(h, { PROXYS_DE_CONFIANCE: "9" })).toBe("1.2.3.4");
  });

  it("derrière un proxy, ce que le client ajoute à gauche ne change pas l'adresse retenue", () => {
    const env = { PROXYS_DE_CONFIANCE: "1" };
    expect(ipClient(entetes({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), env)).toBe("203.0.113.7");
    expect(ipClient(entetes({ "x-forwarded-for": "7.7.7.7, 8.8.8.8, 203.0.113.7" }), env)).toBe("203.0.113.7");
  });

  it("sans aucune adresse connue : « inconnue »", () => {
    expect(ipClient(entetes({}), {})).toBe("inconnue");
    expect(ipClient(entetes({}), { PROXYS_DE_CONFIANCE: "1" })).toBe("inconnue");
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
