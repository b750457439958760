import { describe, expect, it } from "vitest";
import { heureDeParis, jourDeParis } from "./paris";

describe("heure de Paris", () => {
  it("applique UTC+1 en hiver et UTC+2 en été", () => {
    expect(heureDeParis("2027-01-15T23:59").toISOString()).toBe("2027-01-15T22:59:00.000Z");
    expect(heureDeParis("2027-03-31T23:59").toISOString()).toBe("2027-03-31T21:59:00.000Z");
  });
  it("gère les deux côtés du passage à l'heure d'été (28 mars 2027) et d'hiver (31 octobre 2027)", () => {
    expect(heureDeParis("2027-03-27T23:59").toISOString()).toBe("2027-03-27T22:59:00.000Z");
    expect(heureDeParis("2027-03-28T23:59").toISOString()).toBe("2027-03-28T21:59:00.000Z");
    expect(heureDeParis("2027-10-30T23:59").toISOString()).toBe("2027-10-30T21:59:00.000Z");
    expect(heureDeParis("2027-10-31T23:59").toISOString()).toBe("2027-10-31T22:59:00.000Z");
  });
});

describe("jour de Paris", () => {
  it("donne le jour civil à Paris, pas celui d'UTC, y compris les jours de changement d'heure", () => {
    expect(jourDeParis(new Date("2027-01-15T22:59:00Z"))).toBe("2027-01-15");
    expect(jourDeParis(new Date("2027-01-15T23:00:00Z"))).toBe("2027-01-16");
    // 28 mars 2027 : passage à l'heure d'été à 2 h (UTC+1 → UTC+2).
    expect(jourDeParis(new Date("2027-03-27T22:30:00Z"))).toBe("2027-03-27");
    expect(jourDeParis(new Date("2027-03-27T23:30:00Z"))).toBe("2027-03-28");
    expect(jourDeParis(new Date("2027-03-28T21:59:00Z"))).toBe("2027-03-28");
    expect(jourDeParis(new Date("2027-03-28T22:00:00Z"))).toBe("2027-03-29");
    // 31 octobre 2027 : retour à l'heure d'hiver.
    expect(jourDeParis(new Date("2027-10-30T21:59:00Z"))).toBe("2027-10-30");
    expect(jourDeParis(new Date("2027-10-30T22:00:00Z"))).toBe("2027-10-31");
    expect(jourDeParis(new Date("2027-10-31T22:59:00Z"))).toBe("2027-10-31");
    expect(jourDeParis(new Date("2027-10-31T23:00:00Z"))).toBe("2027-11-01");
  });
});
