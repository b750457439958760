import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Règles WCAG 2.1 niveaux A et AA, celles que reprend le RGAA 4.1. */
export const TAGS_WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Vérifie qu'axe-core ne trouve aucune violation sur la page affichée. */
export async function verifierAccessibilite(page: Page): Promise<void> {
  // Next diffuse les métadonnées des pages dynamiques après le corps : on attend le titre pour
  // analyser la page telle que l'utilisateur la voit.
  await expect(page).toHaveTitle(/\S/);
  // Le JavaScript du DSFR règle la modale du menu de l'en-tête après l'hydratation : sur ordinateur,
  // il lui retire son `aria-labelledby` ; sur téléphone, elle reste masquée tant qu'elle est fermée.
  // Analysée entre les deux, elle porterait un `aria-labelledby` sans rôle : on attend l'état stable
  // que voit l'utilisateur.
  await page.waitForFunction(() => {
    if (document.documentElement.getAttribute("data-fr-js") !== "true") return false;
    const menu = document.querySelector<HTMLElement>(".fr-header__menu.fr-modal");
    if (!menu || !menu.hasAttribute("aria-labelledby") || menu.getAttribute("role") === "dialog") return true;
    const style = getComputedStyle(menu);
    return style.visibility === "hidden" || style.display === "none";
  });
  const resultats = await new AxeBuilder({ page }).withTags(TAGS_WCAG).analyze();
  const resume = resultats.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}) : ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(resume, `Violations axe-core sur ${page.url()}`).toEqual([]);
}
