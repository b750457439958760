import { describe, expect, it } from "vitest";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import { prochaineEtape, type FaitsEtape } from "./prochaine-etape";

const SIGNEE = { signataire: "Jean Dupont", signeeLe: new Date("2026-11-02T10:00:00Z") };
const AUCUN_DROIT = { modifier: false, signerCollectivite: false, signerEtat: false, deposer: false, instruire: false };

function faits(autres: Partial<FaitsEtape> = {}): FaitsEtape {
  return {
    statut: "brouillon",
    format: "flash",
    collectivite: "Andouillé",
    serviceEtat: "DDT de la Mayenne",
    session: null,
    signatures: { collectivite: null, etat: null },
    aUnSignataire: { collectivite: true, etat: true },
    bloquantsAvantSignature: 0,
    bloquantsDepot: 0,
    droits: AUCUN_DROIT,
    echeanceCorrections: null,
    ...autres,
  };
}

describe("prochaine étape d'une candidature", () => {
  it("dit, pour chaque statut, une étape en français sans code", () => {
    for (const statut of Object.values(StatutCandidature)) {
      const etape = prochaineEtape(faits({ statut }));
      expect(etape.titre).not.toMatch(/_|\bsignee\b|\bdeposee\b/);
      expect(etape.description.length).toBeGreaterThan(10);
    }
  });

  it("dit à la collectivité que le dépôt revient au signataire de la DDT, et à celui-ci que c'est à lui", () => {
    const signee = faits({ statut: "signee", signatures: { collectivite: SIGNEE, etat: SIGNEE } });
    expect(prochaineEtape(signee)).toMatchObject({ titre: "En attente du dépôt par un signataire de la DDT de la Mayenne", pourVous: false });
    expect(prochaineEtape({ ...signee, droits: { ...AUCUN_DROIT, deposer: true } })).toMatchObject({
      titre: "À vous : déposer la candidature",
      pourVous: true,
    });
  });

  it("nomme la partie dont on attend la signature, et propose de signer à qui le peut", () => {
    const attente = faits({ signatures: { collectivite: SIGNEE, etat: null } });
    expect(prochaineEtape(attente).titre).toBe("En attente de la signature d'un signataire de la DDT de la Mayenne");
    expect(prochaineEtape(attente).description).toContain("Andouillé a signé");
    const aVous = prochaineEtape({ ...attente, droits: { ...AUCUN_DROIT, signerEtat: true } });
    expect(aVous).toMatchObject({ titre: "À vous : relire et signer la candidature", pourVous: true });
  });

  it("signale la partie qui n'a aucun signataire sur la plateforme", () => {
    const etape = prochaineEtape(faits({ collectivite: "Guérande", aUnSignataire: { collectivite: false, etat: true } }));
    expect(etape.description).toContain("Guérande n'a encore aucun signataire sur la plateforme : invitez-en un.");
  });

  it("demande de compléter avant de signer quand une règle bloque", () => {
    const etape = prochaineEtape(faits({ bloquantsAvantSignature: 2, droits: { ...AUCUN_DROIT, modifier: true } }));
    expect(etape).toMatchObject({ titre: "À compléter avant la signature", pourVous: true });
    expect(etape.description).toContain("2 points à régler");
  });

  it("annonce le jury de la session pour une candidature nationale en instruction", () => {
    const etape = prochaineEtape(faits({ statut: "en_instruction", format: "national", session: "Territoires productifs" }));
    expect(etape.description).toContain("Le jury de la session « Territoires productifs »");
  });

  it("après le dépôt, dit au référent de la DGALN que la recevabilité est à examiner, et aux porteurs qu'ils attendent", () => {
    expect(prochaineEtape(faits({ statut: "deposee", droits: { ...AUCUN_DROIT, instruire: true } }))).toMatchObject({
      titre: "À vous : examiner la recevabilité",
      pourVous: true,
    });
    expect(prochaineEtape(faits({ statut: "deposee" }))).toMatchObject({ titre: "En attente de l'examen de recevabilité par la DGALN", pourVous: false });
  });

  it("corrections demandées : aux porteurs de corriger avant l'échéance, la DGALN attend le nouveau dépôt", () => {
    const aCorriger = faits({ statut: "a_corriger", echeanceCorrections: new Date("2027-05-15T21:59:59Z") });
    const porteur = prochaineEtape({ ...aCorriger, droits: { ...AUCUN_DROIT, modifier: true } });
    expect(porteur).toMatchObject({ titre: "À vous : corriger la candidature à la demande de la DGALN", pourVous: true });
    expect(porteur.description).toContain("la dépose à nouveau avant le 15 mai 2027.");
    expect(prochaineEtape(aCorriger).titre).toBe("Corrections demandées par la DGALN");
    const dgaln = prochaineEtape({ ...aCorriger, droits: { ...AUCUN_DROIT, instruire: true } });
    expect(dgaln).toMatchObject({ titre: "En attente des corrections des porteurs", pourVous: false });
    expect(dgaln.description).toContain("Le nouveau dépôt vous reviendra pour examen.");
  });
});
