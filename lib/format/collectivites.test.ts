import { describe, expect, it } from "vitest";
import { deNom, nomCollectiviteDeveloppe } from "./collectivites";

describe("nom développé des collectivités", () => {
  it("développe le sigle des communautés de communes, d'agglomération et urbaines", () => {
    expect(nomCollectiviteDeveloppe("CC des Coëvrons")).toBe("Communauté de communes des Coëvrons");
    expect(nomCollectiviteDeveloppe("CA Mont-Saint-Michel-Normandie")).toBe(
      "Communauté d'agglomération Mont-Saint-Michel-Normandie",
    );
    expect(nomCollectiviteDeveloppe("CU Caen la Mer")).toBe("Communauté urbaine Caen la Mer");
  });

  it("laisse intacts les autres noms, même s'ils contiennent ces lettres", () => {
    expect(nomCollectiviteDeveloppe("Andouillé")).toBe("Andouillé");
    expect(nomCollectiviteDeveloppe("Bordeaux Métropole")).toBe("Bordeaux Métropole");
    expect(nomCollectiviteDeveloppe("CCAS de Laval")).toBe("CCAS de Laval");
  });
});

describe("deNom", () => {
  it("élide devant une voyelle, met l'article devant les intercommunalités et les services", () => {
    expect(deNom("Andouillé")).toBe("d'Andouillé");
    expect(deNom("Embrun")).toBe("d'Embrun");
    expect(deNom("Saint-Nazaire")).toBe("de Saint-Nazaire");
    expect(deNom("Le Gâvre")).toBe("du Gâvre");
    expect(deNom("Les Sables-d'Olonne")).toBe("des Sables-d'Olonne");
    expect(deNom("La Baule-Escoublac")).toBe("de La Baule-Escoublac");
    expect(deNom("CC des Coëvrons")).toBe("de la Communauté de communes des Coëvrons");
    expect(deNom("Nantes Métropole")).toBe("de Nantes Métropole");
    expect(deNom("DDT de la Mayenne", { service: true })).toBe("de la DDT de la Mayenne");
  });
});
