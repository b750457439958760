import { describe, expect, it } from "vitest";
import { DESTINATION_PAR_DEFAUT, lireParametresConnexion } from "./page-connexion";

describe("paramètres de la page de connexion", () => {
  it("mène à l'espace de travail sans destination demandée, et garde une destination locale", () => {
    expect(lireParametresConnexion({}).callbackUrl).toBe(DESTINATION_PAR_DEFAUT);
    expect(lireParametresConnexion({ callbackUrl: "/candidatures" }).callbackUrl).toBe("/candidatures");
    expect(lireParametresConnexion({ callbackUrl: "https://pirate.example" }).callbackUrl).toBe("/");
  });

  it("annonce la limite de débit avec le délai d'attente", () => {
    const { erreur } = lireParametresConnexion({ erreur: "TropDeDemandes", attente: "12" });
    expect(erreur?.message).toContain("réessayez dans 12 minutes");
    expect(lireParametresConnexion({ erreur: "TropDeDemandes", attente: "1" }).erreur?.message).toContain("dans 1 minute.");
  });

  it("traduit les codes d'erreur de next-auth", () => {
    expect(lireParametresConnexion({ error: "Verification" }).erreur?.message).toMatch(/^Ce lien a expiré ou a déjà été utilisé/);
    expect(lireParametresConnexion({ error: "CodeInconnu" }).erreur?.titre).toBe("Connexion impossible");
  });

  it("signale une déconnexion réussie", () => {
    expect(lireParametresConnexion({ deconnecte: "1" }).deconnecte).toBe(true);
  });
});

describe("adresse proposée à la connexion (lien d'invitation)", () => {
  it("reprend une adresse valide, ignore le reste", () => {
    expect(lireParametresConnexion({ email: " jeanne.martin@guerande.fr " }).emailPropose).toBe("jeanne.martin@guerande.fr");
    expect(lireParametresConnexion({ email: "pas-une-adresse" }).emailPropose).toBe("");
    expect(lireParametresConnexion({}).emailPropose).toBe("");
  });
});
