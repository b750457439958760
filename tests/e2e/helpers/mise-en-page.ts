import { mkdir } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { verifierAccessibilite } from "./axe";

/** Les deux largeurs de chaque parcours : un ordinateur et un téléphone. */
export const LARGEURS = [
  { nom: "ordinateur", viewport: { width: 1280, height: 800 } },
  { nom: "telephone", viewport: { width: 390, height: 844 } },
] as const;

/** Dossier des captures à examiner (hors du dépôt) ; `CAPTURES` le change. */
export const CAPTURES = process.env.CAPTURES ?? "test-results/captures";

/** Capture pleine page, pour la regarder après le test. */
export async function capturer(page: Page, nom: string) {
  await mkdir(CAPTURES, { recursive: true });
  await page.screenshot({ path: `${CAPTURES}/${nom}.png`, fullPage: true });
}

/** La page ne défile pas de côté : rien ne dépasse la largeur de la fenêtre. */
export async function sansDefilementLateral(page: Page) {
  const { large, fenetre } = await page.evaluate(() => ({ large: document.documentElement.scrollWidth, fenetre: window.innerWidth }));
  expect(large, `largeur de ${page.url()}`).toBeLessThanOrEqual(fenetre);
}

/**
 * Examiner l'état affiché comme le ferait un agent : axe-core et aucun défilement de côté à 1280 px
 * puis à 390 px, une capture à chaque largeur (`<nom>-1280.png`, `<nom>-390.png`) ; la page revient
 * ensuite à 1280 px.
 */
export async function examinerAuxDeuxLargeurs(page: Page, nom: string) {
  const [ordinateur, telephone] = LARGEURS;
  await page.setViewportSize(ordinateur.viewport);
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  await capturer(page, `${nom}-1280`);
  await page.setViewportSize(telephone.viewport);
  await sansDefilementLateral(page);
  await verifierAccessibilite(page);
  await capturer(page, `${nom}-390`);
  await page.setViewportSize(ordinateur.viewport);
}
