import { describe, expect, it } from "vitest";
import { afficherEnTete, afficherSection, mentionChamp, tousLesChamps, type References } from "./champs";
import { SECTIONS } from "./candidature.schema";
import { empreinteContenu, type ContenuSignable } from "./contenu";

// Tous les champs remplis : changer n'importe lequel doit changer l'empreinte et l'affichage.
const contenu: ContenuSignable = {
  format: "local",
  sessionId: "5e55a0a0-0000-4000-8000-000000000003",
  collectivitePrincipaleId: "0b6a1a52-1d7c-4a59-9d43-2f1f3a0e6a01",
  serviceEtatId: "3c1f7e0e-5b7e-4f0f-a0d1-9a3e2b1c4d02",
  porteuses: ["1a2b3c4d-0000-4000-8000-000000000001"],
  communes: ["53005", "53001"],
  epci: ["245300355"],
  derogationDemandee: true,
  titre: "Une stratégie pour les bourgs",
  localisation: "Nord de la Mayenne",
  objet: "Revitaliser les bourgs",
  objectifs: "Partager un diagnostic",
  ressources: "PLUi",
  dynamiquesTerritoire: "Territoire rural",
  dynamiquesAmenagement: "Révision du SCoT",
  debutPrevu: "2027-03-01",
  dureeMois: 12,
  livrablesAttendus: "Feuille de route",
  disciplinesSouhaitees: ["urbanisme", "paysage"],
  budgetMaterielEuros: 8000,
  contacts: [{ partie: "collectivite", nom: "Luc Moreau", fonction: "Vice-président", email: "luc@ernee.example", telephone: "02 43 00 00 00" }],
  pieces: [{ type: "note_opportunite", emplacement: "e2", version: 2, nomFichier: "note.pdf", sha256: "ab".repeat(32) }],
};

/** Une autre valeur du même type, pour chaque forme de champ. */
function autre(valeur: unknown): unknown {
  if (valeur === "local") return "flash";
  if (typeof valeur === "string" && /^\d{4}-\d{2}-\d{2}$/.test(valeur)) return "2028-01-15";
  if (typeof valeur === "string") return `${valeur}1`;
  if (typeof valeur === "number") return valeur + 1;
  if (typeof valeur === "boolean") return !valeur;
  if (Array.isArray(valeur) && typeof valeur[0] === "string") return [...valeur, "53007"];
  if (Array.isArray(valeur)) return [...valeur, { partie: "etat", nom: "Anne Roux", fonction: null, email: "anne@ddt.example", telephone: null }];
  throw new Error(`Valeur d'essai manquante : ${JSON.stringify(valeur)}`);
}

const references: References = {
  organisations: new Map([
    [contenu.collectivitePrincipaleId, { nom: "Communauté de communes de l'Ernée", detail: "SIREN 245300355" }],
    [contenu.serviceEtatId, { nom: "DDT de la Mayenne", detail: "Service de l'État" }],
    [contenu.porteuses[0]!, { nom: "Andouillé", detail: "Commune · INSEE 53005" }],
  ]),
  sessions: new Map([[contenu.sessionId!, { theme: "Sobriété foncière" }]]),
  communes: new Map([
    ["53005", "Andouillé"],
    ["53001", "Ahuillé"],
  ]),
  epci: new Map([["245300355", { nom: "Communauté de communes de l'Ernée", nombreCommunes: 15 }]]),
};

function texteAffiche(c: ContenuSignable): string {
  const sections = SECTIONS.flatMap((s) => afficherSection(s, c as never, references));
  return JSON.stringify([...afficherEnTete(c, references), ...sections]);
}

