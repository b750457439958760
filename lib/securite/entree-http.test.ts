import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { CHEMIN_ADRESSE_INVALIDE, preparerRequete } from "./entree-http";
import { MESSAGE_ORIGINE_REFUSEE } from "./origine";

function requete(url: string, entetes: Record<string, string>, methode = "GET", adresse = "192.0.2.10") {
  const req = { url, method: methode, headers: { ...entetes }, socket: { remoteAddress: adresse } } as unknown as IncomingMessage;
  const reponse = { statut: 0, corps: "" };
  const res = {
    writeHead: (statut: number) => void (reponse.statut = statut),
    end: (corps: string) => void (reponse.corps = corps),
  } as unknown as ServerResponse;
  return { req, res, reponse };
}

describe("entrée HTTP", () => {
  it("écrase l'adresse de socket envoyée par le client", () => {
    const { req, res } = requete("/", { "x-adresse-socket": "6.6.6.6", "x-forwarded-for": "6.6.6.6" });
    expect(preparerRequete(req, res)).toBe(false);
    expect(req.headers["x-adresse-socket"]).toBe("192.0.2.10");
  });

  it("refuse en 403 une action serveur venue d'un autre site", () => {
    const { req, res, reponse } = requete("/candidatures/x", { host: "localhost:3000", origin: "http://evil.example", "next-action": "abc" }, "POST");
    expect(preparerRequete(req, res)).toBe(true);
    expect(reponse).toEqual({ statut: 403, corps: MESSAGE_ORIGINE_REFUSEE });
  });

  it("laisse passer une action serveur de l'application", () => {
    const { req, res } = requete("/candidatures/x", { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "abc" }, "POST");
    expect(preparerRequete(req, res)).toBe(false);
  });

  it("envoie un chemin mal encodé vers la page 404", () => {
    for (const url of ["/candidatures/%ED%A0%80", "/api/pieces/%ED%A0%80?x=1", "/invitation/%ED%A0%80", "/organisations/%ED%A0%80/membres", "/a/%E0%A4%A"]) {
      const { req, res } = requete(url, {});
      preparerRequete(req, res);
      expect(req.url).toBe(CHEMIN_ADRESSE_INVALIDE);
    }
    const { req, res } = requete("/candidatures/%C3%A9t%C3%A9?q=%ED", {});
    preparerRequete(req, res);
    expect(req.url).toBe("/candidatures/%C3%A9t%C3%A9?q=%ED");
  });
});
