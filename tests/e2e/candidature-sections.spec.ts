// Sections du formulaire de candidature, de bout en bout : les collectivités porteuses associées,
// l'aperçu de ce que couvrira le périmètre avant de l'enregistrer, et l'enregistrement automatique
// quand on quitte une section avec des changements.
import { expect, test } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { creerOuReprendre, seConnecterEnDemo } from "./helpers/demo";

test("la CC des Coëvrons associe Laval Agglomération, voit ce que couvrira son périmètre et retrouve ce qu'elle a saisi en quittant une section", async ({ page }) => {
  test.setTimeout(120_000);
  await seConnecterEnDemo(page, "Sophie Bernard");
  await page.goto("/candidatures/nouvelle");
  await page.waitForLoadState("load");
  await page.locator("label", { hasText: "Atelier local" }).click();
  await page.locator("label", { hasText: "CC des Coëvrons" }).click();
  await creerOuReprendre(page);
  const fiche = page.url();
  await page.goto(`${fiche}/modifier`);
  await page.waitForLoadState("load");

  // Porteurs : la collectivité principale est rappelée ; une autre collectivité s'ajoute par recherche.
  const porteurs = page.getByRole("form", { name: "Porteurs" });
  await expect(porteurs).toContainText("Collectivité porteuse principale : CC des Coëvrons");
  const associees = porteurs.getByRole("list", { name: "Collectivités associées" });
  if (await associees.isVisible()) {
    for (const retirer of await associees.getByRole("button", { name: /^Retirer/ }).all()) await retirer.click();
  }
  const recherche = porteurs.getByLabel("Rechercher une collectivité associée");
  await recherche.fill("laval");
  await expect(porteurs.getByText(/\d+ résultats? pour « laval »/)).toBeVisible();
  await expect(porteurs.getByText("Intercommunalité (EPCI) · SIREN 200083392 · département 53")).toBeVisible();
  await porteurs.getByRole("button", { name: "Associer CA Laval Agglomération" }).click();
  // Le bouton disparaît : le focus revient à la recherche, pour le clavier.
  await expect(recherche).toBeFocused();
  await expect(porteurs.getByText("CA Laval Agglomération : déjà associée.")).toBeVisible();
  await expect(porteurs.getByRole("list", { name: "Collectivités associées" })).toContainText("CA Laval Agglomération");
  await porteurs.getByRole("button", { name: "Enregistrer la section" }).click();
  await expect(porteurs.getByText("Section enregistrée.")).toBeVisible();

  // Périmètre : ce que couvrirait la sélection est calculé avant l'enregistrement.
  const perimetre = page.getByRole("form", { name: "Localisation et périmètre" });
  const retirerErnee = perimetre.getByRole("button", { name: "Retirer CC de l'Ernée (245300355)" });
  if (await retirerErnee.isVisible()) {
    await retirerErnee.click();
    await perimetre.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(perimetre.getByText("Section enregistrée.")).toBeVisible();
  }
  await expect(perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" })).toContainText("29 communes couvertes");
  await perimetre.getByLabel("Rechercher une commune ou un EPCI").fill("ernée");
  await perimetre.getByRole("button", { name: "Ajouter CC de l'Ernée (245300355)" }).click();
  const apercu = perimetre.getByRole("region", { name: "Ce que couvrira le périmètre saisi (pas encore enregistré)" });
  await expect(apercu).toContainText("44 communes couvertes");
  await expect(apercu).toContainText("CC de l'Ernée (15 communes), CC des Coëvrons (29 communes)");
  await expect(apercu).toContainText("Département : Mayenne (53)");
  await verifierAccessibilite(page);

  // Quitter la section (le focus passe à la note) l'enregistre sans clic.
  const note = page.getByRole("form", { name: "Note d'opportunité" });
  const objectifs = `Revitaliser les bourgs des deux intercommunalités (${Date.now()}).`;
  await note.getByLabel("Objectifs").fill(objectifs);
  await expect(perimetre.getByText("Section enregistrée automatiquement.")).toBeVisible();
  await expect(perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" })).toContainText("44 communes couvertes");
  await page.getByRole("form", { name: "Calendrier" }).getByLabel("Durée prévue (en mois)").focus();
  await expect(note.getByText("Section enregistrée automatiquement.")).toBeVisible();

  // Ce qui a été enregistré en quittant les sections est bien en base : la fiche le montre.
  await page.goto(fiche);
  await expect(page.getByText(objectifs)).toBeVisible();
  await expect(page.getByText("CA Laval Agglomération")).toBeVisible();
  await expect(page.getByText(/modifie la section « Localisation et périmètre »/).first()).toBeVisible();
  await expect(page.getByText(/Le périmètre couvre entièrement les EPCI/)).toContainText("Ernée");

  // Session expirée pendant la saisie : rien n'est perdu ; on se reconnecte dans un autre onglet et
  // l'enregistrement suivant passe.
  await page.goto(`${fiche}/modifier`);
  await page.waitForLoadState("load");
  const ressources = "PLUi des Coëvrons approuvé en 2019 ; étude de revitalisation des centres-bourgs.";
  await page.getByLabel("Ressources").fill(ressources);
  await page.context().clearCookies();
  await note.getByRole("button", { name: "Enregistrer la section" }).click();
  const expiree = note.getByRole("alert").filter({ hasText: "Session expirée" }).or(note.locator(".fr-alert--error").filter({ hasText: "Session expirée" }));
  await expect(expiree).toBeVisible();
  await expect(page.getByLabel("Ressources")).toHaveValue(ressources);
  await verifierAccessibilite(page);
  const [onglet] = await Promise.all([page.context().waitForEvent("page"), note.getByRole("link", { name: "Se reconnecter dans un nouvel onglet" }).click()]);
  await onglet.waitForLoadState("load");
  await onglet.getByRole("button", { name: "Se connecter en tant que Sophie Bernard" }).click();
  await onglet.waitForURL(/\/modifier$/);
  await onglet.close();
  await note.getByRole("button", { name: "Enregistrer la section" }).click();
  await expect(note.getByText("Section enregistrée.")).toBeVisible();
  await page.goto(fiche);
  await expect(page.getByText(ressources)).toBeVisible();
});
