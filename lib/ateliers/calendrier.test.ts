import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUREES_MOIS } from "@/lib/candidatures/regles/r2-duree";
import { ajouterMois, calendrierPhases, REPARTITION_PHASES } from "./calendrier";

const jour = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const lisible = (c: ReturnType<typeof calendrierPhases>) => c.map((p) => [p.type, iso(p.debutPrevu), iso(p.finPrevue)]);
const JOUR_MS = 86_400_000;

/** Les phases se suivent sans trou ni chevauchement, chacune d'au moins un jour, à minuit UTC. */
function verifierContigu(c: ReturnType<typeof calendrierPhases>) {
  for (const [i, p] of c.entries()) {
    expect(p.debutPrevu!.getTime() % JOUR_MS).toBe(0);
    expect(p.finPrevue!.getTime() % JOUR_MS).toBe(0);
    expect(p.finPrevue!.getTime()).toBeGreaterThanOrEqual(p.debutPrevu!.getTime());
    if (i > 0) expect(p.debutPrevu!.getTime() - c[i - 1]!.finPrevue!.getTime()).toBe(JOUR_MS);
  }
}

// Le calcul ne doit pas dépendre du fuseau du serveur : on le fait tourner à l'heure de Paris.
let fuseau: string | undefined;
beforeAll(() => {
  fuseau = process.env.TZ;
  process.env.TZ = "Europe/Paris";
});
afterAll(() => {
  if (fuseau === undefined) delete process.env.TZ;
  else process.env.TZ = fuseau;
});

describe("répartition des phases", () => {
  it("couvre les trois phases dans l'ordre et toute la durée", () => {
    expect(REPARTITION_PHASES.map((p) => p.type)).toEqual(["appropriation", "animation", "restitution"]);
    expect(REPARTITION_PHASES.reduce((s, p) => s + p.pourcent, 0)).toBe(100);
  });
});

describe("ajouterMois", () => {
  it("garde le quantième quand il existe", () => {
    expect(iso(ajouterMois(jour("2027-03-15"), 18))).toBe("2028-09-15");
    expect(iso(ajouterMois(jour("2027-11-30"), 2))).toBe("2028-01-30");
  });
  it("fin de mois : 31 janvier + 1 mois → 1er mars (la période finit le dernier jour de février)", () => {
    expect(iso(ajouterMois(jour("2027-01-31"), 1))).toBe("2027-03-01");
    expect(iso(ajouterMois(jour("2028-01-31"), 1))).toBe("2028-03-01");
    expect(iso(ajouterMois(jour("2028-01-29"), 1))).toBe("2028-02-29");
    expect(iso(ajouterMois(jour("2027-08-31"), 1))).toBe("2027-10-01");
  });
});

describe("calendrierPhases", () => {
  it("atelier local de 12 mois au 1er mars 2027 : 25 % / 50 % / 25 %, fin la veille du 1er mars 2028", () => {
    const c = calendrierPhases({ debutPrevu: jour("2027-03-01"), dureeMois: 12, format: "local" });
    // 366 jours (2028 est bissextile) : fins à 92 et 275 jours (91,5 et 274,5 arrondis au jour suivant), puis 366.
    expect(lisible(c)).toEqual([
      ["appropriation", "2027-03-01", "2027-05-31"],
      ["animation", "2027-06-01", "2027-11-30"],
      ["restitution", "2027-12-01", "2028-02-29"],
    ]);
    verifierContigu(c);
  });

  it("31 janvier + 1 mois : la dernière phase finit le 28 février (le 29 en année bissextile)", () => {
    const c = calendrierPhases({ debutPrevu: jour("2027-01-31"), dureeMois: 1, format: "flash" });
    expect(iso(c[0]!.debutPrevu)).toBe("2027-01-31");
    expect(iso(c[2]!.finPrevue)).toBe("2027-02-28");
    verifierContigu(c);
    expect(iso(calendrierPhases({ debutPrevu: jour("2028-01-31"), dureeMois: 1, format: "flash" })[2]!.finPrevue)).toBe("2028-02-29");
  });

  it("à travers les changements d'heure de Paris : des jours entiers, sans décalage", () => {
    // Début le jour du passage à l'heure d'été (28 mars 2027), fin après le retour à l'heure d'hiver.
    const c = calendrierPhases({ debutPrevu: jour("2027-03-28"), dureeMois: 8, format: "flash" });
    // 245 jours : fins à 61 et 184 jours (61,25 et 183,75 arrondis), puis 245.
    expect(lisible(c)).toEqual([
      ["appropriation", "2027-03-28", "2027-05-27"],
      ["animation", "2027-05-28", "2027-09-27"],
      ["restitution", "2027-09-28", "2027-11-27"],
    ]);
    verifierContigu(c);
  });

  it("un début lu à une autre heure que minuit UTC est ramené à son jour civil UTC", () => {
    const c = calendrierPhases({ debutPrevu: new Date("2027-03-01T13:45:00Z"), dureeMois: 12, format: "local" });
    expect(iso(c[0]!.debutPrevu)).toBe("2027-03-01");
    verifierContigu(c);
  });

  it("sans durée (ou durée nulle), la durée minimale du format selon R2", () => {
    for (const format of ["flash", "local", "national"] as const) {
      const attendu = calendrierPhases({ debutPrevu: jour("2027-03-01"), dureeMois: DUREES_MOIS[format].min, format });
      expect(calendrierPhases({ debutPrevu: jour("2027-03-01"), dureeMois: null, format })).toEqual(attendu);
      expect(calendrierPhases({ debutPrevu: jour("2027-03-01"), dureeMois: 0, format })).toEqual(attendu);
      expect(iso(attendu[2]!.finPrevue)).toBe(iso(new Date(ajouterMois(jour("2027-03-01"), DUREES_MOIS[format].min).getTime() - JOUR_MS)));
    }
  });

  it("sans début prévu : trois phases sans dates", () => {
    expect(calendrierPhases({ debutPrevu: null, dureeMois: 12, format: "local" })).toEqual([
      { type: "appropriation", debutPrevu: null, finPrevue: null },
      { type: "animation", debutPrevu: null, finPrevue: null },
      { type: "restitution", debutPrevu: null, finPrevue: null },
    ]);
  });

  it("toute durée de R2, tout début de 2027 : contigu, fin exacte", () => {
    for (let d = 0; d < 365; d += 7) {
      const debut = new Date(jour("2027-01-01").getTime() + d * JOUR_MS);
      for (const format of ["flash", "local", "national"] as const) {
        const { min, max } = DUREES_MOIS[format];
        for (let mois = min; mois <= max; mois += 1) {
          const c = calendrierPhases({ debutPrevu: debut, dureeMois: mois, format });
          verifierContigu(c);
          expect(c[2]!.finPrevue!.getTime()).toBe(ajouterMois(debut, mois).getTime() - JOUR_MS);
        }
      }
    }
  });
});
