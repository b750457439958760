// Administration des organisations et invitations, de bout en bout : un administrateur de la DGALN
// invite une personne dans une commune, l'invitée se connecte par lien magique (boîte de
// développement), accepte, et retrouve la commune dans « Mon compte » ; le maire gère les membres de
// sa commune. Chaque test crée ses propres comptes, dans une commune sans autre membre (fixtures).
import type { Page } from "@playwright/test";
import { idStable } from "../../lib/referentiel/identifiants";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";

// Une commune d'un autre département (Nantes) : jamais celle, libre, de la Mayenne d'un test.
const AUTRE_COMMUNE = idStable("commune:44109");

/** Ouvre, dans la boîte de développement, le dernier courriel reçu par `email` dont le sujet contient `sujet`. */
async function ouvrirDernierCourriel(page: Page, email: string, sujet: string) {
  await page.goto(`/dev/boite-mail?${new URLSearchParams({ destinataire: email })}`);
  await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name: sujet }).first().click();
  await page.waitForURL(/\/dev\/boite-mail\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sujet);
}

test.describe("administration des organisations", () => {
  test("l'administrateur DGALN invite une personne dans une commune ; l'invitée se connecte, accepte et retrouve la commune", async ({
    page,
    browser,
    seConnecterComme,
    creerUtilisateur,
    communeLibre,
  }) => {
    // Parcours à deux personnes, avec six analyses axe-core : plus long que le délai par défaut.
    test.setTimeout(120_000);
    const commune = await communeLibre("53");
    const maire = await creerUtilisateur({ role: "signataire", organisationId: commune.id });
    // Adresse propre à cette exécution : le test ne dépend pas d'une base neuve.
    const invite = `nouvel.agent.${Date.now()}@commune.example`;
    await seConnecterComme(page, { role: "administrateur" });

    await page.goto("/admin/organisations");
    await expect(page).toHaveTitle("Organisations — Ateliers des territoires");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await expect(page.getByRole("status")).toContainText(/^36\s344\sorganisations/);
    await expect(page.getByRole("navigation", { name: /pagination/i })).toBeVisible();
    await verifierAccessibilite(page);

    await page.getByLabel(/Nom, SIREN ou code INSEE/).fill("Andouillé");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/q=Andouill/);
    await expect(page.getByRole("status")).toContainText(/^2\sorganisations$/);
    const lignes = page.getByRole("table").getByRole("row");
    await expect(lignes.nth(1)).toContainText("Andouillé");
    await expect(lignes.nth(1)).toContainText("INSEE 53005");
    await expect(lignes.nth(2)).toContainText("Andouillé-Neuville");
    await verifierAccessibilite(page);

    // La commune du test, cherchée par son code INSEE.
    await page.getByLabel(/Nom, SIREN ou code INSEE/).fill(commune.codeInsee);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByRole("status")).toContainText(/^1\sorganisation$/);
    await page.getByRole("link", { name: commune.nom, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(commune.nom);
    await expect(page.getByRole("table", { name: `Membres — ${commune.nom}` })).toContainText(maire.email);
    await verifierAccessibilite(page);

    const formulaire = page.getByRole("form", { name: "Inviter une personne" });
    await formulaire.getByLabel(/Adresse électronique/).fill(invite);
    await formulaire.getByLabel(/Rôle/).selectOption({ label: "Membre" });
    await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(formulaire.getByText("Invitation envoyée")).toBeVisible();
    await expect(page.getByRole("table", { name: `Invitations en attente pour ${commune.nom}` })).toContainText(invite);
    await verifierAccessibilite(page);

    // L'invité, dans un autre navigateur, sans compte.
    const contexte = await browser.newContext();
    const invitePage = await contexte.newPage();
    await ouvrirDernierCourriel(invitePage, invite, `Invitation à rejoindre ${commune.nom}`);
    const lien = await invitePage.getByRole("link", { name: /\/invitation\// }).first().getAttribute("href");
    expect(lien).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    await invitePage.goto(new URL(lien!).pathname);
    await expect(invitePage.getByRole("heading", { level: 1 })).toHaveText(`Invitation à rejoindre ${commune.nom}`);
    await expect(invitePage.getByText("avec le rôle « Membre », pour préparer")).toBeVisible();
    await verifierAccessibilite(invitePage);

    await invitePage.getByRole("link", { name: "Se connecter pour accepter" }).click();
    await invitePage.waitForURL(/\/connexion\?callbackUrl=%2Finvitation%2F/);
    await invitePage.getByLabel(/Adresse électronique/).fill(invite);
    await invitePage.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await invitePage.waitForURL(/\/connexion\/verification/);
    await ouvrirDernierCourriel(invitePage, invite, "Votre lien de connexion");
    await invitePage.getByRole("link", { name: /\/api\/auth\/callback\// }).first().click();
    await invitePage.waitForURL(/\/invitation\//);

    await invitePage.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(invitePage.getByRole("heading", { level: 1 })).toHaveText("Invitation acceptée");
    await expect(invitePage.getByRole("heading", { level: 2, name: `Vous avez rejoint ${commune.nom}` })).toBeVisible();
    await verifierAccessibilite(invitePage);
    await invitePage.getByRole("main").getByRole("link", { name: "Mon compte" }).click();
    await invitePage.waitForURL("**/mon-compte");
    const mesOrganisations = invitePage.getByRole("table", { name: /Organisations dont vous êtes membre/ });
    await expect(mesOrganisations.getByRole("row").filter({ hasText: commune.nom })).toContainText("Membre");

    // Le lien ne sert qu'une fois : pour une autre personne, il est « déjà utilisé ».
    await page.goto(new URL(lien!).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation déjà utilisée");
    await verifierAccessibilite(page);
    await contexte.close();
  });

  test("un membre de collectivité qui tape /admin/organisations voit « Accès refusé » en français", async ({ page, seConnecterComme, communeLibre }) => {
    const commune = await communeLibre("53");
    await seConnecterComme(page, { role: "membre", organisationId: commune.id });
    for (const chemin of ["/admin/organisations", `/admin/organisations/${commune.id}`]) {
      const reponse = await page.goto(chemin);
      expect(reponse?.status()).toBe(403);
      await expect(page).toHaveTitle("Accès refusé — Ateliers des territoires");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
      await expect(page.getByText("Erreur 403")).toBeVisible();
      await expect(page.getByText("L'administration des organisations est réservée aux agents de la DGALN.")).toBeVisible();
      await expect(page.getByRole("main").getByRole("link", { name: "Mon compte" })).toHaveAttribute("href", "/mon-compte");
      await expect(page.getByRole("table")).toHaveCount(0);
      await verifierAccessibilite(page);
    }
  });

  test("sans connexion, l'administration renvoie vers la connexion puis revient", async ({ page }) => {
    await page.goto("/admin/organisations");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fadmin%2Forganisations$/);
  });

  test("le maire gère les membres de sa commune ; la secrétaire les voit sans pouvoir inviter", async ({ page, browser, seConnecterComme, creerUtilisateur, connecter, communeLibre }) => {
    const commune = await communeLibre("53");
    const maire = await seConnecterComme(page, { role: "signataire", organisationId: commune.id }, { prenom: "Jean" });
    const secretaire = await creerUtilisateur({ role: "membre", organisationId: commune.id }, { prenom: "Claire" });
    const membres = `/organisations/${commune.id}/membres`;
    await page.goto(membres);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Membres — ${commune.nom}`);
    const formulaire = page.getByRole("form", { name: "Inviter une personne" });
    await expect(formulaire.getByLabel(/Rôle/).locator("option")).toHaveText(["Membre", "Signataire"]);
    await expect(page.getByRole("combobox", { name: `Rôle de ${secretaire.nomComplet}` })).toBeVisible();
    await expect(page.getByRole("combobox", { name: `Rôle de ${maire.nomComplet}` })).toHaveCount(0);
    await verifierAccessibilite(page);

    await formulaire.getByLabel(/Adresse électronique/).fill("pas-une-adresse");
    await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(formulaire.getByText("Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr.")).toBeVisible();
    await expect(formulaire.getByLabel(/Adresse électronique/)).toBeFocused();

    const contexte = await browser.newContext();
    const pageSecretaire = await contexte.newPage();
    await connecter(pageSecretaire, secretaire);
    await pageSecretaire.goto(membres);
    await expect(pageSecretaire.getByRole("table", { name: `Membres — ${commune.nom}` })).toContainText(maire.email);
    await expect(pageSecretaire.getByRole("form", { name: "Inviter une personne" })).toHaveCount(0);
    await expect(pageSecretaire.getByRole("combobox")).toHaveCount(0);
    await verifierAccessibilite(pageSecretaire);
    // Une autre commune : introuvable, sans dire si elle existe.
    const reponse = await pageSecretaire.goto(`/organisations/${AUTRE_COMMUNE}/membres`);
    expect(reponse?.status()).toBe(404);
    await contexte.close();
  });

  test("les pages « Accès refusé » et d'invitation inconnue sont en français et accessibles", async ({ page }) => {
    await page.goto("/acces-refuse");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await verifierAccessibilite(page);
    await page.goto(`/invitation/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation introuvable");
    await expect(page.getByText("Vérifiez que vous avez copié le lien en entier")).toBeVisible();
    await verifierAccessibilite(page);
  });
});
