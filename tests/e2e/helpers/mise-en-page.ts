import { expect, type Page } from "@playwright/test";

/** La page ne défile pas de côté : rien ne dépasse la largeur de la fenêtre. */
export async function sansDefilementLateral(page: Page) {
  const { large, fenetre } = await page.evaluate(() => ({ large: document.documentElement.scrollWidth, fenetre: window.innerWidth }));
  expect(large, `largeur de ${page.url()}`).toBeLessThanOrEqual(fenetre);
}
