// Ce que l'on signe, tel que le signataire le lit (issue 9, point 2) : la page « Relire et signer »
// montre tout le contenu que couvre l'empreinte — porteurs, périmètre avec noms et codes, note,
// calendrier, livrables, contacts par partie, pièces — avec l'empreinte elle-même, sur un ordinateur
// (1280 px) et sur un téléphone (390 px), sans défilement de côté ni niveau de titre sauté.
// Captures dans test-results/captures (ou le dossier de CAPTURES), hors du dépôt.
import type { Page } from "@playwright/test";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { verifierAccessibilite } from "./helpers/axe";
import { LARGEURS, capturer } from "./helpers/mise-en-page";
import { expect, test } from "./helpers/fixtures";

async function ouvrir(page: Page, adresse: string) {
  await page.goto(adresse);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Rien ne dépasse la largeur de la fenêtre : pas de défilement de côté. */
async function sansDefilementLateral(page: Page) {
  const { large, fenetre, debordent } = await page.evaluate(() => ({
    large: document.documentElement.scrollWidth,
    fenetre: window.innerWidth,
    // Les éléments qui dépassent à droite, pour dire lequel corriger.
    debordent: [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(-5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} « ${(e.textContent ?? "").trim().slice(0, 40)} »`),
  }));
  expect(large, `largeur de ${page.url()} ; dépassent : ${debordent.join(" | ")}`).toBeLessThanOrEqual(fenetre);
}

/** Les titres du contenu principal se suivent sans sauter de niveau (h1, h2, h3…). */
async function titresSansSaut(page: Page) {
  const niveaux = await page.locator("main").locator("h1, h2, h3, h4, h5, h6").evaluateAll((titres) => titres.map((t) => Number(t.tagName[1])));
  expect(niveaux[0]).toBe(1);
  niveaux.forEach((niveau, i) => {
    if (i > 0) expect(niveau, `titre n° ${i + 1} (niveaux : ${niveaux.join(", ")})`).toBeLessThanOrEqual(niveaux[i - 1]! + 1);
  });
}

for (const { nom, viewport } of LARGEURS) {
  test.describe(`sur ${nom} (${viewport.width} px)`, () => {
    test.use({ viewport });

    test("la page de signature d'une candidature de démonstration montre porteurs, périmètre, contacts, pièces et l'empreinte", async ({ page, sql, seConnecterComme }) => {
      const [candidature] = await sql<{ id: string; hash: string; collectivite: string }>(
        `SELECT c.id, c."hashContenu" AS hash, c."collectivitePrincipaleId" AS collectivite FROM candidature c WHERE c.reference = 'ADT-2026-00007'`,
      );
      await seConnecterComme(page, { role: "signataire", organisationId: candidature!.collectivite });
      await ouvrir(page, `/candidatures/${candidature!.id}/signer`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Relire et signer la candidature ADT-2026-00007");

      // L'empreinte affichée est celle du contenu enregistré (celle que la signature doit porter).
      await expect(page.locator("code")).toHaveText(candidature!.hash);

      const contenu = page.getByRole("region", { name: "Contenu de la candidature" });
      // Porteurs : la collectivité principale (nom et code), le service de l'État, les autres porteuses.
      await expect(contenu.getByText("Saint-Nazaire (Commune · INSEE 44184", { exact: false })).toBeVisible();
      await expect(contenu.getByText("DDTM de la Loire-Atlantique", { exact: true })).toBeVisible();
      await expect(contenu.getByRole("heading", { name: "Porteurs" })).toBeVisible();
      await expect(contenu.getByText("Autres collectivités porteuses")).toBeVisible();
      // Périmètre : la commune avec son nom et son code, ce qu'il couvre.
      await expect(contenu.getByRole("heading", { name: "Localisation et périmètre" })).toBeVisible();
      await expect(contenu.getByRole("listitem").filter({ hasText: "Saint-Nazaire (INSEE 44184)" })).toBeVisible();
      await expect(contenu.getByText(/Le périmètre couvre 1\u00a0commune \([\d\u202f]+ habitants\), dans le département Loire-Atlantique \(44\)\./)).toBeVisible();
      // Note, calendrier, livrables en français.
      await expect(contenu.getByText("Esquisser un plan-guide pour la reconversion d'une friche portuaire du quartier de Penhoët.")).toBeVisible();
      await expect(contenu.getByText("1er février 2027")).toBeVisible();
      await expect(contenu.getByText("4\u00a0mois", { exact: true })).toBeVisible();
      await expect(contenu.getByText("2\u202f500\u00a0€")).toBeVisible();
      // Contacts, par partie.
      await expect(contenu.getByRole("heading", { name: "Contacts" })).toBeVisible();
      await expect(contenu.getByText("Pour la collectivité principale :")).toBeVisible();
      await expect(contenu.getByRole("link", { name: "urbanisme@214401846.example" })).toBeVisible();
      await expect(contenu.getByText("Pour le service de l'État compétent :")).toBeVisible();
      await expect(contenu.getByRole("link", { name: "amenagement@dep44.example" })).toBeVisible();
      // Pièces courantes : type, nom de fichier, version, taille.
      const pieces = contenu.getByRole("region", { name: "Pièces jointes" });
      await expect(pieces.getByText("Note d'opportunité valant candidature")).toBeVisible();
      await expect(pieces.getByText("Courrier d'engagement du service de l'État", { exact: false })).toBeVisible();
      await expect(pieces.getByRole("link", { name: /\.pdf\s*PDF – [\d\u202f]+ ko$/ })).toHaveCount(3);
      await expect(pieces.getByText(/^Version 1, ajoutée le \d{1,2}(er)? \S+ \d{4}/)).toHaveCount(3);

      await titresSansSaut(page);
      await sansDefilementLateral(page);
      await verifierAccessibilite(page);
      await capturer(page, `signer-demo-${viewport.width}`);
    });

    test("un long nom de fichier, une porteuse associée et l'empreinte passent à la ligne, sur la page de signature comme sur la fiche", async ({ page, communeLibre, seConnecterComme }) => {
      test.setTimeout(90_000);
      const commune = await communeLibre("53");
      await seConnecterComme(page, { role: "signataire", organisationId: commune.id }, { prenom: "Jeanne" });
      await ouvrir(page, "/candidatures/nouvelle");
      await page.locator("label", { hasText: "Atelier flash" }).click();
      await page.getByRole("button", { name: "Créer la candidature" }).and(page.locator(":enabled")).click();
      await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
      const fiche = page.url();

      await ouvrir(page, `${fiche}/modifier`);
      const porteurs = page.getByRole("form", { name: "Porteurs" });
      await porteurs.getByLabel("Rechercher une collectivité associée").fill("ernée");
      await porteurs.getByRole("button", { name: "Associer CC de l'Ernée" }).click();
      await porteurs.getByRole("button", { name: "Enregistrer la section" }).click();
      await expect(porteurs.getByText(/^Section enregistrée/)).toBeVisible();
      const nomFichier = "note-d-opportunite-valant-candidature-de-la-commune-version-definitive-relue-et-validee-par-la-ddt.pdf";
      const envoi = page.getByRole("region", { name: "Pièces jointes" });
      await envoi.getByLabel("Type de pièce").selectOption("note_opportunite");
      await envoi.getByLabel("Fichier", { exact: false }).last().setInputFiles({ name: nomFichier, mimeType: "application/pdf", buffer: pdfDemonstration(["Note"]) });
      await envoi.getByRole("button", { name: "Joindre la pièce" }).click();
      await expect(envoi.getByText("Pièce jointe enregistrée.")).toBeVisible();

      await ouvrir(page, `${fiche}/signer`);
      const contenu = page.getByRole("region", { name: "Contenu de la candidature" });
      await expect(contenu.getByRole("listitem").filter({ hasText: "Communauté de communes de l'Ernée (Intercommunalité (EPCI) · SIREN 245300355" })).toBeVisible();
      await expect(contenu.getByRole("link", { name: new RegExp(nomFichier.replaceAll(".", "\\.")) })).toBeVisible();
      await titresSansSaut(page);
      await sansDefilementLateral(page);
      await verifierAccessibilite(page);
      await capturer(page, `signer-long-${viewport.width}`);

      await ouvrir(page, fiche);
      await expect(page.getByRole("region", { name: "Contenu de la candidature" }).getByText(/Empreinte SHA-256 du contenu actuel : [0-9a-f]{64}\./)).toBeVisible();
      await expect(page.getByRole("link", { name: new RegExp(nomFichier.replaceAll(".", "\\.")) })).toBeVisible();
      await sansDefilementLateral(page);
      await capturer(page, `fiche-long-${viewport.width}`);
    });
  });
}
