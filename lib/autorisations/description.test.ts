import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decrirePolitique } from "./description";

describe("documentation de la politique", () => {
  it("docs/decisions/007-autorisations.md reprend la politique en vigueur", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../docs/decisions/007-autorisations.md"), "utf8");
    const bloc = /<!-- politique:debut -->\n([\s\S]*?)\n<!-- politique:fin -->/.exec(doc)?.[1];
    // En cas d'écart, remplacer le bloc par la sortie de decrirePolitique() (montrée dans le diff).
    expect(bloc).toBe(decrirePolitique().trimEnd());
  });
});
