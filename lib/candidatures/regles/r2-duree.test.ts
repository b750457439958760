import { describe, expect, it } from "vitest";
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { aideDureeMois, CHIFFRES_FORMATS, texteBornesDuree, texteDuree } from "./formats";
import { DUREES_MOIS, regleR2Duree } from "./r2-duree";

const appliquer = (format: FormatAtelier, dureeMois: number | null) => {
  const elements = regleR2Duree({ format, dureeMois });
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

describe("R2 — durée prévue", () => {
  it.each([
    ["flash", 2, "R2_DUREE_FLASH"],
    ["flash", 3, "R2_DUREE_OK"],
    ["flash", 6, "R2_DUREE_OK"],
    ["flash", 7, "R2_DUREE_FLASH"],
    ["local", 9, "R2_DUREE_LOCAL"],
    ["local", 10, "R2_DUREE_OK"],
    ["local", 18, "R2_DUREE_OK"],
    ["local", 19, "R2_DUREE_LOCAL"],
    ["national", 11, "R2_DUREE_NATIONAL"],
    ["national", 12, "R2_DUREE_OK"],
    ["national", 24, "R2_DUREE_OK"],
    ["national", 25, "R2_DUREE_NATIONAL"],
  ] as const)("atelier %s de %i mois → %s", (format, duree, code) => {
    const e = appliquer(format, duree);
    expect(e.code).toBe(code);
    expect(e.etat).toBe(code === "R2_DUREE_OK" ? "ok" : "refuse");
    expect(e.message).toContain(`${duree} mois`);
  });

  it("explique la borne avec la valeur saisie", () => {
    expect(appliquer("flash", 9).message).toBe("Un atelier flash dure de 3 à 6 mois : la durée prévue est de 9 mois.");
    expect(appliquer("local", 24).message).toBe("Un atelier local dure de 10 à 18 mois : la durée prévue est de 24 mois.");
    expect(appliquer("national", 6).message).toBe("Un atelier national dure de 12 à 24 mois : la durée prévue est de 6 mois.");
  });

  it("confirme une durée conforme avec la fourchette du format", () => {
    expect(appliquer("flash", 5).message).toBe("Durée prévue : 5 mois (un atelier flash dure de 3 à 6 mois).");
  });

  it.each(["flash", "local", "national"] as const)("signale une durée absente comme manquante (atelier %s)", (format) => {
    const e = appliquer(format, null);
    expect(e).toMatchObject({ code: "R2_DUREE_MANQUANTE", etat: "manquant" });
    const { min, max } = DUREES_MOIS[format];
    expect(e.message).toBe(`Indiquez la durée prévue de l'atelier : un atelier ${format} dure de ${min} à ${max} mois.`);
  });

  it("refuse une durée nulle ou négative", () => {
    expect(appliquer("flash", 0).code).toBe("R2_DUREE_FLASH");
    expect(appliquer("local", -12).code).toBe("R2_DUREE_LOCAL");
  });
});

describe("R2 et les chiffres montrés aux utilisateurs", () => {
  it("lit ses bornes dans formats.ts, comme la page d'accueil et le formulaire", () => {
    for (const format of ["flash", "local", "national"] as const) {
      expect(DUREES_MOIS[format]).toEqual(CHIFFRES_FORMATS[format].dureeMois);
      expect(appliquer(format, null).message).toContain(`dure de ${texteBornesDuree(format)}`);
    }
    expect(aideDureeMois()).toBe("Atelier flash : 3 à 6 mois ; local : 10 à 18 mois ; national : 12 à 24 mois.");
    expect(texteDuree("local")).toBe("10 à 18 mois, le plus souvent 10 à 15 mois");
    expect(texteDuree("national")).toBe("12 à 24 mois, environ 18 mois");
    expect(texteDuree("flash")).toBe("3 à 6 mois");
  });
});
