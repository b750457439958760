import { describe, expect, it } from "vitest";
import { StatutCandidature } from "@/lib/generated/prisma/enums";
import {
  estFinal,
  estModifiable,
  STATUTS_DEPOSABLES,
  STATUTS_DEPOT_EN_VIGUEUR,
  STATUTS_FINAUX,
  STATUTS_SIGNABLES,
  TRANSITIONS,
  transitionPermise,
  transitionsDisponibles,
  type Partie,
} from "./transitions";

const STATUTS = Object.values(StatutCandidature);
const actions = (statut: StatutCandidature, parties: Partie[]) => transitionsDisponibles(statut, parties).map((t) => t.action);

describe("machine à états de la candidature", () => {
  it("couvre chaque statut", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUTS].sort());
  });

  it("n'a aucune transition depuis un statut final, et au moins une depuis les autres", () => {
    for (const statut of STATUTS) expect(TRANSITIONS[statut].length === 0).toBe(estFinal(statut));
    expect([...STATUTS_FINAUX].sort()).toEqual(["irrecevable", "non_retenue", "retenue", "retiree"]);
  });

  it("permet à chaque porteur, et à eux seuls, de retirer la candidature depuis tout statut non final", () => {
    for (const statut of STATUTS.filter((s) => !estFinal(s))) {
      expect(transitionPermise(statut, "retirer", "collectivite")?.vers).toBe("retiree");
      expect(transitionPermise(statut, "retirer", "etat")?.vers).toBe("retiree");
      expect(transitionPermise(statut, "retirer", "dgaln")).toBeNull();
    }
  });

  it("réserve le dépôt au service de l'État, depuis une candidature signée", () => {
    expect(transitionPermise("signee", "deposer", "etat")?.vers).toBe("deposee");
    expect(transitionPermise("signee", "deposer", "collectivite")).toBeNull();
    for (const statut of STATUTS.filter((s) => s !== "signee")) expect(transitionPermise(statut, "deposer", "etat")).toBeNull();
  });

  it("propose à chaque partie ses seules transitions", () => {
    expect(actions("brouillon", ["collectivite"])).toEqual(["signer", "retirer"]);
    expect(actions("signee", ["collectivite"])).toEqual(["signer", "modifier", "retirer"]);
    expect(actions("signee", ["etat"])).toEqual(["signer", "deposer", "modifier", "retirer"]);
    expect(actions("deposee", ["dgaln"])).toEqual(["declarer_recevable", "declarer_irrecevable", "demander_corrections"]);
    expect(actions("deposee", ["collectivite"])).toEqual(["retirer"]);
    expect(actions("en_instruction", ["dgaln"])).toEqual(["demander_corrections", "retenir", "ne_pas_retenir", "inscrire_liste_complementaire"]);
    expect(actions("liste_complementaire", ["dgaln"])).toEqual(["retenir", "ne_pas_retenir"]);
    expect(actions("liste_complementaire", ["collectivite"])).toEqual(["retirer"]);
    expect(actions("a_corriger", ["etat"])).toEqual(["modifier", "retirer"]);
    expect(actions("retenue", ["collectivite", "etat", "dgaln"])).toEqual([]);
    expect(actions("brouillon", [])).toEqual([]);
  });

  it("déduit de la table les statuts où l'on signe, où l'on dépose et où un dépôt tient", () => {
    expect(STATUTS_SIGNABLES).toEqual(["brouillon", "signee"]);
    expect(STATUTS_DEPOSABLES).toEqual(["signee"]);
    // Après une demande de corrections (à corriger) ou un retrait, le dernier dépôt ne tient plus.
    expect([...STATUTS_DEPOT_EN_VIGUEUR].sort()).toEqual(["deposee", "en_instruction", "irrecevable", "liste_complementaire", "non_retenue", "retenue"]);
  });

  it("ramène au brouillon toute modification d'une candidature signée ou à corriger", () => {
    expect(transitionPermise("signee", "modifier", "collectivite")?.vers).toBe("brouillon");
    expect(transitionPermise("a_corriger", "modifier", "etat")?.vers).toBe("brouillon");
    expect(STATUTS.filter(estModifiable)).toEqual(["brouillon", "signee", "a_corriger"]);
  });

  it("exige une motivation pour l'irrecevabilité, les corrections, chaque décision de sélection et le retrait", () => {
    const motivees = STATUTS.flatMap((s) => TRANSITIONS[s] as readonly { action: string; motivationRequise: boolean }[])
      .filter((t) => t.motivationRequise)
      .map((t) => t.action);
    expect(new Set(motivees)).toEqual(new Set(["declarer_irrecevable", "demander_corrections", "retenir", "ne_pas_retenir", "inscrire_liste_complementaire", "retirer"]));
  });

  it("rend chaque statut atteignable depuis le brouillon", () => {
    const atteints = new Set<StatutCandidature>(["brouillon"]);
    for (let i = 0; i < STATUTS.length; i++) for (const s of atteints) for (const t of TRANSITIONS[s]) atteints.add(t.vers);
    expect([...atteints].sort()).toEqual([...STATUTS].sort());
  });
});
