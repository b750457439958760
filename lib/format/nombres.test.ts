import { describe, expect, it } from "vitest";
import { accorder, formaterEuros } from "./nombres";

describe("formatage des nombres", () => {
  it("sépare les milliers par une espace fine insécable et place le symbole euro après", () => {
    expect(formaterEuros(1_000_000)).toBe("1\u202f000\u202f000\u00a0€");
  });

  it("accorde le nom au pluriel à partir de deux", () => {
    expect(accorder(1, "lauréat")).toBe("1\u00a0lauréat");
    expect(accorder(6, "lauréat")).toBe("6\u00a0lauréats");
  });
});
