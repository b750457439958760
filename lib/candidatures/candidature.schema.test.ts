import { describe, expect, it } from "vitest";
import { contactsSchema, livrablesSchema, noteSchema } from "./candidature.schema";

const trop = "x".repeat(10_001);
const note = { titre: "Réinvestir le centre-bourg", localisation: "", objet: "", objectifs: "", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" };

/** Le message d'erreur du champ, tel que le formulaire l'affiche. */
function message(resultat: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, champ: string) {
  expect(resultat.success).toBe(false);
  return resultat.error!.issues.find((i) => i.path[0] === champ)?.message;
}

describe("messages de longueur : le verbe s'accorde avec le libellé", () => {
  it.each([
    ["objectifs", "Les objectifs ne doivent pas dépasser 10 000 caractères."],
    ["ressources", "Les ressources ne doivent pas dépasser 10 000 caractères."],
    ["dynamiquesTerritoire", "Les dynamiques du territoire ne doivent pas dépasser 10 000 caractères."],
    ["dynamiquesAmenagement", "Les dynamiques d'aménagement ne doivent pas dépasser 10 000 caractères."],
    ["localisation", "La localisation ne doit pas dépasser 10 000 caractères."],
    ["objet", "L'objet ne doit pas dépasser 10 000 caractères."],
  ])("%s", (champ, attendu) => {
    expect(message(noteSchema.safeParse({ ...note, [champ]: trop }), champ)?.replace(/\u202f/g, " ")).toBe(attendu);
  });

  it("accorde aussi les livrables attendus et garde le singulier pour la fonction d'un contact", () => {
    const livrables = livrablesSchema.safeParse({ livrablesAttendus: trop, disciplinesSouhaitees: [], budgetMaterielEuros: null });
    expect(message(livrables, "livrablesAttendus")).toMatch(/^Les livrables attendus ne doivent pas dépasser/);
    const contacts = contactsSchema.safeParse({ contacts: [{ partie: "etat", nom: "Anne Roux", fonction: "x".repeat(201), email: "anne@ddt.example", telephone: null }] });
    expect(contacts.success).toBe(false);
    expect(contacts.error!.issues.map((i) => i.message)).toContain("La fonction ne doit pas dépasser 200 caractères.");
  });
});
