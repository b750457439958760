import { expect, test } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";

const PAGES = [
  { chemin: "/", h1: "Ateliers des territoires", titre: "Accueil — Ateliers des territoires" },
  { chemin: "/accessibilite", h1: "Déclaration d'accessibilité", titre: "Déclaration d'accessibilité — Ateliers des territoires" },
  { chemin: "/mentions-legales", h1: "Mentions légales", titre: "Mentions légales — Ateliers des territoires" },
  {
    chemin: "/donnees-personnelles",
    h1: "Données personnelles et cookies",
    titre: "Données personnelles et cookies — Ateliers des territoires",
  },
  { chemin: "/plan-du-site", h1: "Plan du site", titre: "Plan du site — Ateliers des territoires" },
  { chemin: "/ateliers-realises", h1: "Ateliers réalisés", titre: "Ateliers réalisés — Ateliers des territoires" },
];

const PAGE_INCONNUE = "/cette-page-n-existe-pas";

test.describe("pages publiques", () => {
  for (const { chemin, h1, titre } of PAGES) {
    test(`${chemin} s'affiche en français, avec son titre et sans violation axe-core`, async ({ page }) => {
      const reponse = await page.goto(chemin);
      expect(reponse?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page).toHaveTitle(titre);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(page.getByRole("banner")).toContainText("Ateliers des territoires");
      await expect(page.getByRole("contentinfo")).toContainText("Accessibilité : non conforme");
      await verifierAccessibilite(page);
    });
  }

  test("une adresse inconnue renvoie une page 404 en français, accessible", async ({ page }) => {
    const reponse = await page.goto(PAGE_INCONNUE);
    expect(reponse?.status()).toBe(404);
    await expect(page).toHaveTitle("Page non trouvée — Ateliers des territoires");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
    await expect(page.getByText("Erreur 404")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Page d'accueil" })).toHaveAttribute("href", "/");
    await verifierAccessibilite(page);
  });
});

test.describe("accueil", () => {
  test("présente les trois formats, les trois phases et la démarche de candidature", async ({ page }) => {
    await page.goto("/");
    for (const format of ["Atelier national", "Atelier local", "Atelier flash"]) {
      await expect(page.getByRole("heading", { level: 3, name: format })).toBeVisible();
    }
    for (const phase of ["1. Appropriation", "2. Animation", "3. Restitution"]) {
      await expect(page.getByRole("heading", { level: 3, name: phase })).toBeVisible();
    }
    await expect(page.getByText("L'équipe est financée à 100 % par la DGALN")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Comment candidater" })).toBeVisible();
  });

  test("liste les sessions nationales ouvertes avec leur date de clôture à l'heure de Paris", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Sessions nationales ouvertes" });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Sessions nationales ouvertes");

    // Les cartes de session, et non les pastilles qu'elles contiennent (elles aussi en liste).
    const cartes = section.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    const etatVide = section.getByText("Aucune session nationale n'est ouverte en ce moment");
    await expect(cartes.first().or(etatVide)).toBeVisible();

    // Chaque session affichée donne sa clôture en toutes lettres : « jusqu'au 31 mars 2027 à 23 h 59 ».
    for (const carte of await cartes.all()) {
      await expect(carte.getByRole("heading", { level: 3 })).not.toBeEmpty();
      await expect(carte).toContainText(/jusqu'au (1er|\d{1,2}) [a-zéû]+ \d{4} à \d{1,2}\u00a0h\u00a0\d{2} \(heure de Paris\)/);
    }
  });

  test("cite les lauréats des sessions passées", async ({ page }) => {
    await page.goto("/");
    const section = page.getByRole("region", { name: "Lauréats des sessions précédentes" });
    await expect(section.getByText("Communauté de communes des Coëvrons")).toBeVisible();
  });
});

test.describe("navigation au clavier", () => {
  test("le premier Tab atteint le lien d'évitement, Entrée place le focus sur le contenu", async ({ page }) => {
    await page.goto("/mentions-legales");
    await page.keyboard.press("Tab");
    const lien = page.getByRole("link", { name: "Aller au contenu" });
    await expect(lien).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    // Le Tab suivant part du contenu, pas de l'en-tête : premier lien du fil d'Ariane.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("main").locator(":focus")).toHaveCount(1);
  });

  test("le lien « Se connecter » de l'en-tête mène à /connexion", async ({ page }) => {
    await page.goto("/");
    const lien = page.getByRole("banner").getByRole("link", { name: "Se connecter" }).first();
    await expect(lien).toHaveAttribute("href", "/connexion");
  });

  const LIENS_PIED = [
    { nom: "Accessibilité : non conforme", chemin: "/accessibilite", h1: "Déclaration d'accessibilité" },
    { nom: "Mentions légales", chemin: "/mentions-legales", h1: "Mentions légales" },
    { nom: "Données personnelles et cookies", chemin: "/donnees-personnelles", h1: "Données personnelles et cookies" },
    { nom: "Plan du site", chemin: "/plan-du-site", h1: "Plan du site" },
    { nom: "Ateliers réalisés", chemin: "/ateliers-realises", h1: "Ateliers réalisés" },
  ];
  for (const { nom, chemin, h1 } of LIENS_PIED) {
    test(`le lien « ${nom} » du pied de page s'active au clavier`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: nom, exact: true }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(chemin);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    });
  }

  test("les paramètres d'affichage permettent de passer en thème sombre", async ({ page }) => {
    await page.goto("/plan-du-site");
    // Le bouton n'ouvre la fenêtre qu'une fois le JavaScript du DSFR démarré.
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
    await page.getByRole("contentinfo").getByRole("button", { name: "Paramètres d'affichage" }).click();
    const dialogue = page.getByRole("dialog", { name: "Paramètres d'affichage" });
    await expect(dialogue).toBeVisible();
    await dialogue.getByText("Thème sombre").click();
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
    await page.keyboard.press("Escape");
    await verifierAccessibilite(page);
  });
});
