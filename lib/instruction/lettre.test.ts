import { describe, expect, it } from "vitest";
import { extraireTextePdf } from "@/lib/recepisse/texte-pdf";
import { genererLettreDecision, type DonneesLettre } from "./lettre";

function donnees(modifs: Partial<DonneesLettre> = {}): DonneesLettre {
  return {
    type: "corrections_demandees",
    reference: "ADT-2027-00042",
    titre: "Andouillé : réinvestir le centre-bourg",
    format: "flash",
    collectivite: "Commune d'Andouillé",
    serviceEtat: "DDT de la Mayenne",
    decideeLe: new Date("2027-04-02T08:30:00Z"),
    decidePar: "Élise Référente",
    depotNumero: 1,
    numeroRecepisse: "ADT-2027-00042-D1",
    deposeeLe: new Date("2027-03-31T21:59:00Z"),
    motivation: "Le périmètre dépasse l'échelle d'un atelier flash ; la note d'opportunité doit être précisée (équipe, calendrier).",
    points: ["Préciser l'objet de l'atelier à l'échelle du centre-bourg.", "Joindre le courrier d'engagement signé de la DDT."],
    echeance: new Date("2027-05-15T21:59:59Z"),
    session: null,
    ...modifs,
  };
}

describe("lettre de décision (PDF)", () => {
  it("demande de corrections : en-tête, destinataires, motivation, points numérotés, échéance, signature, accents intacts", async () => {
    const pdf = await genererLettreDecision(donnees());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Le texte relu garde les retours à la ligne de la mise en page : on les ramène à des espaces.
    const texte = extraireTextePdf(pdf).replace(/\s+/g, " ");
    expect(texte).toContain("RÉPUBLIQUE FRANÇAISE");
    expect(texte).toContain("Direction générale de l'aménagement, du logement et de la nature (DGALN)");
    expect(texte).toContain("Objet : Demande de corrections de votre candidature");
    expect(texte).toContain("Candidature ADT-2027-00042 (atelier flash) — « Andouillé : réinvestir le centre-bourg »");
    expect(texte).toContain("Commune d'Andouillé, collectivité porteuse principale");
    expect(texte).toContain("DDT de la Mayenne, service de l'État compétent");
    expect(texte).toContain("récépissé ADT-2027-00042-D1");
    expect(texte).toContain("Le périmètre dépasse l'échelle d'un atelier flash ; la note d'opportunité doit être précisée (équipe, calendrier).");
    expect(texte).toContain("1. Préciser l'objet de l'atelier à l'échelle du centre-bourg.");
    expect(texte).toContain("2. Joindre le courrier d'engagement signé de la DDT.");
    expect(texte).toContain("au plus tard le 15 mai 2027");
    expect(texte).toContain("Élise Référente");
    expect(texte).toContain("Pour le ministre et par délégation,");
    // Une lettre ordinaire tient sur une page.
    expect(texte).toContain("page 1 sur 1");
    expect(texte).not.toContain("\u0000");
  });

  it("irrecevabilité : décision finale, sans points ni échéance", async () => {
    const texte = extraireTextePdf(await genererLettreDecision(donnees({ type: "irrecevable", points: [], echeance: null }))).replace(/\s+/g, " ");
    expect(texte).toContain("Objet : Décision d'irrecevabilité de votre candidature");
    expect(texte).toContain("la DGALN la déclare irrecevable");
    expect(texte).not.toContain("Points à corriger");
  });

  it("sélection nationale : la session, la décision et la suite de chaque issue", async () => {
    const base = { format: "national" as const, points: [], echeance: null, session: "Transition écologique des territoires ruraux" };
    const retenue = extraireTextePdf(await genererLettreDecision(donnees({ ...base, type: "retenue" }))).replace(/\s+/g, " ");
    expect(retenue).toContain("Objet : Sélection de votre candidature");
    expect(retenue).toContain("Après la délibération du jury de la session nationale « Transition écologique des territoires ruraux »");
    expect(retenue).toContain("la DGALN la retient : votre territoire bénéficiera d'un atelier national");
    expect(retenue).toContain("L'atelier est créé sur la plateforme");
    const non = extraireTextePdf(await genererLettreDecision(donnees({ ...base, type: "non_retenue" }))).replace(/\s+/g, " ");
    expect(non).toContain("Objet : Décision de non-sélection de votre candidature");
    expect(non).toContain("elle ne la retient pas");
    expect(non).not.toContain("L'atelier est créé");
    const liste = extraireTextePdf(await genererLettreDecision(donnees({ ...base, type: "liste_complementaire" }))).replace(/\s+/g, " ");
    expect(liste).toContain("l'inscrit sur la liste complémentaire");
  });

  it("sélection au fil de l'eau d'un atelier flash : sans jury", async () => {
    const texte = extraireTextePdf(await genererLettreDecision(donnees({ type: "retenue", points: [], echeance: null }))).replace(/\s+/g, " ");
    expect(texte).toContain("Après instruction de la candidature ADT-2027-00042");
    expect(texte).toContain("bénéficiera d'un atelier flash");
    expect(texte).not.toContain("jury");
  });

  it("est reproductible : mêmes données, mêmes octets", async () => {
    const [a, b] = await Promise.all([genererLettreDecision(donnees()), genererLettreDecision(donnees())]);
    expect(a.equals(b)).toBe(true);
  });
});
