import { describe, expect, it } from "vitest";
import type { References } from "@/lib/candidatures/champs";
import { comparerDepots, type ContenuDepose } from "./comparer-depots";

const REFERENCES: References = {
  organisations: new Map([
    ["c1", { nom: "Commune d'Andouillé", detail: "Commune · INSEE 53005" }],
    ["e1", { nom: "DDT de la Mayenne", detail: "Service de l'État" }],
  ]),
  sessions: new Map(),
  communes: new Map([["53005", "Andouillé"], ["53062", "Ernée"]]),
  epci: new Map(),
};

const piece = (emplacement: string, type: "note_opportunite" | "courrier_soutien_collectivite" | "courrier_engagement_etat", nomFichier: string, sha256: string, version = 1) => ({
  type,
  emplacement,
  version,
  nomFichier,
  sha256,
});

function depot(modifs: Partial<ContenuDepose> = {}): ContenuDepose {
  return {
    format: "flash",
    sessionId: null,
    collectivitePrincipaleId: "c1",
    serviceEtatId: "e1",
    porteuses: [],
    communes: ["53005", "53062"],
    epci: [],
    derogationDemandee: false,
    titre: "Réinvestir le centre-bourg",
    localisation: "Centre-bourg",
    objet: "Esquisse de plan-guide",
    objectifs: null,
    ressources: null,
    dynamiquesTerritoire: null,
    dynamiquesAmenagement: null,
    debutPrevu: "2027-05-01",
    dureeMois: 5,
    livrablesAttendus: null,
    disciplinesSouhaitees: ["urbanisme"],
    budgetMaterielEuros: null,
    contacts: [{ partie: "collectivite", nom: "Marie Maire", fonction: "Maire", email: "maire@andouille.example", telephone: null }],
    pieces: [piece("note", "note_opportunite", "note.pdf", "aa"), piece("soutien", "courrier_soutien_collectivite", "soutien.pdf", "bb")],
    ...modifs,
  };
}

describe("comparaison de deux dépôts", () => {
  it("dit « aucun changement » quand rien n'a changé, même si les listes sans ordre et les clés JSON sont dans un autre ordre", () => {
    const apres = depot({
      communes: ["53062", "53005"],
      contacts: [{ telephone: null, email: "maire@andouille.example", fonction: "Maire", nom: "Marie Maire", partie: "collectivite" }],
    });
    expect(comparerDepots(depot(), apres, REFERENCES)).toEqual({ champs: [], pieces: [], aucunChangement: true });
  });

  it("donne chaque champ modifié avec sa section et son libellé français, avant et après, et omet les autres", () => {
    const r = comparerDepots(depot(), depot({ objet: "Plan-guide du centre-bourg et de ses abords", dureeMois: 6, communes: ["53005"] }), REFERENCES);
    expect(r.aucunChangement).toBe(false);
    expect(r.champs).toEqual([
      {
        cle: "communes",
        section: "Localisation et périmètre",
        libelle: "Communes",
        avant: { type: "liste", elements: ["Andouillé (INSEE 53005)", "Ernée (INSEE 53062)"] },
        apres: { type: "liste", elements: ["Andouillé (INSEE 53005)"] },
      },
      {
        cle: "objet",
        section: "Note d'opportunité",
        libelle: "Objet",
        avant: { type: "texte", texte: "Esquisse de plan-guide" },
        apres: { type: "texte", texte: "Plan-guide du centre-bourg et de ses abords" },
      },
      { cle: "dureeMois", section: "Calendrier", libelle: "Durée prévue", avant: { type: "texte", texte: "5\u00a0mois" }, apres: { type: "texte", texte: "6\u00a0mois" } },
    ]);
    expect(r.pieces).toEqual([]);
  });

  it("classe les pièces remplacées, ajoutées et retirées, avec le libellé de leur type", () => {
    const apres = depot({
      pieces: [piece("note", "note_opportunite", "note-v2.pdf", "cc", 2), piece("engagement", "courrier_engagement_etat", "engagement.pdf", "dd")],
    });
    expect(comparerDepots(depot(), apres, REFERENCES).pieces).toEqual([
      { changement: "remplacee", type: "note_opportunite", libelleType: expect.stringMatching(/^Note d.opportunité/), avant: { nomFichier: "note.pdf", version: 1 }, apres: { nomFichier: "note-v2.pdf", version: 2 } },
      { changement: "ajoutee", type: "courrier_engagement_etat", libelleType: expect.any(String), avant: null, apres: { nomFichier: "engagement.pdf", version: 1 } },
      { changement: "retiree", type: "courrier_soutien_collectivite", libelleType: expect.any(String), avant: { nomFichier: "soutien.pdf", version: 1 }, apres: null },
    ]);
  });

  it("montre « Non renseigné. » pour un champ vidé ou absent d'un dépôt ancien", () => {
    const avant = depot();
    delete avant.livrablesAttendus;
    const r = comparerDepots(avant, depot({ livrablesAttendus: "Feuille de route", localisation: null }), REFERENCES);
    expect(r.champs.map((c) => [c.libelle, c.avant, c.apres])).toEqual([
      ["Localisation", { type: "texte", texte: "Centre-bourg" }, { type: "vide", texte: "Non renseigné." }],
      ["Livrables attendus", { type: "vide", texte: "Non renseigné." }, { type: "texte", texte: "Feuille de route" }],
    ]);
  });
});
