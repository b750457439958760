import { describe, expect, it } from "vitest";
import { schemaDemandeLien } from "./connexion.schema";

describe("formulaire de demande de lien", () => {
  it("accepte une adresse valide, sans les espaces autour", () => {
    expect(schemaDemandeLien.parse({ email: "  claire.martin@andouille.example " })).toEqual({ email: "claire.martin@andouille.example" });
  });

  it("explique en français une adresse vide ou invalide", () => {
    const vide = schemaDemandeLien.safeParse({ email: " " });
    expect(vide.success).toBe(false);
    expect(vide.error?.issues[0]?.message).toBe("Saisissez votre adresse électronique.");
    const invalide = schemaDemandeLien.safeParse({ email: "claire.martin" });
    expect(invalide.error?.issues[0]?.message).toMatch(/^Saisissez une adresse électronique valide/);
  });
});
