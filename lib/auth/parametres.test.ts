import { describe, expect, it } from "vitest";
import { DUREE_MAX_SESSION_S, echeanceSession, INACTIVITE_MAX_S, limitesLiens, nomCookieSession } from "./parametres";

describe("paramètres de connexion", () => {
  it("nomme le cookie de session comme next-auth, avec le préfixe __Secure- en HTTPS", () => {
    expect(nomCookieSession({ NEXTAUTH_URL: "http://localhost:3000" })).toBe("next-auth.session-token");
    expect(nomCookieSession({ NEXTAUTH_URL: "https://ateliers.exemple.gouv.fr" })).toBe("__Secure-next-auth.session-token");
  });

  it("prolonge de 8 heures sans dépasser la durée maximale depuis la connexion", () => {
    const creeLe = new Date("2026-11-20T08:00:00Z");
    const midi = new Date("2026-11-20T12:00:00Z");
    expect(echeanceSession(creeLe, midi).getTime()).toBe(midi.getTime() + INACTIVITE_MAX_S * 1000);
    const presqueFin = new Date(creeLe.getTime() + DUREE_MAX_SESSION_S * 1000 - 3_600_000);
    expect(echeanceSession(creeLe, presqueFin).getTime()).toBe(creeLe.getTime() + DUREE_MAX_SESSION_S * 1000);
  });

  it("limite à 5 liens par adresse et 20 par IP et par quart d'heure, réglables", () => {
    expect(limitesLiens({})).toEqual({ parAdresse: { limite: 5, fenetreMs: 900_000 }, parIp: { limite: 20, fenetreMs: 900_000 } });
    expect(limitesLiens({ CONNEXION_LIENS_PAR_IP: "200", CONNEXION_LIENS_PAR_ADRESSE: "abc" })).toMatchObject({
      parAdresse: { limite: 5 },
      parIp: { limite: 200 },
    });
  });
});
