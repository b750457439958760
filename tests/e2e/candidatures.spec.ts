// Candidatures, de bout en bout avec les comptes de démonstration : la liste bornée au département
// de la DDT, le détail (liste de contrôle, chronologie), la page introuvable pour une candidature
// d'un autre département, la création avec le rappel des candidatures déjà en cours (R7).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { MESSAGE_TYPE_REFUSE } from "../../lib/fichiers/type-fichier";
import { verifierAccessibilite } from "./helpers/axe";

async function seConnecterEnDemo(page: Page, nom: string) {
  await page.goto("/connexion");
  await page.waitForLoadState("load");
  await page.getByRole("button", { name: `Se connecter en tant que ${nom}` }).click();
  await page.waitForURL("**/mon-compte");
}

/** Une page connectée en tant que `nom`, dans son propre contexte (ses propres cookies). */
async function enTantQue(browser: Browser, nom: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await seConnecterEnDemo(page, nom);
  return page;
}

/** Joint une pièce de ce type depuis la page de modification. */
async function joindre(page: Page, adresse: string, type: string, nom: string) {
  await page.goto(adresse);
  await page.waitForLoadState("load");
  const pieces = page.getByRole("region", { name: "Pièces jointes" });
  await pieces.getByLabel("Type de pièce").selectOption(type);
  await pieces.getByLabel("Fichier", { exact: false }).last().setInputFiles({ name: nom, mimeType: "application/pdf", buffer: pdfDemonstration([nom]) });
  await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
  await expect(pieces.getByText("Pièce jointe enregistrée.")).toBeVisible();
}

/** Adresse de la fiche d'une candidature, lue dans la liste de l'acteur qui la voit. */
async function adresseDe(page: Page, reference: string): Promise<string> {
  await page.goto("/candidatures?tri=reference");
  return (await page.getByRole("link", { name: reference }).getAttribute("href"))!;
}

