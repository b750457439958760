import { describe, expect, it } from "vitest";
import { compter } from "./pluriel";

describe("compter", () => {
  it("accorde au pluriel au-delà de un, mot par mot", () => {
    expect(compter(0, "décision")).toBe("0 décision");
    expect(compter(1, "candidature retenue")).toBe("1 candidature retenue");
    expect(compter(3, "candidature retenue")).toBe("3 candidatures retenues");
    expect(compter(2, "en liste complémentaire", "en liste complémentaire")).toBe("2 en liste complémentaire");
    expect(compter(1200, "lettre")).toBe("1\u202f200 lettres");
  });
});
