// Carte et statistiques nationales des ateliers (issue 14, points 6 et 7 ; décision 035), sur les
// données de démonstration : la DGALN ouvre la carte depuis « Mes ateliers », y trouve la Mayenne
// (Coëvrons, national 2023 ; Andouillé, flash 2023), la rejoint au clavier vers la liste filtrée,
// filtre par format, lit les tableaux ; axe-core ; captures à 1280 et 390 px. Une collectivité et
// une DDT reçoivent la page « introuvable » (404).
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { CAPTURES, capturer, sansDefilementLateral } from "./helpers/mise-en-page";

const COEVRONS = "Les Coëvrons, territoire productif et sobre";
const TELEPHONE = { width: 390, height: 844 };
const TITRE = "Carte et statistiques des ateliers";

test("la DGALN ouvre la carte, voit la Mayenne, filtre par format et lit les tableaux", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "referent" });
  await page.goto("/ateliers");
  await page.getByRole("link", { name: "Carte et statistiques nationales" }).click();
  await expect(page).toHaveURL(/\/ateliers\/carte$/);
  await expect(page.getByRole("heading", { level: 1, name: TITRE })).toBeVisible();

  // La Mayenne est teintée, nommée (titre et nom accessible) et mène à la liste filtrée.
  const mayenne = page.locator('svg a[aria-label^="Mayenne (53)"]');
  await expect(mayenne).toHaveAttribute("aria-label", /^Mayenne \(53\) : \d+ ateliers — voir la liste$/);
  await expect(mayenne.locator("title")).toHaveText(/^Mayenne \(53\) : \d+ ateliers$/);
  await expect(mayenne).toHaveAttribute("href", "/ateliers?departement=53");
  // Un département sans atelier (la Lozère) a son titre, mais pas de lien.
  await expect(page.locator('svg path[data-departement="48"] title')).toHaveText("Lozère (48) : aucun atelier");
  await expect(page.locator('svg a path[data-departement="48"]')).toHaveCount(0);
  // Les DROM sont dessinés en encarts.
  await expect(page.locator('svg path[data-departement="971"] title')).toHaveText(/^Guadeloupe \(971\) : /);
  await expect(page.getByText("Nombre d'ateliers par département — France métropolitaine")).toBeAttached();
  await expect(page.getByRole("list", { name: "Légende : nombre d'ateliers par département" }).getByRole("listitem")).toHaveCount(5);

  // Le tableau de la carte : la Mayenne, avec au moins ses deux ateliers de démonstration.
  const tableauCarte = page.getByRole("table", { name: "Tableau des données : ateliers par département" });
  const ligneMayenne = tableauCarte.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Mayenne (53)" }) });
  await expect(ligneMayenne).toHaveCount(1);
  expect(Number(await ligneMayenne.getByRole("cell").innerText())).toBeGreaterThanOrEqual(2);
  const annees = page.getByRole("table", { name: "Tableau des données : ateliers par année et par format" });
  await expect(annees.getByRole("columnheader")).toHaveText(["Année", "Atelier national", "Atelier local", "Atelier flash", "Total"]);
  await expect(annees.getByRole("rowheader", { name: "2023" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tableau des données : ateliers par région" }).getByRole("rowheader", { name: "Pays de la Loire" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tableau des données : coûts par année" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tableau des données : durées et délais" }).getByRole("rowheader")).toHaveText([
    "Durée moyenne prévue",
    "Durée moyenne réelle",
    "Terminés à temps",
  ]);
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  await capturer(page, "ateliers-carte-dgaln-1280");
  await page.locator("section[aria-labelledby='titre-carte']").screenshot({ path: `${CAPTURES}/ateliers-carte-dgaln-carte-1280.png` });

  // Filtre par format, sans JavaScript nécessaire (formulaire GET) : les ateliers flash de 2023.
  const filtres = page.getByRole("search", { name: "Filtrer la carte et les statistiques" });
  await filtres.getByLabel("Format").selectOption("flash");
  await filtres.getByLabel("Année de création").selectOption("2023");
  await filtres.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/\/ateliers\/carte\?.*format=flash/);
  await expect(page).toHaveURL(/annee=2023/);
  await expect(filtres.getByLabel("Format")).toHaveValue("flash");
  // Andouillé (flash 2023) reste en Mayenne ; le lien garde les filtres.
  await expect(mayenne).toHaveAttribute("href", /^\/ateliers\?.*departement=53/);
  await expect(mayenne).toHaveAttribute("href", /format=flash/);
  await expect(annees.getByRole("columnheader")).toHaveCount(5);
  const ligne2023 = annees.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2023" }) });
  await expect(ligne2023.getByRole("cell").nth(0)).toHaveText("0"); // aucun national
  await expect(ligne2023.getByRole("cell").nth(1)).toHaveText("0"); // aucun local
  await verifierAccessibilite(page);

  // Au clavier : le lien de la Mayenne se focalise et s'ouvre par Entrée, vers la liste filtrée.
  await filtres.getByLabel("Format").selectOption("national");
  await filtres.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/format=national/);
  await mayenne.focus();
  await expect(mayenne).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ateliers\?.*departement=53/);
  await expect(page.getByRole("table", { name: "Ateliers" }).getByRole("link", { name: COEVRONS })).toBeVisible();

  // Sur un téléphone : la carte tient dans la largeur, rien ne défile de côté.
  await page.setViewportSize(TELEPHONE);
  await page.goto("/ateliers/carte");
  await expect(page.getByRole("heading", { level: 1, name: TITRE })).toBeVisible();
  const carte = page.locator("svg[aria-labelledby='carte-metropole-titre']");
  const boite = await carte.boundingBox();
  expect(boite!.x).toBeGreaterThanOrEqual(0);
  expect(boite!.x + boite!.width).toBeLessThanOrEqual(TELEPHONE.width);
  await sansDefilementLateral(page);
  await verifierAccessibilite(page);
  await capturer(page, "ateliers-carte-dgaln-390");
  await page.locator("section[aria-labelledby='titre-carte']").screenshot({ path: `${CAPTURES}/ateliers-carte-dgaln-carte-390.png` });
});

test("une collectivité et une DDT reçoivent la page introuvable", async ({ page, seConnecterComme, sql }) => {
  const [cc] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE siren = '200033298'`);
  await seConnecterComme(page, { role: "membre", organisationId: cc!.id });
  await page.goto("/ateliers");
  await expect(page.getByRole("heading", { level: 1, name: "Mes ateliers" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Carte et statistiques nationales" })).toHaveCount(0);
  const reponse = await page.goto("/ateliers/carte");
  expect(reponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  await expect(page.getByText("Mayenne")).toHaveCount(0);

  await page.context().clearCookies();
  await seConnecterComme(page, { role: "agent", codeDepartement: "53" });
  const ddt = await page.goto("/ateliers/carte?format=national");
  expect(ddt?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
});
