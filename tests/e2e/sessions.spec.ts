// Sessions nationales, de bout en bout (issue 13, partie 1) : un administrateur DGALN prépare une
// session avec une grille de trois critères — un total faux est refusé en français, la saisie est
// gardée —, l'ouvre, et la session apparaît sur l'accueil et sur sa page publique (calendrier à
// l'heure de Paris, pièces, grille). Un référent n'ouvre pas l'administration des sessions.
import { verifierAccessibilite } from "./helpers/axe";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { expect, test } from "./helpers/fixtures";

test.describe("sessions nationales", () => {
  test("l'administrateur prépare une session, corrige la grille, l'ouvre ; le public la voit", async ({ page, sql, seConnecterComme }) => {
    test.setTimeout(120_000);
    const theme = `Habiter les territoires en transition ${Date.now()}`;
    await seConnecterComme(page, { role: "administrateur" });
    try {
      await page.goto("/admin/organisations");
      await page.getByRole("link", { name: "Sessions nationales" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions nationales");
      await verifierAccessibilite(page);
      await page.getByRole("link", { name: "Préparer une nouvelle session" }).click();
      await expect(page).toHaveTitle("Préparer une session nationale — Ateliers des territoires");

      await page.getByRole("textbox", { name: /^Thème/ }).fill(theme);
      await page.getByRole("textbox", { name: /^Description/ }).fill("Territoires ruraux et périurbains face à la sobriété foncière : habiter, se déplacer, travailler.");
      await page.getByLabel("Ouverture (heure de Paris)").fill("2026-11-01T09:00");
      await page.getByLabel("Clôture (heure de Paris)").fill("2027-03-28T23:59");
      await page.getByLabel("Nombre de lauréats (facultatif)").fill("6");
      await page.getByLabel("Critère 1 : poids (%)").fill("50");
      await expect(page.getByText("Total des poids : 110 % (il doit faire 100 %)")).toBeVisible();
      await page.getByRole("button", { name: "Créer la session (en préparation)" }).click();
      await expect(page.getByText("Les poids des critères doivent faire 100 % au total (ils font 110 %).")).toBeVisible();
      await expect(page.getByRole("textbox", { name: /^Thème/ })).toHaveValue(theme);
      await verifierAccessibilite(page);
      await capturer(page, "session-nouvelle-erreur-grille");

      await page.getByLabel("Critère 1 : poids (%)").fill("40");
      await expect(page.getByText("Total des poids : 100 %")).toBeVisible();
      await page.getByRole("button", { name: "Créer la session (en préparation)" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme);
      await expect(page.getByText("Session créée")).toBeVisible();
      await expect(page.getByText("En préparation", { exact: true })).toBeVisible();
      await verifierAccessibilite(page);

      await page.getByRole("button", { name: "Ouvrir la session aux candidatures" }).click();
      await expect(page.getByText("La session devient publique")).toBeVisible();
      await page.getByRole("button", { name: "Confirmer" }).click();
      await expect(page.getByText("Ouverte", { exact: true })).toBeVisible();
      await expect(page.getByText("La session reçoit des candidatures")).toBeVisible();
      await verifierAccessibilite(page);
      await capturer(page, "session-ouverte-admin");
      await page.setViewportSize({ width: 390, height: 844 });
      await sansDefilementLateral(page);
      await capturer(page, "session-ouverte-admin-390");
      await page.setViewportSize({ width: 1280, height: 900 });

      // Le public : l'accueil l'annonce, sa page donne le calendrier à l'heure de Paris et la grille.
      await page.context().clearCookies();
      await page.goto("/");
      await page.getByRole("link", { name: theme }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme);
      await expect(page.getByText(/Clôture des dépôts le 28 mars 2027 à 23\sh\s59 \(heure de Paris\)/)).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Pertinence du territoire et des enjeux" })).toContainText("40 %");
      await expect(page.getByRole("link", { name: "Préparer une candidature" })).toBeVisible();
      await verifierAccessibilite(page);
      await capturer(page, "session-publique");
      await page.setViewportSize({ width: 390, height: 844 });
      await sansDefilementLateral(page);
      await capturer(page, "session-publique-390");
    } finally {
      // Les autres parcours ne doivent pas rencontrer cette session ouverte.
      await sql(`DELETE FROM session_ami WHERE theme = $1`, [theme]);
    }
  });

  test("un référent DGALN n'administre pas les sessions", async ({ page, seConnecterComme }) => {
    await seConnecterComme(page, { role: "referent" });
    const reponse = await page.goto("/admin/sessions");
    expect(reponse?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
