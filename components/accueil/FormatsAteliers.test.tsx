import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { regleR2Duree } from "@/lib/candidatures/regles/r2-duree";
import { CHIFFRES_FORMATS } from "@/lib/candidatures/regles/formats";
import { FormatsAteliers } from "./FormatsAteliers";

/** Texte de la carte d'un format, tel qu'un visiteur le lit. */
function carte(titre: string): string {
  const texte = renderToStaticMarkup(<FormatsAteliers />)
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#x27;|\u00a0|\u202f/g, (e) => (e === "&#x27;" ? "'" : " "))
    .replace(/\s+/g, " ");
  const debut = texte.indexOf(titre);
  expect(debut).toBeGreaterThanOrEqual(0);
  const suivante = texte.indexOf("Atelier ", debut + titre.length);
  return texte.slice(debut, suivante > 0 ? suivante : undefined);
}

describe("page d'accueil : les chiffres des formats sont ceux que la règle R2 fait respecter", () => {
  it.each([
    ["flash", "Atelier flash"],
    ["local", "Atelier local"],
    ["national", "Atelier national"],
  ] as const)("atelier %s : la durée annoncée est la fourchette acceptée par R2", (format, titre) => {
    const texte = carte(titre);
    const annonce = /Durée : (\d+) à (\d+) mois/.exec(texte);
    expect(annonce, texte).not.toBeNull();
    const [min, max] = [Number(annonce![1]), Number(annonce![2])];
    // Les bornes annoncées sont acceptées, les mois juste au-delà refusés.
    for (const duree of [min, max]) expect(regleR2Duree({ format, dureeMois: duree })[0]!.code).toBe("R2_DUREE_OK");
    for (const duree of [min - 1, max + 1]) expect(regleR2Duree({ format, dureeMois: duree })[0]!.etat).toBe("refuse");
  });

  it("annonce la durée habituelle d'un atelier local à l'intérieur de la fourchette, avec ses ateliers in situ", () => {
    const texte = carte("Atelier local");
    expect(texte).toContain("Durée : 10 à 18 mois, le plus souvent 10 à 15 mois");
    expect(texte).toContain("Ateliers in situ : trois en général (diagnostic et enjeux, stratégie, feuille de route)");
    expect(texte).toContain("Environ 100 000 €");
  });

  it("garde chaque durée habituelle entre les bornes de R2", () => {
    for (const { dureeMois, dureeHabituelleMois } of Object.values(CHIFFRES_FORMATS)) {
      if (!dureeHabituelleMois) continue;
      expect(dureeHabituelleMois.min).toBeGreaterThanOrEqual(dureeMois.min);
      expect(dureeHabituelleMois.max).toBeLessThanOrEqual(dureeMois.max);
    }
  });
});
