// Le tableau d'instruction (issue 11) comme l'utilisent une référente de la DGALN et une DDT :
// recherche sans accents, filtres et tri gardés dans l'adresse (le retour arrière les retrouve),
// vue enregistrée puis rouverte, portée départementale de la DDT, accessibilité avec et sans
// résultat, et sur un téléphone.
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";

test("la DGALN cherche « andouille », filtre, trie, enregistre une vue et la rouvre ; le retour arrière garde les filtres", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "referent" });
  await page.goto("/");
  await page.getByRole("link", { name: "Tableau d'instruction" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tableau d'instruction" })).toBeVisible();

  const recherche = page.getByRole("search", { name: "Rechercher et filtrer les candidatures" });
  const champ = recherche.getByLabel("Rechercher");
  await champ.fill("ANDOUILLÉ");
  await recherche.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=ANDOUILL%C3%89/);
  const tableau = page.getByRole("table", { name: "Candidatures à instruire" });
  // L'atelier flash d'Andouillé (démonstration), trouvé sans accent ni majuscule exigés.
  await expect(tableau.getByRole("link", { name: "ADT-2023-00002" })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "instruction-dgaln-recherche-1280");

  // Recherche et département : le formulaire garde les deux dans l'adresse.
  await champ.fill("mayenne");
  await recherche.getByLabel("Département", { exact: true }).selectOption("53");
  await recherche.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=mayenne.*departement=53|departement=53.*q=mayenne/);
  await expect(tableau.getByRole("link", { name: "ADT-2026-00005" })).toBeVisible();

  // Filtre par statut (étiquette avec son nombre), puis tri par référence, dans les deux sens.
  await page.getByRole("navigation", { name: "Filtrer par statut" }).getByRole("link", { name: /^Retenue : \d+$/ }).click();
  await expect(page).toHaveURL(/statut=retenue/);
  await expect(tableau.getByRole("link", { name: "ADT-2023-00001" })).toBeVisible();
  await expect(tableau.getByRole("link", { name: "ADT-2026-00005" })).toHaveCount(0);
  const ordre = async () => {
    const refs = await tableau.locator("tbody tr td:first-child a").allInnerTexts();
    return refs.indexOf("ADT-2023-00001") - refs.indexOf("ADT-2023-00002");
  };
  await tableau.getByRole("link", { name: /^Référence/ }).click();
  await expect(page).toHaveURL(/tri=reference/);
  await expect(page.getByRole("columnheader", { name: /Référence/ })).toHaveAttribute("aria-sort", "ascending");
  expect(await ordre()).toBeLessThan(0);
  await tableau.getByRole("link", { name: /^Référence/ }).click();
  await expect(page).toHaveURL(/sens=desc/);
  await expect(page.getByRole("columnheader", { name: /Référence/ })).toHaveAttribute("aria-sort", "descending");
  expect(await ordre()).toBeGreaterThan(0);
  const adresseFiltree = page.url();

  // Le retour arrière retrouve l'état précédent (tri croissant), avec sa recherche et son statut.
  await page.goBack();
  await expect(page).toHaveURL(/tri=reference/);
  await expect(page).not.toHaveURL(/sens=desc/);
  await expect(champ).toHaveValue("mayenne");
  await expect(page.getByRole("columnheader", { name: /Référence/ })).toHaveAttribute("aria-sort", "ascending");
  await page.goForward();
  await expect(page).toHaveURL(adresseFiltree);

  // Export : deux liens vers la même sélection.
  await expect(page.getByRole("link", { name: "Exporter en CSV" })).toHaveAttribute("href", /^\/api\/instruction\/export\?fichier=csv&.*statut=retenue/);
  await expect(page.getByRole("link", { name: "Exporter en XLSX" })).toHaveAttribute("href", /fichier=xlsx/);
  // Le CSV contient la sélection affichée (lauréats de la Mayenne trouvés par « mayenne »).
  const csv = await page.request.get((await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  const texte = await csv.text();
  expect(texte).toContain("ADT-2023-00001");
  expect(texte).not.toContain("ADT-2026-00005");

  // Enregistrer la vue : un nom vide est refusé en français, puis la vue s'ajoute aux raccourcis.
  const enregistrer = page.getByRole("form", { name: "Enregistrer cette vue" });
  await enregistrer.getByRole("button", { name: "Enregistrer cette vue" }).click();
  await expect(enregistrer.getByText("Donnez un nom à cette vue.")).toBeVisible();
  await enregistrer.getByLabel("Nom de la vue").fill("Lauréats de la Mayenne");
  await enregistrer.getByRole("button", { name: "Enregistrer cette vue" }).click();
  await expect(enregistrer.getByText("Vue « Lauréats de la Mayenne » enregistrée.")).toBeVisible();
  const vues = page.getByRole("region", { name: "Raccourcis et vues enregistrées" });
  await expect(vues.getByRole("link", { name: "Lauréats de la Mayenne" })).toBeVisible();

  // Repartir de zéro, puis rouvrir la vue : mêmes filtres, même tri.
  await page.getByRole("link", { name: "Réinitialiser les filtres" }).click();
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(champ).toHaveValue("");
  await vues.getByRole("link", { name: "Lauréats de la Mayenne" }).click();
  await expect(page).toHaveURL(/statut=retenue/);
  await expect(champ).toHaveValue("mayenne");
  await expect(recherche.getByLabel("Département", { exact: true })).toHaveValue("53");
  await expect(page.getByRole("columnheader", { name: /Référence/ })).toHaveAttribute("aria-sort", "descending");
  expect(await ordre()).toBeGreaterThan(0);

  // Une ligne mène à la fiche de la candidature.
  await tableau.getByRole("link", { name: "ADT-2023-00002" }).click();
  await expect(page).toHaveURL(/\/candidatures\/[0-9a-f-]{36}$/);
});

