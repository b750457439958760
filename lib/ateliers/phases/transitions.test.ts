import { describe, expect, it } from "vitest";
import { StatutPhase, TypePhase } from "@/lib/generated/prisma/enums";
import {
  LIVRABLES_PAR_PHASE,
  livrableRequisPresent,
  ORDRE_PHASES,
  peutDemarrer,
  phasePrecedente,
  phaseSuivante,
  phaseValidee,
  transitionPhase,
  transitionsDisponibles,
  TRANSITIONS_PHASE,
  typeAdmis,
} from "./transitions";

describe("machine à états des phases", () => {
  it("a_venir → en_cours → a_valider → validee, et le renvoi a_valider → en_cours", () => {
    expect(transitionPhase("a_venir", "demarrer")?.vers).toBe("en_cours");
    expect(transitionPhase("en_cours", "soumettre")?.vers).toBe("a_valider");
    expect(transitionPhase("a_valider", "valider")?.vers).toBe("validee");
    expect(transitionPhase("a_valider", "renvoyer")).toMatchObject({ vers: "en_cours", commentaireRequis: true });
    expect(TRANSITIONS_PHASE.validee).toEqual([]);
  });

  it("refuse toute autre transition (pas de validation d'une phase en cours, pas de retour d'une phase validée)", () => {
    expect(transitionPhase("en_cours", "valider")).toBeUndefined();
    expect(transitionPhase("a_venir", "soumettre")).toBeUndefined();
    expect(transitionPhase("validee", "renvoyer")).toBeUndefined();
    expect(transitionPhase("validee", "demarrer")).toBeUndefined();
  });

  it("couvre chaque statut de la base, chaque transition a un libellé français", () => {
    expect(Object.keys(TRANSITIONS_PHASE).sort()).toEqual(Object.values(StatutPhase).sort());
    for (const t of Object.values(TRANSITIONS_PHASE).flat()) expect(t.libelle).toMatch(/^[A-ZÉ][a-zé]/);
  });

  it("le pilote démarre et soumet ; seuls les co-pilotes valident ou renvoient", () => {
    expect(transitionsDisponibles("a_valider", ["pilote"])).toEqual([]);
    expect(transitionsDisponibles("a_valider", ["collectivite"]).map((t) => t.action)).toEqual(["valider", "renvoyer"]);
    expect(transitionsDisponibles("en_cours", ["etat"])).toEqual([]);
    expect(transitionsDisponibles("a_venir", ["pilote"]).map((t) => t.action)).toEqual(["demarrer"]);
  });
});

describe("ordre des phases", () => {
  it("appropriation, animation, restitution, et toutes les phases de la base", () => {
    expect([...ORDRE_PHASES].sort()).toEqual(Object.values(TypePhase).sort());
    expect(phasePrecedente("appropriation")).toBeNull();
    expect(phasePrecedente("restitution")).toBe("animation");
    expect(phaseSuivante("restitution")).toBeNull();
  });

  it("une phase ne démarre qu'après la validation de la précédente", () => {
    expect(peutDemarrer("appropriation", null)).toEqual({ ok: true });
    expect(peutDemarrer("animation", "validee")).toEqual({ ok: true });
    expect(peutDemarrer("animation", "a_valider")).toEqual({
      ok: false,
      message: "La phase d'appropriation n'est pas encore validée par les deux co-pilotes : la phase d'animation ne peut pas démarrer avant.",
    });
    expect(peutDemarrer("restitution", "en_cours")).toMatchObject({ ok: false, message: expect.stringContaining("la phase de restitution") });
  });
});

describe("livrable requis par phase", () => {
  const rien = { livrables: [], ateliersInSitu: [] };

  it("appropriation : la synthèse des enjeux, rien d'autre ne la remplace", () => {
    expect(livrableRequisPresent("appropriation", rien)).toEqual({
      ok: false,
      message: "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
    });
    expect(livrableRequisPresent("appropriation", { livrables: [{ type: "note_de_cadrage" }], ateliersInSitu: [{ compteRendu: "CR" }] }).ok).toBe(false);
    expect(livrableRequisPresent("appropriation", { livrables: [{ type: "synthese_enjeux" }], ateliersInSitu: [] })).toEqual({ ok: true });
  });

  it("animation : un support d'atelier, ou un atelier in situ avec son compte rendu (un compte rendu vide ne compte pas)", () => {
    expect(livrableRequisPresent("animation", rien).ok).toBe(false);
    expect(livrableRequisPresent("animation", { livrables: [], ateliersInSitu: [{ compteRendu: "   " }, { compteRendu: null }] }).ok).toBe(false);
    expect(livrableRequisPresent("animation", { livrables: [], ateliersInSitu: [{ compteRendu: "Trente participants…" }] })).toEqual({ ok: true });
    expect(livrableRequisPresent("animation", { livrables: [{ type: "support_atelier" }], ateliersInSitu: [] })).toEqual({ ok: true });
  });

  it("restitution : l'un des livrables finals ; une esquisse de plan-guide n'en est pas un", () => {
    for (const type of ["note_de_cadrage", "feuille_de_route", "cahier_des_charges", "plan_guide", "projet_de_territoire", "rapport_final"] as const) {
      expect(livrableRequisPresent("restitution", { livrables: [{ type }], ateliersInSitu: [] })).toEqual({ ok: true });
    }
    const refus = livrableRequisPresent("restitution", { livrables: [{ type: "esquisse_plan_guide" }], ateliersInSitu: [] });
    expect(refus).toMatchObject({ ok: false, message: expect.stringContaining("le livrable final (note de cadrage, feuille de route") });
  });

  it("chaque type requis est admis au dépôt dans sa phase ; la synthèse ne se dépose pas en restitution", () => {
    for (const phase of ORDRE_PHASES) for (const type of LIVRABLES_PAR_PHASE[phase].typesRequis) expect(typeAdmis(phase, type)).toBe(true);
    expect(typeAdmis("restitution", "synthese_enjeux")).toBe(false);
    expect(typeAdmis("appropriation", "plan_guide")).toBe(false);
  });
});

describe("validation par les deux co-pilotes", () => {
  it("exige les deux parties sur l'empreinte courante", () => {
    expect(phaseValidee("e1", [{ partie: "collectivite", empreinteLivrables: "e1" }])).toBe(false);
    expect(phaseValidee("e1", [{ partie: "collectivite", empreinteLivrables: "e1" }, { partie: "etat", empreinteLivrables: "e0" }])).toBe(false);
    expect(phaseValidee("e1", [{ partie: "collectivite", empreinteLivrables: "e1" }, { partie: "etat", empreinteLivrables: "e1" }])).toBe(true);
  });
});
