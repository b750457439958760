import { expect, test, type Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { COMPTE_PROCONNECT_TEST } from "./helpers/proconnect-local";

const CLAIRE = "claire.martin@andouille.example";

async function demanderLien(page: Page, email: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
}

/** Le lien du dernier courriel reçu par `email`, lu dans la boîte de développement. */
async function lienDansLaBoite(page: Page, email: string, verifierA11y = false): Promise<string> {
  // Filtrée sur le destinataire : les autres tests envoient beaucoup de courriels en même temps.
  await page.goto(`/dev/boite-mail?${new URLSearchParams({ destinataire: email })}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte de développement");
  if (verifierA11y) await verifierAccessibilite(page);
  await page.getByRole("row").filter({ hasText: email }).first().getByRole("link", { name: "Votre lien de connexion aux Ateliers des territoires" }).click();
  await expect(page.getByText(`À ${email}`)).toBeVisible();
  if (verifierA11y) await verifierAccessibilite(page);
  const lien = page.getByRole("link", { name: /\/api\/auth\/callback\/email/ });
  await expect(lien).toBeVisible();
  return (await lien.getAttribute("href"))!;
}

test.describe("connexion", () => {
  test("par lien de connexion : courriel, clic, compte ; le même lien ne sert qu'une fois", async ({ page, browser }) => {
    await page.goto("/connexion");
    await expect(page).toHaveTitle("Se connecter — Ateliers des territoires");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion aux Ateliers des territoires");
    await verifierAccessibilite(page);

    await demanderLien(page, CLAIRE);
    await expect(page).toHaveURL(/\/connexion\/verification/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");
    await expect(page.getByText("Le lien expire dans 15 minutes et ne fonctionne qu'une seule fois.")).toBeVisible();
    await verifierAccessibilite(page);

    const lien = await lienDansLaBoite(page, CLAIRE, true);
    await page.getByRole("link", { name: lien }).click();
    // Sans destination demandée, la connexion mène au travail de l'utilisateur : ses candidatures.
    await expect(page).toHaveURL(/\/candidatures$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes candidatures");
    await page.getByRole("banner").getByRole("link", { name: "Mon compte" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
    await expect(page.getByText("Claire Martin")).toBeVisible();
    const organisations = page.getByRole("table", { name: /Organisations dont vous êtes membre/ });
    const ligne = organisations.getByRole("row").filter({ hasText: "Andouillé" });
    await expect(ligne).toContainText("Commune");
    await expect(ligne).toContainText("Membre");
    await expect(page.getByRole("banner").getByRole("link", { name: "Mon compte" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se déconnecter" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Administration" })).toHaveCount(0);
    await verifierAccessibilite(page);

    // Le même lien, une seconde fois (un autre navigateur) : refusé, en français.
    const contexte = await browser.newContext();
    const autre = await contexte.newPage();
    await autre.goto(lien);
    await expect(autre).toHaveURL(/\/connexion\/erreur\?error=Verification/);
    await expect(autre.getByText("Ce lien a expiré ou a déjà été utilisé.", { exact: false })).toBeVisible();
    await expect(autre.getByRole("link", { name: "Demander un nouveau lien de connexion" })).toHaveAttribute("href", "/connexion");
    await verifierAccessibilite(autre);
    await contexte.close();
  });

  test("une adresse mal formée est signalée sur le champ, sans envoi", async ({ page }) => {
    await demanderLien(page, "claire.martin");
    const champ = page.getByLabel("Adresse électronique");
    await expect(page.getByText("Saisissez une adresse électronique valide")).toBeVisible();
    await expect(champ).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test("trop de demandes pour une même adresse : message en français, sans envoi", async ({ page }) => {
    // Les demandes se comptent par fenêtre fixe de 15 minutes (lib/limites/fenetre.ts) : si la fenêtre
    // change pendant les six demandes, le compte repart de zéro et la sixième passe. On commence donc
    // au début d'une fenêtre quand la fin de la fenêtre courante est proche.
    test.setTimeout(300_000);
    const QUINZE_MINUTES = 15 * 60_000;
    const reste = QUINZE_MINUTES - (Date.now() % QUINZE_MINUTES);
    if (reste < 150_000) await new Promise((fin) => setTimeout(fin, reste + 1_000));
    const email = `inconnu-${Date.now()}@exemple.fr`;
    for (let i = 0; i < 5; i++) {
      await demanderLien(page, email);
      await expect(page).toHaveURL(/\/connexion\/verification/);
    }
    await demanderLien(page, email);
    await expect(page.getByRole("heading", { name: "Trop de demandes de connexion" })).toBeVisible();
    await expect(page.getByText(/réessayez dans \d+ minutes?\./)).toBeVisible();
  });

  test("compte de démonstration en un clic, puis déconnexion", async ({ page }) => {
    await page.goto("/mon-compte");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fmon-compte$/);
    await expect(page.getByRole("heading", { level: 2, name: "Comptes de démonstration" })).toBeVisible();
    await expect(page.getByText("Elle ne doit jamais être activée en production.")).toBeVisible();
    await expect(page.getByRole("table", { name: "DGALN" })).toContainText("Administrateur");

    await page.getByRole("button", { name: "Se connecter en tant que Thomas Blanc" }).click();
    await expect(page).toHaveURL(/\/mon-compte$/);
    await expect(page.getByRole("table", { name: /Organisations/ }).getByRole("row").filter({ hasText: "DGALN" })).toContainText("Administrateur");
    const entete = page.getByRole("banner");
    await expect(entete.getByRole("link", { name: "Administration" })).toHaveAttribute("href", "/admin/organisations");

    await entete.getByRole("link", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/deconnexion$/);
    await expect(page.getByText("Vous êtes connecté en tant que")).toBeVisible();
    await verifierAccessibilite(page);
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);
    await expect(page.getByText("Vous êtes déconnecté.")).toBeVisible();
    await expect(entete.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto("/mon-compte");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fmon-compte$/);
  });

  test("ProConnect : identité professionnelle, compte créé et rattaché à la commune du SIRET", async ({ page }) => {
    await page.goto("/connexion");
    await expect(page.getByRole("heading", { level: 2, name: "Se connecter avec ProConnect" })).toBeVisible();
    await page.getByRole("button", { name: /S.identifier avec\s*ProConnect/ }).click();

    // Page de connexion du fournisseur local (celle de développement d'oidc-provider).
    await page.locator('input[name="login"]').fill(COMPTE_PROCONNECT_TEST.sub);
    await page.locator('input[name="password"]').fill("mot-de-passe-quelconque");
    await page.getByRole("button", { name: "Sign-in" }).click();

    // Rattachée à sa commune, Agnès arrive sur ses candidatures ; son compte montre l'identité ProConnect.
    await expect(page).toHaveURL(/\/candidatures$/);
    await page.goto("/mon-compte");
    await expect(page.getByText("Agnès Durand")).toBeVisible();
    await expect(page.getByText("Identité ProConnect associée à ce compte")).toBeVisible();
    const ligne = page.getByRole("table", { name: /Organisations/ }).getByRole("row").filter({ hasText: "Andouillé" });
    await expect(ligne).toContainText("Membre");
  });

  test("page d'erreur générique accessible", async ({ page }) => {
    await page.goto("/connexion/erreur?error=OAuthCallback");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion impossible");
    await expect(page.getByText("ProConnect n'a pas confirmé votre identité")).toBeVisible();
    await verifierAccessibilite(page);
  });
});
