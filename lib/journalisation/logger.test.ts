import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { creerJournal, nettoyerTexte, niveauJournal } from "./logger";

/** Un journal dont les lignes JSON sont capturées. */
function journalCapture() {
  const lignes: string[] = [];
  const destination = new Writable({
    write(morceau, _enc, suite) {
      lignes.push(...String(morceau).split("\n").filter(Boolean));
      suite();
    },
  });
  return { journal: creerJournal({ niveau: "info", destination }), lignes, objets: () => lignes.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const JETON = "Zr7Kq9Xv2Lm8Pw4Tn6Yb1Hc5Jd3Fg0Sa_-QeRt";

describe("journal du serveur", () => {
  it("écrit une ligne JSON avec les champs attendus d'une action", () => {
    const { journal, objets } = journalCapture();
    journal.info(
      { idRequete: "8d3c1f0e-1111-4222-8333-944455556666", acteurId: "a1b2", action: "pieces.deposer", dureeMs: 42, issue: "ok" },
      "action pieces.deposer",
    );
    const [ligne] = objets();
    expect(ligne).toMatchObject({
      niveau: "info",
      application: "ateliers-des-territoires",
      idRequete: "8d3c1f0e-1111-4222-8333-944455556666",
      acteurId: "a1b2",
      action: "pieces.deposer",
      dureeMs: 42,
      issue: "ok",
      message: "action pieces.deposer",
    });
    expect(typeof ligne!.time).toBe("string");
  });

  it("masque les champs personnels ou secrets d'un objet journalisé", () => {
    const { journal, lignes } = journalCapture();
    journal.info({ email: "marie.curie@mairie.example", donnees: { token: JETON, nom: "Curie", contenu: "%PDF secret" }, cookie: "next-auth.session-token=abc" }, "objet");
    const texte = lignes.join("\n");
    expect(texte).not.toContain("marie.curie@mairie.example");
    expect(texte).not.toContain(JETON);
    expect(texte).not.toContain("Curie");
    expect(texte).not.toContain("%PDF secret");
    expect(texte).not.toContain("abc");
    expect(texte).toContain("[masqué]");
  });

  it("nettoie le message et la pile d'une erreur qui cite une adresse ou un jeton", () => {
    const { journal, lignes, objets } = journalCapture();
    const cause = new Error(`jeton ${JETON} refusé`);
    const erreur = Object.assign(new Error("Courriel à jean.dupont@ddt-53.gouv.fr non envoyé : 550 mailbox", { cause }), { code: "EENVELOPE", email: "jean.dupont@ddt-53.gouv.fr" });
    journal.error({ erreur }, "courriel non envoyé à jean.dupont@ddt-53.gouv.fr");
    const texte = lignes.join("\n");
    expect(texte).not.toContain("jean.dupont@ddt-53.gouv.fr");
    expect(texte).not.toContain(JETON);
    const [ligne] = objets();
    expect(ligne).toMatchObject({ niveau: "error", erreur: { type: "Error", code: "EENVELOPE", message: "Courriel à [courriel masqué] non envoyé : 550 mailbox" } });
    expect(ligne!.message).toBe("courriel non envoyé à [courriel masqué]");
    expect((ligne!.erreur as { cause: { message: string } }).cause.message).toBe("jeton [masqué] refusé");
    expect((ligne!.erreur as { stack: string }).stack).toContain("logger.test.ts");
  });

  it("garde les identifiants techniques courts et les chemins de fichiers", () => {
    expect(nettoyerTexte("candidature 0b7e0c8a-5e2a-4c1b-9f3d-1a2b3c4d5e6f introuvable")).toContain("0b7e0c8a");
    expect(nettoyerTexte("at /work/app/node_modules/.pnpm/next/dist/server/base-server.js:12")).toBe("at /work/app/node_modules/.pnpm/next/dist/server/base-server.js:12");
    expect(nettoyerTexte("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload")).not.toContain("eyJhbGci");
  });

  it("lit le niveau dans LOG_LEVEL, « info » par défaut", () => {
    expect(niveauJournal({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(niveauJournal({ LOG_LEVEL: "n'importe quoi", NODE_ENV: "production" })).toBe("info");
    expect(niveauJournal({ NODE_ENV: "production" })).toBe("info");
    expect(niveauJournal({ NODE_ENV: "test" })).toBe("warn");
  });
});
