import { describe, expect, it } from "vitest";
import { heureDeParis } from "@/lib/dates/paris";
import { faitsFlash, faitsLocal, faitsNational, SESSION_OUVERTE } from "./faits.fixture";
import { regleR1Session } from "./r1-session";

const seul = (faits: Parameters<typeof regleR1Session>[0]) => {
  const [e, ...reste] = regleR1Session(faits);
  expect(reste).toHaveLength(0);
  return e!;
};

describe("R1 — session nationale", () => {
  it("accepte une candidature nationale dans une session ouverte avant sa clôture", () => {
    const e = seul(faitsNational());
    expect(e).toMatchObject({ code: "R1_SESSION_OK", etat: "ok" });
    expect(e.message).toBe(
      "Session « Aménager des territoires productifs, sobres et créateurs de valeurs » ouverte : dépôt possible avant le 31 mars 2027 à 23\u00a0h\u00a059 (heure de Paris).",
    );
  });

  it("demande de choisir la session quand un atelier national n'en a pas", () => {
    expect(seul(faitsNational({ session: null }))).toMatchObject({ code: "R1_SESSION_MANQUANTE", etat: "manquant" });
  });

  it.each([
    ["brouillon", "en préparation"],
    ["cloturee", "clôturée"],
    ["en_deliberation", "en délibération"],
    ["resultats_publies", "résultats publiés"],
  ] as const)("refuse une session au statut %s avant sa date de clôture", (statut, libelle) => {
    const e = seul(faitsNational({ session: { ...SESSION_OUVERTE, statut } }));
    expect(e).toMatchObject({ code: "R1_SESSION_NON_OUVERTE", etat: "refuse" });
    expect(e.message).toContain(`(statut : « ${libelle} »)`);
  });

  it("refuse une session encore marquée ouverte dont la date de clôture est passée", () => {
    const e = seul(faitsNational({ maintenant: new Date("2027-04-02T08:00:00Z") }));
    expect(e).toMatchObject({ code: "R1_SESSION_CLOTUREE", etat: "refuse" });
    expect(e.message).toBe(
      "La session « Aménager des territoires productifs, sobres et créateurs de valeurs » est close depuis le 31 mars 2027 à 23\u00a0h\u00a059 (heure de Paris) : les candidatures ne peuvent plus y être déposées.",
    );
  });

  it.each(["local", "flash"] as const)("accepte un atelier %s sans session", (format) => {
    const faits = format === "local" ? faitsLocal() : faitsFlash();
    expect(seul(faits)).toMatchObject({ code: "R1_SANS_SESSION_OK", etat: "ok" });
  });

  it.each(["local", "flash"] as const)("refuse un atelier %s rattaché à une session", (format) => {
    const faits = (format === "local" ? faitsLocal : faitsFlash)({ session: SESSION_OUVERTE });
    const e = seul(faits);
    expect(e).toMatchObject({ code: "R1_SESSION_INATTENDUE", etat: "refuse" });
    expect(e.message).toContain(`Un atelier ${format} se demande au fil de l'eau, hors session nationale`);
  });

  // Clôture à 23 h 59, heure de Paris, de part et d'autre du passage à l'heure d'été (28 mars 2027,
  // UTC+1 → UTC+2) et à l'heure d'hiver (31 octobre 2027, UTC+2 → UTC+1). Un calcul à décalage
  // fixe se tromperait d'une heure d'un côté : 00 h 00 le lendemain serait encore « ouvert ».
  describe.each([
    ["2027-03-27T23:59", "2027-03-27T23:58:59", "2027-03-28T00:00:00", "27 mars 2027"],
    ["2027-03-28T23:59", "2027-03-28T23:58:59", "2027-03-29T00:00:00", "28 mars 2027"],
    ["2027-10-30T23:59", "2027-10-30T23:58:59", "2027-10-31T00:00:00", "30 octobre 2027"],
    ["2027-10-31T23:59", "2027-10-31T23:58:59", "2027-11-01T00:00:00", "31 octobre 2027"],
  ])("session close le %s (heure de Paris)", (cloture, avant, apres, jour) => {
    const session = { ...SESSION_OUVERTE, clotureLe: heureDeParis(cloture) };

    it(`est ouverte à ${avant.slice(11)} le jour même`, () => {
      const e = seul(faitsNational({ session, maintenant: heureDeParis(avant) }));
      expect(e.code).toBe("R1_SESSION_OK");
      expect(e.message).toContain(`avant le ${jour} à 23\u00a0h\u00a059 (heure de Paris)`);
    });

    it("est close à 23 h 59 min 00 s exactement", () => {
      expect(seul(faitsNational({ session, maintenant: heureDeParis(cloture) })).code).toBe("R1_SESSION_CLOTUREE");
    });

    it(`est close à 00 h 00 le lendemain (${apres.slice(0, 10)})`, () => {
      const e = seul(faitsNational({ session, maintenant: heureDeParis(apres) }));
      expect(e.code).toBe("R1_SESSION_CLOTUREE");
      expect(e.message).toContain(`close depuis le ${jour} à 23\u00a0h\u00a059`);
    });
  });
});
