import { describe, expect, it } from "vitest";
import { detailCollectivite } from "./presentation";

describe("detailCollectivite", () => {
  it("distingue une commune par son code INSEE et son département", () => {
    expect(detailCollectivite({ type: "commune", codeInsee: "53005", siren: "215300050", codeDepartement: "53" })).toBe("Commune · INSEE 53005 · département 53");
  });
  it("présente un EPCI par son SIREN", () => {
    expect(detailCollectivite({ type: "epci", codeInsee: null, siren: "245300330", codeDepartement: "53" })).toBe(
      "Intercommunalité (EPCI) · SIREN 245300330 · département 53",
    );
  });
  it("omet ce que le référentiel ne connaît pas", () => {
    expect(detailCollectivite({ type: "region", codeInsee: null, siren: null, codeDepartement: null })).toBe("Région");
  });
});
