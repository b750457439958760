import { describe, expect, it } from "vitest";
import { faitsFlash, faitsLocal } from "./faits.fixture";
import { departementServiceParDefaut, regleR4ServiceEtat } from "./r4-service-etat";

// CC Mad et Moselle : à cheval sur la Meurthe-et-Moselle (siège) et la Moselle (décision 004).
const MAD_ET_MOSELLE = { nom: "CC Mad et Moselle", type: "epci" as const, departements: ["54", "57"] };

const seul = (faits: Parameters<typeof regleR4ServiceEtat>[0]) => {
  const elements = regleR4ServiceEtat(faits);
  expect(elements).toHaveLength(1);
  return elements[0]!;
};

describe("R4 — service de l'État compétent", () => {
  it("accepte la DDT du département de la commune", () => {
    const e = seul(faitsFlash());
    expect(e).toMatchObject({ code: "R4_SERVICE_OK", etat: "ok" });
    expect(e.message).toBe("La DDT de la Mayenne est le service de l'État compétent pour Andouillé.");
  });

  it("refuse la DDT d'un autre département, en nommant le bon", () => {
    const e = seul(faitsFlash({ serviceEtat: { nom: "DDT de la Sarthe", codeDepartement: "72" } }));
    expect(e).toMatchObject({ code: "R4_SERVICE_INCOMPETENT", etat: "refuse" });
    expect(e.message).toBe(
      "Le service de l'État cosignataire doit être celui du département 53, où se trouve Andouillé : la DDT de la Sarthe (département 72) n'est pas le service compétent.",
    );
  });

  it.each([
    ["54", "DDT de Meurthe-et-Moselle"],
    ["57", "DDT de la Moselle"],
  ])("accepte, pour un EPCI sur deux départements, le service du %s", (codeDepartement, nom) => {
    const e = seul(faitsLocal({ collectivitePrincipale: MAD_ET_MOSELLE, serviceEtat: { nom, codeDepartement } }));
    expect(e.code).toBe("R4_SERVICE_OK");
  });

  it("refuse, pour un EPCI sur deux départements, le service d'un troisième", () => {
    const e = seul(faitsLocal({ collectivitePrincipale: MAD_ET_MOSELLE, serviceEtat: { nom: "DDT de la Meuse", codeDepartement: "55" } }));
    expect(e).toMatchObject({ code: "R4_SERVICE_INCOMPETENT", etat: "refuse" });
    expect(e.message).toContain("celui de l'un des départements 54 ou 57, où se trouve la Communauté de communes Mad et Moselle");
  });

  it("propose par défaut le département du siège", () => {
    expect(departementServiceParDefaut(MAD_ET_MOSELLE)).toBe("54");
    expect(departementServiceParDefaut({ ...MAD_ET_MOSELLE, departements: [] })).toBeNull();
  });

  it("demande de choisir le service quand il n'y en a pas", () => {
    const e = seul(faitsLocal({ collectivitePrincipale: MAD_ET_MOSELLE, serviceEtat: null }));
    expect(e).toMatchObject({ code: "R4_SERVICE_MANQUANT", etat: "manquant" });
    expect(e.message).toBe(
      "Choisissez le service de l'État qui porte la candidature avec la Communauté de communes Mad et Moselle : celui de l'un des départements 54 ou 57.",
    );
  });

  it("bloque quand le département de la collectivité est inconnu", () => {
    const e = seul(faitsLocal({ collectivitePrincipale: { ...MAD_ET_MOSELLE, departements: [] } }));
    expect(e).toMatchObject({ code: "R4_DEPARTEMENT_INCONNU", etat: "manquant" });
    expect(e.message).toMatch(/^Le département de la Communauté de communes Mad et Moselle est inconnu/);
  });
});
