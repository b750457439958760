import { describe, expect, it } from "vitest";
import { offresPhase, prochaineEtapePhase, type FaitsPhase } from "./prochaine-etape";

const faits = (f: Partial<FaitsPhase> = {}): FaitsPhase => ({
  type: "appropriation",
  statut: "en_cours",
  statutPrecedente: null,
  validees: [],
  livrables: [],
  ateliersInSitu: [],
  droits: { modifier: false, validerPour: [] },
  noms: { collectivite: "Andouillé", serviceEtat: "DDT de la Mayenne" },
  ...f,
});

const pilote = { modifier: true, validerPour: [] };

describe("gestes offerts sur une phase", () => {
  it("le pilote voit « Soumettre » désactivé, avec la raison, tant que la synthèse manque", () => {
    expect(offresPhase(faits({ droits: pilote }))).toEqual([
      expect.objectContaining({ geste: "deposer", raison: null }),
      expect.objectContaining({
        geste: "soumettre",
        libelle: "Soumettre à validation",
        raison: "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
      }),
    ]);
    expect(offresPhase(faits({ droits: pilote, livrables: [{ type: "synthese_enjeux" }] }))[1]).toMatchObject({ geste: "soumettre", raison: null });
  });

  it("l'animation se soumet sur un compte rendu d'atelier in situ, sans fichier", () => {
    const offres = offresPhase(faits({ type: "animation", statutPrecedente: "validee", droits: pilote, ateliersInSitu: [{ compteRendu: "Trente participants." }] }));
    expect(offres.find((o) => o.geste === "soumettre")?.raison).toBeNull();
  });

  it("un co-pilote qui a validé peut encore renvoyer, plus valider ; personne d'autre n'a de geste", () => {
    const aValider = faits({ statut: "a_valider", livrables: [{ type: "synthese_enjeux" }] });
    expect(offresPhase({ ...aValider, droits: { modifier: false, validerPour: ["collectivite"] } }).map((o) => o.geste)).toEqual(["valider", "renvoyer"]);
    expect(offresPhase({ ...aValider, validees: ["collectivite"], droits: { modifier: false, validerPour: ["collectivite"] } }).map((o) => o.geste)).toEqual(["renvoyer"]);
    expect(offresPhase(aValider)).toEqual([]);
    expect(offresPhase(faits({ statut: "validee", droits: { modifier: true, validerPour: ["etat"] } }))).toEqual([]);
  });

  it("dit qui doit agir, en français", () => {
    expect(prochaineEtapePhase(faits({ statut: "a_valider", validees: ["etat"], droits: { modifier: false, validerPour: ["collectivite"] } }))).toEqual({
      titre: "À valider par le second co-pilote",
      description:
        "Le service de l'État a validé. On attend la validation d'un signataire d'Andouillé : relire les livrables, puis valider la phase ou la renvoyer avec un commentaire.",
      pourVous: true,
    });
    expect(prochaineEtapePhase(faits({ type: "animation", statut: "a_venir", statutPrecedente: "en_cours", droits: pilote }))).toMatchObject({
      titre: "En attente de la phase précédente",
      pourVous: false,
    });
  });
});
