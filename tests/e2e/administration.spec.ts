// Administration des organisations et invitations, de bout en bout, avec les comptes de démonstration :
// l'administrateur de la DGALN invite un agent dans la commune d'Andouillé, l'invité se connecte par
// lien magique (boîte de développement), accepte, et retrouve la commune dans « Mon compte ».
import { expect, test, type Page } from "@playwright/test";
import { idStable } from "../../lib/referentiel/identifiants";
import { verifierAccessibilite } from "./helpers/axe";

const ANDOUILLE = idStable("commune:53005");

async function seConnecterEnDemo(page: Page, nom: string) {
  await page.goto("/connexion");
  // Après l'hydratation : le bouton passe alors par l'action serveur sans recharger la page.
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: `Se connecter en tant que ${nom}` }).click();
  // La connexion mène à l'espace de travail (ses candidatures, ou son compte).
  await page.waitForURL(/\/(candidatures|mon-compte)$/);
}

/** Ouvre, dans la boîte de développement, le dernier courriel reçu par `email` dont le sujet contient `sujet`. */
async function ouvrirDernierCourriel(page: Page, email: string, sujet: string) {
  await page.goto("/dev/boite-mail");
  await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name: sujet }).first().click();
  await page.waitForURL(/\/dev\/boite-mail\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sujet);
}

test.describe("administration des organisations", () => {
  test("l'administrateur DGALN invite un agent à Andouillé ; l'invité se connecte, accepte et retrouve la commune", async ({ page, browser }) => {
    // Parcours à deux personnes, avec six analyses axe-core : plus long que le délai par défaut.
    test.setTimeout(120_000);
    // Adresse propre à cette exécution : le test ne dépend pas d'une base neuve.
    const invite = `nouvel.agent.${Date.now()}@andouille.example`;
    await seConnecterEnDemo(page, "Thomas Blanc");

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

    await page.getByRole("link", { name: "Andouillé", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Andouillé");
    await expect(page.getByRole("table", { name: "Membres — Andouillé" })).toContainText("jean.dupont@andouille.example");
    await verifierAccessibilite(page);

    const formulaire = page.getByRole("form", { name: "Inviter une personne" });
    await formulaire.getByLabel(/Adresse électronique/).fill(invite);
    await formulaire.getByLabel(/Rôle/).selectOption({ label: "Membre" });
    await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(formulaire.getByText("Invitation envoyée")).toBeVisible();
    await expect(page.getByRole("table", { name: "Invitations en attente pour Andouillé" })).toContainText(invite);
    await verifierAccessibilite(page);

    // L'invité, dans un autre navigateur, sans compte.
    const contexte = await browser.newContext();
    const invitePage = await contexte.newPage();
    await ouvrirDernierCourriel(invitePage, invite, "Invitation à rejoindre Andouillé");
    const lien = await invitePage.getByRole("link", { name: /\/invitation\// }).first().getAttribute("href");
    expect(lien).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
    await invitePage.goto(new URL(lien!).pathname);
    await expect(invitePage.getByRole("heading", { level: 1 })).toHaveText("Invitation à rejoindre Andouillé");
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
    await expect(invitePage.getByRole("heading", { level: 2, name: "Vous avez rejoint Andouillé" })).toBeVisible();
    await verifierAccessibilite(invitePage);
    await invitePage.getByRole("main").getByRole("link", { name: "Mon compte" }).click();
    await invitePage.waitForURL("**/mon-compte");
    const mesOrganisations = invitePage.getByRole("table", { name: /Organisations dont vous êtes membre/ });
    await expect(mesOrganisations.getByRole("row").filter({ hasText: "Andouillé" })).toContainText("Membre");

    // Le lien ne sert qu'une fois : pour une autre personne, il est « déjà utilisé ».
    await page.goto(new URL(lien!).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invitation déjà utilisée");
    await verifierAccessibilite(page);
    await contexte.close();
  });

  test("un membre de collectivité qui tape /admin/organisations voit « Accès refusé » en français", async ({ page }) => {
    await seConnecterEnDemo(page, "Claire Martin");
    for (const chemin of ["/admin/organisations", `/admin/organisations/${ANDOUILLE}`]) {
      await page.goto(chemin);
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

  test("le maire gère les membres de sa commune ; la secrétaire les voit sans pouvoir inviter", async ({ page, browser }) => {
    await seConnecterEnDemo(page, "Jean Dupont");
    await page.goto(`/organisations/${ANDOUILLE}/membres`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Membres — Andouillé");
    const formulaire = page.getByRole("form", { name: "Inviter une personne" });
    await expect(formulaire.getByLabel(/Rôle/).locator("option")).toHaveText(["Membre", "Signataire"]);
    await expect(page.getByRole("combobox", { name: "Rôle de Claire Martin" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Rôle de Jean Dupont" })).toHaveCount(0);
    await verifierAccessibilite(page);

    await formulaire.getByLabel(/Adresse électronique/).fill("pas-une-adresse");
    await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(formulaire.getByText("Indiquez une adresse électronique valide, par exemple prenom.nom@mairie.fr.")).toBeVisible();
    await expect(formulaire.getByLabel(/Adresse électronique/)).toBeFocused();

    const contexte = await browser.newContext();
    const secretaire = await contexte.newPage();
    await seConnecterEnDemo(secretaire, "Claire Martin");
    await secretaire.goto(`/organisations/${ANDOUILLE}/membres`);
    await expect(secretaire.getByRole("table", { name: "Membres — Andouillé" })).toContainText("jean.dupont@andouille.example");
    await expect(secretaire.getByRole("form", { name: "Inviter une personne" })).toHaveCount(0);
    await expect(secretaire.getByRole("combobox")).toHaveCount(0);
    await verifierAccessibilite(secretaire);
    // Une autre commune : introuvable, sans dire si elle existe.
    const reponse = await secretaire.goto(`/organisations/${idStable("commune:53130")}/membres`);
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
