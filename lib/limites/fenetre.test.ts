import { describe, expect, it } from "vitest";
import { fenetreCourante, minutesAvantFin } from "./fenetre";

const QUINZE_MINUTES = 15 * 60_000;

describe("fenêtre fixe de limitation", () => {
  it("aligne la fenêtre sur des tranches de 15 minutes", () => {
    const f = fenetreCourante(new Date("2026-11-20T10:07:31.500Z"), QUINZE_MINUTES);
    expect(f.debut.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect(f.fin.toISOString()).toBe("2026-11-20T10:15:00.000Z");
  });

  it("place la borne dans la fenêtre suivante", () => {
    const f = fenetreCourante(new Date("2026-11-20T10:15:00.000Z"), QUINZE_MINUTES);
    expect(f.debut.toISOString()).toBe("2026-11-20T10:15:00.000Z");
  });

  it("deux instants de la même tranche partagent la fenêtre, pas ceux de tranches voisines", () => {
    const a = fenetreCourante(new Date("2026-11-20T10:00:00.001Z"), QUINZE_MINUTES);
    const b = fenetreCourante(new Date("2026-11-20T10:14:59.999Z"), QUINZE_MINUTES);
    const c = fenetreCourante(new Date("2026-11-20T10:15:00.001Z"), QUINZE_MINUTES);
    expect(a.debut.getTime()).toBe(b.debut.getTime());
    expect(c.debut.getTime()).not.toBe(a.debut.getTime());
  });

  it("annonce les minutes restantes arrondies au-dessus, au moins une", () => {
    const maintenant = new Date("2026-11-20T10:07:31Z");
    expect(minutesAvantFin(maintenant, fenetreCourante(maintenant, QUINZE_MINUTES))).toBe(8);
    const fin = new Date("2026-11-20T10:14:59.900Z");
    expect(minutesAvantFin(fin, fenetreCourante(fin, QUINZE_MINUTES))).toBe(1);
  });

  it("refuse une durée nulle ou négative", () => {
    expect(() => fenetreCourante(new Date(), 0)).toThrow();
    expect(() => fenetreCourante(new Date(), -5)).toThrow();
  });
});
