import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Règles WCAG 2.1 niveaux A et AA, celles que reprend le RGAA 4.1. */
export const TAGS_WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Vérifie qu'axe-core ne trouve aucune violation sur la page affichée. */
export async function verifierAccessibilite(page: Page): Promise<void> {
  // Next diffuse les métadonnées des pages dynamiques après le corps : on attend le titre pour
  // analyser la page telle que l'utilisateur la voit.
  await expect(page).toHaveTitle(/\S/);
  const resultats = await new AxeBuilder({ page }).withTags(TAGS_WCAG).analyze();
  const resume = resultats.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}) : ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(resume, `Violations axe-core sur ${page.url()}`).toEqual([]);
}
