// Gestes communs des tests de bout en bout, faits comme un usager : se connecter avec un compte de
// démonstration, commencer une candidature (ou reprendre celle que R7 signale déjà en cours).
import { expect, type Browser, type Page } from "@playwright/test";

export async function seConnecterEnDemo(page: Page, nom: string) {
  await page.goto("/connexion");
  await page.waitForLoadState("load");
  await page.getByRole("button", { name: `Se connecter en tant que ${nom}` }).click();
  // La connexion mène à l'espace de travail (ses candidatures, ou son compte).
  await page.waitForURL(/\/(candidatures|mon-compte)$/);
}

/** Une page connectée en tant que `nom`, dans son propre contexte (ses propres cookies). */
export async function enTantQue(browser: Browser, nom: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await seConnecterEnDemo(page, nom);
  return page;
}

/**
 * Depuis « Nouvelle candidature », format et collectivité déjà choisis : crée la candidature sur une
 * base neuve ; sur un serveur réutilisé, R7 signale celle déjà en cours et on la reprend, comme le
 * ferait l'usager. Attend la fiche de la candidature.
 */
export async function creerOuReprendre(page: Page) {
  const creer = page.getByRole("button", { name: "Créer la candidature" });
  const enCours = page.getByText("Une candidature est déjà en cours pour cette collectivité et ce format");
  await expect(creer.and(page.locator(":enabled")).or(enCours)).toBeVisible();
  if (await enCours.isVisible()) await page.getByRole("link", { name: /^ADT-2026-\d{5} — / }).first().click();
  else await creer.click();
  await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
}
