import { describe, expect, it } from "vitest";
import { z } from "zod";
import { livrablesSchema, noteSchema } from "@/lib/candidatures/candidature.schema";
import { longueurMax, longueursMax } from "./longueur-max";

describe("longueurMax", () => {
  it("lit la limite d'un texte, même nettoyé et transformé", () => {
    expect(longueurMax(z.string().trim().max(42).transform((v) => v || null))).toBe(42);
    expect(longueurMax(z.string().max(7).optional())).toBe(7);
    expect(longueurMax(z.string())).toBeNull();
    expect(longueurMax(z.number().max(3))).toBeNull();
  });

  it("donne au compteur la limite que le serveur applique aux rubriques de la note", () => {
    const limites = longueursMax(noteSchema);
    const vide = Object.fromEntries(Object.keys(noteSchema.shape).map((c) => [c, ""]));
    for (const [champ, max] of Object.entries(limites)) {
      const saisie = { ...vide, titre: "Titre valide", [champ]: "a".repeat(max) };
      expect(noteSchema.safeParse(saisie).success, champ).toBe(true);
      expect(noteSchema.safeParse({ ...saisie, [champ]: "a".repeat(max + 1) }).success, champ).toBe(false);
    }
    expect(Object.keys(limites)).toEqual(expect.arrayContaining(["objet", "objectifs", "localisation"]));
    expect(longueursMax(livrablesSchema)).toHaveProperty("livrablesAttendus");
  });
});
