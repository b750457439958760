import { describe, expect, it } from "vitest";
import { courrielLienConnexion, SUJET_LIEN_CONNEXION } from "./lien-connexion";

const URL_LIEN = "http://localhost:3000/api/auth/callback/email?callbackUrl=%2F&token=abc123&email=claire%40exemple.fr";

describe("courriel du lien de connexion", () => {
  const courriel = courrielLienConnexion({ url: URL_LIEN, validiteMinutes: 15 });

  it("a le sujet attendu, en français", () => {
    expect(courriel.sujet).toBe(SUJET_LIEN_CONNEXION);
    expect(courriel.sujet).toBe("Votre lien de connexion aux Ateliers des territoires");
  });

  it("donne le lien en clair et annonce sa durée et son usage unique", () => {
    expect(courriel.texte).toContain(URL_LIEN);
    expect(courriel.texte).toContain("expire dans 15 minutes");
    expect(courriel.texte).toContain("qu'une seule fois");
    expect(courriel.texte).toContain("ignorez ce message");
  });

  it("échappe le lien dans la version HTML", () => {
    expect(courriel.html).toContain('lang="fr"');
    expect(courriel.html).toContain(`href="${URL_LIEN.replaceAll("&", "&amp;")}"`);
    expect(courriel.html).not.toContain("&token=abc123");
    expect(courriel.html).toContain("expire dans 15 minutes");
  });

  it("n'injecte pas de HTML venu de l'adresse", () => {
    const piege = courrielLienConnexion({ url: 'http://x/"><script>alert(1)</script>', validiteMinutes: 15 });
    expect(piege.html).not.toContain("<script>");
  });
});