test("une recherche sans résultat dit quoi faire", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "administrateur" });
  await page.goto("/instruction?q=zzzaucunecandidature");
  await expect(page.getByText("Aucune candidature ne correspond à « zzzaucunecandidature »")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await verifierAccessibilite(page);
  await capturer(page, "instruction-sans-resultat-1280");
  await page.getByRole("link", { name: "Réinitialiser les filtres" }).first().click();
  await expect(page.getByRole("table", { name: "Candidatures à instruire" })).toBeVisible();
});

test("une DDT ne voit que son département, même quand la recherche trouve ailleurs", async ({ page, seConnecterComme }) => {
  await seConnecterComme(page, { role: "agent", codeDepartement: "44" });
  await page.goto("/instruction");
  await expect(page.getByText(/Les candidatures de votre département \(Loire-Atlantique\)/)).toBeVisible();
  const tableau = page.getByRole("table", { name: "Candidatures à instruire" });
  await expect(tableau.getByRole("link", { name: "ADT-2026-00006" })).toBeVisible();
  // Département : seulement le sien dans la liste.
  const departements = page.getByLabel("Département");
  await expect(departements.locator("option")).toHaveText(["Votre département", "44 — Loire-Atlantique"]);
  await expect(page.getByRole("navigation", { name: "Filtrer par statut" })).toBeVisible();
  await capturer(page, "instruction-ddt-1280");

  // « andouille » trouve des candidatures de la Mayenne : aucune ne lui est montrée.
  await page.goto("/instruction?q=andouille");
  await expect(page.getByText("Aucune candidature ne correspond à « andouille »")).toBeVisible();
  // Et l'adresse d'un autre département ne l'ouvre pas.
  await page.goto("/instruction?departement=53");
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("une collectivité n'a pas accès au tableau d'instruction", async ({ page, seConnecterComme, communeLibre }) => {
  const commune = await communeLibre();
  await seConnecterComme(page, { role: "signataire", organisationId: commune.id });
  const reponse = await page.goto("/instruction");
  expect(reponse?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expect(page.getByText(/réservé à la DGALN et aux services de l'État/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Tableau d'instruction" })).toHaveCount(0);
});

test.describe("sur un téléphone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("le tableau se lit à 390 px, sans défilement de côté de la page ni violation axe-core", async ({ page, seConnecterComme }) => {
    await seConnecterComme(page, { role: "referent" });
    await page.goto("/instruction?q=andouille");
    // Des cartes plutôt que le tableau, et le tri par des liens.
    const cartes = page.getByRole("list", { name: "Candidatures à instruire" });
    await expect(cartes.getByRole("link", { name: /^ADT-2023-00002 — Andouillé/ })).toBeVisible();
    await page.getByRole("link", { name: "Référence" }).click();
    await expect(page).toHaveURL(/tri=reference/);
    await expect(cartes.getByRole("link", { name: /^ADT-2023-00002/ })).toBeVisible();
    await sansDefilementLateral(page);
    await verifierAccessibilite(page);
    await capturer(page, "instruction-dgaln-390");
    await seConnecterComme(page, { role: "signataire_etat", codeDepartement: "53" });
    await page.goto("/instruction");
    await sansDefilementLateral(page);
    await verifierAccessibilite(page);
    await capturer(page, "instruction-ddt-390");
  });
});
