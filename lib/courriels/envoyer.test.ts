import { describe, expect, it } from "vitest";
import { boiteMailDevActive, expediteur, smtpConfigure } from "./configuration";
import { MASQUE, masquer } from "./envoyer";

describe("configuration des courriels", () => {
  it("n'ouvre la boîte de développement que sans SMTP et sur la base embarquée ou sur demande", () => {
    expect(boiteMailDevActive({ ATELIERS_BASE_EMBARQUEE: "1" })).toBe(true);
    expect(boiteMailDevActive({ BOITE_MAIL_DEV: "1" })).toBe(true);
    expect(boiteMailDevActive({})).toBe(false);
    expect(boiteMailDevActive({ ATELIERS_BASE_EMBARQUEE: "1", SMTP_URL: "smtp://relais:25" })).toBe(false);
    expect(boiteMailDevActive({ BOITE_MAIL_DEV: "1", SMTP_URL: "smtp://relais:25" })).toBe(false);
  });

  it("considère SMTP configuré seulement avec une URL non vide", () => {
    expect(smtpConfigure({ SMTP_URL: "  " })).toBe(false);
    expect(smtpConfigure({ SMTP_URL: "smtps://u:p@relais:465" })).toBe(true);
  });

  it("déduit l'expéditeur du domaine de l'application, sauf s'il est configuré", () => {
    expect(expediteur({ NEXTAUTH_URL: "https://ateliers.exemple.gouv.fr" })).toBe(
      "Ateliers des territoires <ne-pas-repondre@ateliers.exemple.gouv.fr>",
    );
    expect(expediteur({ COURRIEL_EXPEDITEUR: "DGALN <dgaln@exemple.gouv.fr>" })).toBe("DGALN <dgaln@exemple.gouv.fr>");
  });

  it("masque chaque occurrence des secrets", () => {
    expect(masquer("a jeton b jeton", ["jeton"])).toBe(`a ${MASQUE} b ${MASQUE}`);
    expect(masquer("rien", [""])).toBe("rien");
  });
});
