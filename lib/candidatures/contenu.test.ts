import { describe, expect, it } from "vitest";
import { empreinteContenu, type ContenuSignable } from "./contenu";

const contenu: ContenuSignable = {
  format: "flash",
  sessionId: null,
  titre: "Revitaliser le centre-bourg",
  collectivitePrincipaleId: "a",
  serviceEtatId: "b",
  porteuses: [],
  communes: ["53005"],
  epci: [],
  localisation: "Centre-bourg",
  objet: null,
  objectifs: null,
  ressources: null,
  dynamiquesTerritoire: null,
  dynamiquesAmenagement: null,
  debutPrevu: new Date("2027-01-01T00:00:00Z"),
  dureeMois: 5,
  livrablesAttendus: null,
  disciplinesSouhaitees: ["urbanisme"],
  budgetMaterielEuros: 3000,
  derogationDemandee: false,
  contacts: [],
  pieces: [{ type: "note_opportunite", emplacement: "p1", version: 1, nomFichier: "note.pdf", sha256: "x" }],
};

describe("empreinte du contenu signable", () => {
  it("ne dépend pas de l'ordre du périmètre", () => {
    expect(empreinteContenu({ ...contenu, communes: ["53005", "53001"] })).toBe(
      empreinteContenu({ ...contenu, communes: ["53001", "53005"] }),
    );
  });
  it("change quand un champ ou une pièce change", () => {
    const base = empreinteContenu(contenu);
    expect(empreinteContenu({ ...contenu, dureeMois: 6 })).not.toBe(base);
    expect(empreinteContenu({ ...contenu, pieces: [{ ...contenu.pieces[0]!, version: 2, sha256: "y" }] })).not.toBe(base);
  });
});
