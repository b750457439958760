import { describe, expect, it } from "vitest";
import { decouperParPolice } from "./morceaux";

// Polices factices : la principale n'a que le latin, le secours a aussi le grec, l'arabe et ❤.
const latin = (cp: number) => cp < 0x250 || cp === 0x2013;
const couvre = {
  principale: latin,
  secours: (cp: number) => latin(cp) || (cp >= 0x370 && cp < 0x400) || (cp >= 0x600 && cp < 0x700) || cp === 0x2764 || cp === 0xfe0f,
};

describe("découpage d'un texte par police", () => {
  it("laisse un texte latin en un seul morceau dans la police principale", () => {
    expect(decouperParPolice("Centre-bourg d'Andouillé – 2027", couvre)).toEqual({
      morceaux: [{ police: "principale", texte: "Centre-bourg d'Andouillé – 2027" }],
      remplaces: 0,
    });
  });

  it("passe au secours pour le grec et revient à la principale", () => {
    expect(decouperParPolice("Jumelage Αθήνα et Nantes", couvre).morceaux).toEqual([
      { police: "principale", texte: "Jumelage " },
      { police: "secours", texte: "Αθήνα " },
      { police: "principale", texte: "et Nantes" },
    ]);
  });

  it("remplace par « □ » chaque graphème qu'aucune police n'a, un émoji composé comptant pour un", () => {
    const { morceaux, remplaces } = decouperParPolice("北京 👨‍👩‍👧 fin", couvre);
    expect(morceaux.map((m) => m.texte).join("")).toBe("□□ □ fin");
    expect(remplaces).toBe(3);
  });

  it("écrit un passage arabe mot à mot, dans l'ordre de la page (de droite à gauche)", () => {
    const { morceaux } = decouperParPolice("Rabat مدينة الرباط fin", couvre);
    expect(morceaux.map((m) => m.texte)).toEqual(["Rabat ", "الرباط", " ", "مدينة", " ", "fin"]);
  });

  it("recompose les lettres décomposées et garde un sélecteur de variante que la police a", () => {
    expect(decouperParPolice("e\u0301te\u0301 ❤\ufe0f", couvre).morceaux).toEqual([
      { police: "principale", texte: "été " },
      { police: "secours", texte: "❤\ufe0f" },
    ]);
  });

  it("retire un caractère invisible qu'aucune police n'a, sans le compter comme remplacé", () => {
    expect(decouperParPolice("a\u200bb", couvre)).toEqual({ morceaux: [{ police: "principale", texte: "ab" }], remplaces: 0 });
  });
});
