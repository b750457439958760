import { describe, expect, it } from "vitest";
import { contracter, FORMES_PARTIE, FORMES_PARTIE_COURTES, LIBELLES_TYPE_COLLECTIVITE, nomAvecArticle } from "./libelles";
import { faitsLocal } from "./faits.fixture";
import { regleR6Signatures } from "./r6-signatures";
import { checklist } from "../regles";

describe("articles contractés après « de » et « à »", () => {
  it.each([
    ["de", "le service de l'État", "du service de l'État"],
    ["à", "le service de l'État", "au service de l'État"],
    ["de", "les porteurs", "des porteurs"],
    ["à", "les porteurs", "aux porteurs"],
    ["de", "la collectivité", "de la collectivité"],
    ["à", "la collectivité", "à la collectivité"],
    ["de", "l'EPCI", "de l'EPCI"],
    ["de", "un EPCI", "d'un EPCI"],
    ["de", "une région", "d'une région"],
    ["à", "un EPCI", "à un EPCI"],
    ["de", "leur territoire", "de leur territoire"],
  ] as const)("%s + « %s » → « %s »", (preposition, groupe, attendu) => {
    expect(contracter(preposition, groupe)).toBe(attendu);
  });

  it("donne à chaque partie ses formes", () => {
    expect(FORMES_PARTIE.etat).toEqual({
      nom: "le service de l'État compétent",
      de: "du service de l'État compétent",
      a: "au service de l'État compétent",
    });
    expect(FORMES_PARTIE_COURTES.etat.de).toBe("du service de l'État");
    expect(FORMES_PARTIE_COURTES.collectivite.de).toBe("de la collectivité");
    expect(contracter("de", LIBELLES_TYPE_COLLECTIVITE.departement)).toBe("d'un département");
  });
});

describe("messages des règles sans article non contracté", () => {
  it("n'écrit jamais « de le », « à le », « de les », « à les » dans la liste de contrôle", () => {
    const faits = faitsLocal({
      dureeMois: null,
      pieces: [],
      derogationDemandee: true,
      perimetre: { communes: [], epci: [], epciDesCommunes: [] },
      signatures: [
        { partie: "collectivite", hashContenu: "b".repeat(64), invalidee: true },
        { partie: "etat", hashContenu: "b".repeat(64), invalidee: false },
      ],
    });
    const messages = [...checklist(faits).flatMap((r) => r.elements.map((e) => e.message)), ...regleR6Signatures(faitsLocal()).map((e) => e.message)];
    expect(messages.join("\n")).toContain("Signature du service de l'État compétent à renouveler");
    for (const message of messages) expect(message).not.toMatch(/\b(de|à) (le|les) /i);
  });
});

describe("nom d'une organisation avec son article", () => {
  it.each([
    ["CC des Coëvrons", {}, "la Communauté de communes des Coëvrons"],
    ["DDT de la Mayenne", { service: true }, "la DDT de la Mayenne"],
    ["Andouillé", {}, "Andouillé"],
    ["Le Gâvre", {}, "Le Gâvre"],
    ["Nantes Métropole", {}, "Nantes Métropole"],
  ] as const)("%s → %s", (nom, options, attendu) => {
    expect(nomAvecArticle(nom, options)).toBe(attendu);
  });
});
