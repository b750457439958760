import { describe, expect, it } from "vitest";
import { nomCollectiviteDeveloppe } from "./collectivites";

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
