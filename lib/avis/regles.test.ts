import { describe, expect, it } from "vitest";
import { etatDemandeAvis, expirationLienExpert, finEcheance, peutDemanderAvis, premiereEcheance, refusAnnulerDemande, refusRendreAvis } from "./regles";
import { etatLienExpert } from "./lien-expert";

const maintenant = new Date("2027-03-10T10:00:00Z");
const demande = (o: Partial<{ echeance: Date; renduLe: Date | null; annuleeLe: Date | null }> = {}) => ({
  echeance: finEcheance("2027-03-15"),
  renduLe: null,
  annuleeLe: null,
  ...o,
});

describe("règles des avis d'expert", () => {
  it("un avis se demande sur une candidature déposée, en instruction ou à corriger seulement", () => {
    expect(["deposee", "en_instruction", "a_corriger"].every((s) => peutDemanderAvis(s as never))).toBe(true);
    for (const s of ["brouillon", "signee", "irrecevable", "retenue", "non_retenue", "retiree"] as const) expect(peutDemanderAvis(s), s).toBe(false);
  });

  it("l'échéance vaut jusqu'à la fin du jour à Paris ; le lien, 7 jours de plus", () => {
    expect(finEcheance("2027-03-15").toISOString()).toBe("2027-03-15T22:59:59.000Z");
    expect(finEcheance("2027-07-15").toISOString()).toBe("2027-07-15T21:59:59.000Z");
    expect(expirationLienExpert(finEcheance("2027-03-15")).toISOString()).toBe("2027-03-22T22:59:59.000Z");
    expect(premiereEcheance(new Date("2027-03-10T23:30:00Z"))).toBe("2027-03-12");
  });

  it("état d'une demande : en attente, en retard après l'échéance, rendu, annulée", () => {
    expect(etatDemandeAvis(demande(), maintenant)).toBe("en_attente");
    expect(etatDemandeAvis(demande(), new Date("2027-03-15T23:00:00Z"))).toBe("en_retard");
    expect(etatDemandeAvis(demande({ renduLe: maintenant }), maintenant)).toBe("rendu");
    expect(etatDemandeAvis(demande({ annuleeLe: maintenant, renduLe: maintenant }), maintenant)).toBe("annulee");
  });

  it("l'avis se rend avant l'échéance, une fois, sur une demande non annulée", () => {
    expect(refusRendreAvis(demande(), maintenant)).toBeNull();
    expect(refusRendreAvis(demande(), new Date("2027-03-16T08:00:00Z"))).toBe(
      "L'échéance de cette demande d'avis, le 15 mars 2027, est passée : votre avis ne peut plus être enregistré. Contactez la personne de la DGALN qui vous l'a demandé.",
    );
    expect(refusRendreAvis(demande({ renduLe: maintenant }), maintenant)).toMatch(/déjà rendu/);
    expect(refusRendreAvis(demande({ annuleeLe: maintenant }), maintenant)).toMatch(/annulée/);
    expect(refusAnnulerDemande(demande())).toBeNull();
    expect(refusAnnulerDemande(demande({ renduLe: maintenant }))).toMatch(/déjà rendu/);
  });

  it("état du lien de l'expert extérieur", () => {
    const lien = { expertId: null, annuleeLe: null, jetonExpireLe: new Date("2027-03-22T00:00:00Z") };
    expect(etatLienExpert(null, maintenant)).toBe("introuvable");
    expect(etatLienExpert(lien, maintenant)).toBe("valide");
    expect(etatLienExpert({ ...lien, expertId: "x" }, maintenant)).toBe("rattachee");
    expect(etatLienExpert({ ...lien, annuleeLe: maintenant }, maintenant)).toBe("annulee");
    expect(etatLienExpert(lien, new Date("2027-03-22T00:00:00Z"))).toBe("expiree");
  });
});
