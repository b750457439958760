import { describe, expect, it } from "vitest";
import { formaterAnnee, formaterDate, formaterDateHeure, formaterHeure } from "./dates";

describe("formatage des dates en Europe/Paris", () => {
  it("affiche une clôture en heure d'été de Paris (UTC+2)", () => {
    expect(formaterDateHeure(new Date("2027-03-31T21:59:00Z"))).toBe("31 mars 2027 à 23\u00a0h\u00a059");
  });

  it("affiche une clôture en heure d'hiver de Paris (UTC+1), qui change de jour par rapport à UTC", () => {
    expect(formaterDateHeure(new Date("2026-12-31T23:30:00Z"))).toBe("1er janvier 2027 à 0\u00a0h\u00a030");
  });

  it("écrit « 1er » pour le premier jour du mois et le nombre seul ensuite", () => {
    expect(formaterDate(new Date("2027-04-01T10:00:00Z"))).toBe("1er avril 2027");
    expect(formaterDate(new Date("2027-04-02T10:00:00Z"))).toBe("2 avril 2027");
  });

  it("garde deux chiffres pour les minutes", () => {
    expect(formaterHeure(new Date("2027-01-15T08:05:00Z"))).toBe("9\u00a0h\u00a005");
  });

  it("donne l'année à Paris, qui peut déjà être la suivante en UTC", () => {
    expect(formaterAnnee(new Date("2026-12-31T23:30:00Z"))).toBe("2027");
  });
});
