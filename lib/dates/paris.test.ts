import { describe, expect, it } from "vitest";
import { heureDeParis } from "./paris";

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