test.describe("candidatures", () => {
  test("la DDT de la Mayenne voit les candidatures de son département, pas celles de la Loire-Atlantique", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // L'adresse d'une candidature de Loire-Atlantique, lue par la DDTM de la Loire-Atlantique.
    const autre = await browser.newContext();
    const pageAutre = await autre.newPage();
    await seConnecterEnDemo(pageAutre, "Julie Fabre");
    const adresseNantes = await adresseDe(pageAutre, "ADT-2026-00006");
    await autre.close();

    await seConnecterEnDemo(page, "Paul Girard");
    await page.getByRole("banner").getByRole("link", { name: "Mes candidatures" }).click();
    await expect(page).toHaveURL(/\/candidatures$/);
    await expect(page).toHaveTitle("Mes candidatures — Ateliers des territoires");
    const tableau = page.getByRole("table");
    const ligne = tableau.getByRole("row").filter({ hasText: "ADT-2026-00005" });
    await expect(ligne).toContainText("CC de l'Ernée");
    await expect(ligne).toContainText("Atelier local");
    await expect(ligne).toContainText("Déposée");
    await expect(ligne).toContainText("2/2");
    await expect(tableau).not.toContainText("ADT-2026-00006");
    await expect(tableau).not.toContainText("Nantes");
    await verifierAccessibilite(page);

    // Filtre par format, dans l'adresse.
    await page.getByLabel("Format").selectOption("flash");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/format=flash/);
    await expect(page.getByRole("table")).not.toContainText("ADT-2026-00005");

    // Détail : en-tête, liste de contrôle, signatures, chronologie.
    await page.goto(await adresseDe(page, "ADT-2026-00005"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ernée : une stratégie pour les bourgs de l'intercommunalité");
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText("Durée prévue : 12 mois", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
    await expect(page.getByText(/Candidature ADT-2026-00005 créée/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Télécharger le récépissé/ })).toBeVisible();
    await verifierAccessibilite(page);

    // Adresse d'une candidature de Loire-Atlantique tapée à la main : introuvable, sans rien révéler.
    const reponse = await page.goto(adresseNantes);
    expect(reponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Candidature introuvable");
    await expect(page.getByText("Cette candidature n'existe pas ou vous n'y avez pas accès.")).toBeVisible();
    await expect(page.getByText("Nantes")).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("nouvelle candidature : la DDT retrouve la candidature en cours (R7) au lieu d'en créer une seconde", async ({ page }) => {
    await seConnecterEnDemo(page, "Paul Girard");
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle candidature");
    await page.locator("label", { hasText: "Atelier local" }).click();
    await page.getByLabel("Rechercher la collectivité porteuse").fill("ernée");
    await page.locator("label", { hasText: "CC de l'Ernée" }).click();
    await expect(page.getByText("Une candidature est déjà en cours pour cette collectivité et ce format")).toBeVisible();
    await expect(page.getByRole("link", { name: /ADT-2026-00005/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Créer la candidature" })).toBeDisabled();
    // Andouillé-Neuville (Ille-et-Vilaine) n'est pas proposée à la DDT de la Mayenne.
    await page.getByLabel("Rechercher la collectivité porteuse").fill("andouille");
    await expect(page.locator("label", { hasText: /^Andouillé/ }).first()).toBeVisible();
    await expect(page.locator("label", { hasText: "Andouillé-Neuville" })).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("Andouillé commence un atelier flash avec la DDT : rédaction, refus de 9 mois (R2), pièces, co-signature, dépôt", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await seConnecterEnDemo(page, "Claire Martin");
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await page.locator("label", { hasText: "Atelier flash" }).click();
    await expect(page.locator("label", { hasText: "Andouillé" })).toBeVisible();
    await page.locator("label", { hasText: "Andouillé" }).click();
    // Base neuve (serveur des tests) : création. Serveur réutilisé après une exécution précédente :
    // R7 propose la candidature flash déjà en cours d'Andouillé, que l'on reprend comme le ferait l'usager.
    const creer = page.getByRole("button", { name: "Créer la candidature" });
    const enCours = page.getByText("Une candidature est déjà en cours pour cette collectivité et ce format");
    await expect(creer.and(page.locator(":enabled")).or(enCours)).toBeVisible();
    if (await enCours.isVisible()) await page.getByRole("link", { name: /^ADT-2026-\d{5} — / }).first().click();
    else await creer.click();
    await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Atelier flash/);
    await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText(/crée la candidature ADT-2026-\d{5}/)).toBeVisible();
    await verifierAccessibilite(page);
    const fiche = page.url();

    await page.getByRole("link", { name: "Modifier la candidature" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Modifier la candidature ADT-2026-\d{5}$/);
    await page.waitForLoadState("load");
    const objet = "Réinvestir les logements vacants du centre-bourg.";
    await page.getByLabel("Objet").fill(objet);
    const note = page.getByRole("form", { name: "Note d'opportunité" });
    await note.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(note.getByText("Section enregistrée.")).toBeVisible();

    // R2 : 9 mois pour un atelier flash, refusé par le serveur ; la saisie reste affichée.
    const calendrier = page.getByRole("form", { name: "Calendrier" });
    await calendrier.getByLabel("Durée prévue (en mois)").fill("9");
    await calendrier.getByRole("button", { name: "Enregistrer la section" }).click();
    const message = "Un atelier flash dure de 3 à 6 mois : la durée prévue est de 9 mois.";
    await expect(calendrier.getByRole("alert").filter({ hasText: message }).or(calendrier.locator(".fr-alert--error").filter({ hasText: message }))).toBeVisible();
    await expect(calendrier.getByLabel("Durée prévue (en mois)")).toHaveValue("9");
    await expect(calendrier.getByLabel("Durée prévue (en mois)")).toHaveAttribute("aria-invalid", "true");
    await verifierAccessibilite(page);

    await calendrier.getByLabel("Durée prévue (en mois)").fill("5");
    await calendrier.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(calendrier.getByText("Section enregistrée.")).toBeVisible();

    // Périmètre : recherche au fil de la frappe dans le référentiel, puis ce que couvre le périmètre enregistré.
    const perimetre = page.getByRole("form", { name: "Localisation et périmètre" });
    const retirer = perimetre.getByRole("button", { name: "Retirer Andouillé (53005)" });
    if (await retirer.isVisible()) await retirer.click();
    await perimetre.getByLabel("Rechercher une commune ou un EPCI").fill("andouille");
    await expect(perimetre.getByText(/\d+ résultats? pour « andouille »/)).toBeVisible();
    await perimetre.getByRole("button", { name: "Ajouter Andouillé (53005)" }).click();
    await expect(perimetre.getByRole("list", { name: "Communes du périmètre" })).toContainText("Andouillé (53005)");
    await perimetre.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(perimetre.getByText("Section enregistrée.")).toBeVisible();
    const couverture = perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" });
    await expect(couverture).toContainText("1 commune couverte");
    await expect(couverture).toContainText(/Population : 2\s321 habitants/);
    await expect(couverture).toContainText("Mayenne (53)");

    // Pièces (R8) : un faux PDF est refusé en français ; un vrai est joint, puis remplacé (version 2).
    const pieces = page.getByRole("region", { name: "Pièces jointes" });
    const nouvelle = pieces.getByLabel("Fichier", { exact: false }).last();
    await nouvelle.setInputFiles({ name: "note.pdf", mimeType: "application/pdf", buffer: Buffer.from("ceci n'est pas un PDF") });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText(MESSAGE_TYPE_REFUSE)).toBeVisible();
    await nouvelle.setInputFiles({ name: "note-opportunite.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note d'opportunité"]) });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText("Pièce jointe enregistrée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-opportunite\.pdf/ }).first()).toBeVisible();
    await pieces.getByLabel(/Remplacer « note-opportunite\.pdf »/).first().setInputFiles({ name: "note-v2.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note v2"]) });
    await pieces.getByRole("button", { name: "Remplacer", exact: true }).first().click();
    await expect(pieces.getByText("Nouvelle version enregistrée ; la précédente est conservée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-v2\.pdf.*version 2/ })).toBeVisible();

    await page.goto(fiche);
    await expect(page.getByText("Durée prévue : 5 mois", { exact: false })).toBeVisible();
    await expect(page.getByText(objet)).toBeVisible();
    await expect(page.getByText(/modifie la section « Calendrier »/)).toBeVisible();

    // Les autres pièces exigées (R5) : le courrier de soutien par la collectivité, l'engagement par la DDT.
    await joindre(page, `${fiche}/modifier`, "courrier_soutien_collectivite", "soutien.pdf");
    const ddt = await enTantQue(browser, "Paul Girard");
    await joindre(ddt, `${fiche}/modifier`, "courrier_engagement_etat", "engagement.pdf");

    // Co-signature (R6), après relecture du contenu et de son empreinte.
    const maire = await enTantQue(browser, "Jean Dupont");
    await maire.goto(fiche);
    await maire.getByRole("link", { name: "Relire et signer" }).click();
    await maire.waitForURL(`${fiche}/signer`);
    await expect(maire.getByText("Empreinte du contenu que vous signez")).toBeVisible();
    await expect(maire.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    await verifierAccessibilite(maire);
    await maire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
    await maire.waitForURL(fiche);
    await expect(maire.getByRole("region", { name: "Signatures" })).toContainText("Collectivité principale : Jean Dupont");

    const directrice = await enTantQue(browser, "Anne Roux");
    await directrice.goto(`${fiche}/signer`);
    await directrice.locator("label", { hasText: "Avis favorable" }).click();
    await directrice.getByLabel("Motivation de l'avis").fill("La DDT portera l'atelier avec la commune.");
    await directrice.getByRole("button", { name: "Signer pour le service de l'État" }).click();
    await directrice.waitForURL(fiche);
    await expect(directrice.getByRole("region", { name: "Signatures" })).toContainText("Avis favorable : La DDT portera l'atelier avec la commune.");

    // Dépôt par le service de l'État : récépissé téléchargeable.
    await directrice.getByRole("button", { name: "Déposer la candidature" }).click();
    await expect(directrice.getByRole("link", { name: /Télécharger le récépissé de dépôt/ })).toBeVisible({ timeout: 15_000 });
    await expect(directrice.getByText("Déposée", { exact: true }).first()).toBeVisible();
    const recepisse = await directrice.request.get(`${fiche.replace(/\/candidatures\//, "/api/candidatures/")}/recepisse`);
    expect(recepisse.status()).toBe(200);
    expect(recepisse.headers()["content-type"]).toContain("application/pdf");
    await verifierAccessibilite(directrice);
  });
});