describe("empreinte du contenu signable", () => {
  it("reste celle des signatures existantes (même objet, mêmes octets qu'avant la liste unique des champs)", () => {
    // Valeur calculée par la version précédente de empreinteContenu (champs listés à la main).
    const avant: ContenuSignable = {
      ...contenu,
      sessionId: null,
      porteuses: ["9e2d4c1b-0000-4000-8000-000000000002", "1a2b3c4d-0000-4000-8000-000000000001"],
      ressources: null,
      dynamiquesAmenagement: null,
      contacts: [
        { partie: "collectivite", nom: "Luc Moreau", fonction: "Vice-président", email: "luc@ernee.example", telephone: null },
        { partie: "etat", nom: "Anne Roux", fonction: null, email: "anne@ddt.example", telephone: "02 43 00 00 00" },
      ],
      pieces: [
        { type: "note_opportunite", emplacement: "e2", version: 2, nomFichier: "note.pdf", sha256: "ab".repeat(32) },
        { type: "courrier_soutien_prefet", emplacement: "e1", version: 1, nomFichier: "préfet.pdf", sha256: "cd".repeat(32) },
      ],
    };
    expect(empreinteContenu(avant)).toBe("c701b114403cade4bec93e4bf6698b24882fbe1de4da0efbeb602c98c002a558");
  });

  it("ne dépend pas de l'ordre des porteuses ni du périmètre", () => {
    expect(empreinteContenu({ ...contenu, communes: ["53005", "53001"] })).toBe(empreinteContenu({ ...contenu, communes: ["53001", "53005"] }));
    const deux = ["1a2b3c4d-0000-4000-8000-000000000001", "9e2d4c1b-0000-4000-8000-000000000002"];
    expect(empreinteContenu({ ...contenu, porteuses: deux })).toBe(empreinteContenu({ ...contenu, porteuses: [...deux].reverse() }));
  });

  it("tout ce que porte le contenu signable est déclaré dans la liste des champs (rien n'est signé sans être affiché)", () => {
    const declares = tousLesChamps().map(([cle]) => cle);
    expect(new Set(declares).size).toBe(declares.length);
    expect(Object.keys(contenu).filter((cle) => cle !== "pieces").sort()).toEqual([...declares].sort());
  });

  it.each(tousLesChamps().map(([cle]) => cle))("changer « %s » change l'empreinte et ce qui est affiché", (cle) => {
    const modifie = { ...contenu, [cle]: autre(contenu[cle as keyof ContenuSignable]) } as ContenuSignable;
    expect(empreinteContenu(modifie)).not.toBe(empreinteContenu(contenu));
    expect(texteAffiche(modifie)).not.toBe(texteAffiche(contenu));
  });

  it("changer une pièce change l'empreinte", () => {
    expect(empreinteContenu({ ...contenu, pieces: [{ ...contenu.pieces[0]!, version: 3, sha256: "ef".repeat(32) }] })).not.toBe(empreinteContenu(contenu));
  });
});

describe("affichage du contenu signé", () => {
  it("écrit chaque champ en français : noms et codes du périmètre, dates, durées, montants, contacts par partie", () => {
    const texte = texteAffiche(contenu);
    for (const attendu of [
      "Atelier local",
      "Sobriété foncière",
      "Andouillé (Commune · INSEE 53005)",
      "Ahuillé (INSEE 53001)",
      "Communauté de communes de l'Ernée (SIREN 245300355, 15\u00a0communes)",
      "Demandée",
      "1er mars 2027",
      "12\u00a0mois",
      "8\u202f000\u00a0€",
      "Pour la collectivité principale",
      "Luc Moreau",
    ]) {
      expect(texte).toContain(attendu);
    }
  });

  it("dit « Non renseigné. » plutôt qu'une valeur vide", () => {
    const [objet] = afficherSection("note", { ...contenu, objet: null }, references).filter((c) => c.cle === "objet");
    expect(objet!.valeur).toEqual({ type: "vide", texte: "Non renseigné." });
  });

  it("nomme les champs dans une phrase, sigles compris", () => {
    expect(["debutPrevu", "dureeMois", "epci", "objet"].map(mentionChamp)).toEqual(["début prévu", "durée", "EPCI", "objet"]);
  });
});
