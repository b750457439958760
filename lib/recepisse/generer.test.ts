import { describe, expect, it } from "vitest";
import { genererRecepisse, type DonneesRecepisse } from "./generer";
import { extraireTextePdf } from "./texte-pdf";

const HASH = "3f".repeat(32);

function donnees(modifs: Partial<DonneesRecepisse> = {}): DonneesRecepisse {
  return {
    numeroRecepisse: "ADT-2027-00042-D1",
    numeroDepot: 1,
    deposeLe: new Date("2027-03-31T21:59:00Z"),
    deposePar: "Jean Agent",
    reference: "ADT-2027-00042",
    titre: "Andouillé : réinvestir le centre-bourg",
    format: "flash",
    session: null,
    collectivitePrincipale: "Andouillé",
    porteuses: [],
    serviceEtat: "DDT de la Mayenne",
    perimetre: { communes: ["Andouillé (53005)"], epci: [], nombreCommunes: 1, population: 2_345, departements: ["Mayenne (53)"] },
    derogationDemandee: false,
    note: {
      localisation: "Centre-bourg d'Andouillé.",
      objet: "Définir une esquisse de plan-guide.",
      objectifs: null,
      ressources: "Études existantes.",
      dynamiquesTerritoire: "Commune rurale en croissance.",
      dynamiquesAmenagement: "PLUi en révision.",
    },
    calendrier: { debutPrevu: new Date("2027-05-01T00:00:00Z"), dureeMois: 5 },
    livrables: { livrablesAttendus: "Esquisse de plan-guide", disciplinesSouhaitees: ["urbanisme", "paysage"], budgetMaterielEuros: 2_500 },
    contacts: [{ partie: "collectivite", nom: "Marie Maire", fonction: "Maire", email: "maire@andouille.example", telephone: null }],
    pieces: [{ type: "note_opportunite", nomFichier: "note.pdf", version: 2, taille: 12_345, sha256: "ab".repeat(32) }],
    signatures: [
      { partie: "collectivite", signataire: "Marie Maire", organisation: "Andouillé", signeeLe: new Date("2027-03-30T08:05:00Z"), avis: null, avisTexte: null },
      { partie: "etat", signataire: "Paul Préfet", organisation: "DDT de la Mayenne", signeeLe: new Date("2027-03-31T09:00:00Z"), avis: "reserve", avisTexte: "Préciser le calendrier." },
    ],
    hashContenu: HASH,
    ...modifs,
  };
}

describe("récépissé de dépôt (PDF)", () => {
  it("contient en clair le titre, la référence, les signataires avec l'heure de Paris, l'avis et les empreintes", async () => {
    const pdf = await genererRecepisse(donnees());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const texte = extraireTextePdf(pdf);
    expect(texte).toContain("Récépissé de dépôt de candidature");
    expect(texte).toContain("Récépissé n° : ADT-2027-00042-D1");
    expect(texte).toContain("Candidature : ADT-2027-00042");
    // 21 h 59 UTC le 31 mars 2027 = 23 h 59 à Paris (heure d'été).
    expect(texte).toContain("31 mars 2027 à 23 h 59 (heure de Paris)");
    expect(texte).toContain("Signée par Marie Maire le 30 mars 2027 à 10 h 05 (heure de Paris).");
    expect(texte).toContain("Signée par Paul Préfet le 31 mars 2027 à 11 h 00 (heure de Paris).");
    expect(texte).toContain("Avis réservé : Préciser le calendrier.");
    expect(texte).toContain(`SHA-256 : ${"ab".repeat(32)}`);
    expect(texte).toContain(HASH);
    expect(texte).toContain("Définir une esquisse de plan-guide.");
    expect(texte).toContain("Objectifs");
    expect(texte).toContain("Non renseigné.");
    expect(texte).toContain("page 1 sur");
  });

  it("est reproductible : mêmes données, mêmes octets", async () => {
    const [a, b] = await Promise.all([genererRecepisse(donnees()), genererRecepisse(donnees())]);
    expect(a.equals(b)).toBe(true);
  });

  it("tient sur plusieurs pages quand la note est longue, numérotées", async () => {
    const long = "Un paragraphe assez long pour remplir la page. ".repeat(120);
    const texte = extraireTextePdf(await genererRecepisse(donnees({ note: { ...donnees().note, objet: long, objectifs: long } })));
    expect(texte).toMatch(/page 3 sur 3|page 2 sur 2|page 4 sur 4/);
    expect(texte).toContain(HASH);
  });
});

describe("récépissé de dépôt : caractères que Marianne n'a pas", () => {
  it("écrit le grec, le cyrillique, l'arabe et l'hébreu avec la police de secours, et remplace visiblement ce qu'aucune police n'a", async () => {
    const pdf = await genererRecepisse(
      donnees({
        titre: "Coopération Αθήνα – Москва 😀 fin",
        note: { ...donnees().note, objet: "Jumelage مدينة الرباط et שלום, visite à 北京 👨‍👩‍👧 ❤️." },
      }),
    );
    const texte = extraireTextePdf(pdf);
    // Le glyphe manquant (« .notdef », rendu en blanc) se relit U+0000 : il n'en reste aucun.
    expect(texte).not.toContain("\u0000");
    expect(texte).toContain("Coopération Αθήνα – Москва 😀 fin");
    // L'arabe et l'hébreu sont dessinés de droite à gauche : relus dans l'ordre de la page, à l'envers.
    const aLEnvers = (t: string) => [...t].reverse().join("");
    expect(texte).toContain(`Jumelage ${aLEnvers("مدينة الرباط")} et ${aLEnvers("שלום")}, visite à □□ □ ❤️.`);
    expect(texte).toContain("□ : caractère que ce document ne sait pas reproduire");
  });

  it("ne mentionne aucun caractère remplacé quand tout s'écrit", async () => {
    const texte = extraireTextePdf(await genererRecepisse(donnees({ titre: "Réinvestir le centre-bourg d'Œuilly – « cœur » 2027" })));
    expect(texte).toContain("Réinvestir le centre-bourg d'Œuilly – « cœur » 2027");
    expect(texte).not.toContain("□");
  });
});
