// Issue 12, messages, dans Chromium comme les usagers : sur une candidature déposée, la DGALN écrit
// un message de chaque visibilité ; la commune voit le seul message « tous », signalé non lu dans
// « Mes candidatures », et répond avec un PDF joint ; la DDT en voit deux (et la réponse), signalés
// dans son tableau d'instruction ; la DGALN voit les trois, la réponse et sa pièce jointe. Contrôle
// axe-core de chaque nouvel état ; captures du fil à 1280 et 390 px (CAPTURES, test-results/captures).
import type { Page } from "@playwright/test";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, LARGEURS, sansDefilementLateral } from "./helpers/mise-en-page";

const TEXTES = {
  tous: "Bonjour, pouvez-vous préciser le périmètre du deuxième atelier in situ ?",
  etat_dgaln: "Pour la DDT : le calendrier proposé vous paraît-il tenable ?",
  dgaln: "Note interne : candidature solide, à présenter en comité de mars.",
  reponse: "Le deuxième atelier portera sur le centre-bourg ; le plan est joint.",
};

const fil = (page: Page) => page.getByRole("region", { name: "Messages" });
const messagesDuFil = (page: Page) => fil(page).getByRole("list", { name: "Fil des messages, du plus ancien au plus récent" }).getByRole("article");

async function ecrire(page: Page, texte: string, lecteurs?: RegExp, pieceJointe?: string) {
  const formulaire = page.getByRole("form", { name: "Écrire un message" });
  if (lecteurs) {
    // Le DSFR dessine le bouton radio sur son libellé : on clique le libellé, comme l'usager.
    await formulaire.locator("label").filter({ hasText: lecteurs }).click();
    await expect(formulaire.getByRole("radio", { name: lecteurs })).toBeChecked();
  }
  if (pieceJointe) {
    await formulaire
      .getByLabel("Pièces jointes (facultatif)", { exact: false })
      .setInputFiles({ name: pieceJointe, mimeType: "application/pdf", buffer: pdfDemonstration([pieceJointe]) });
  }
  await formulaire.getByLabel("Votre message").fill(texte);
  await formulaire.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(formulaire.getByText(/^Message envoyé/)).toBeVisible();
  await expect(messagesDuFil(page).filter({ hasText: texte })).toBeVisible();
  await expect(formulaire.getByLabel("Votre message")).toHaveValue("");
}

async function capturerFil(page: Page, nom: string) {
  for (const { nom: largeur, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await sansDefilementLateral(page);
    await fil(page).screenshot({ path: `${process.env.CAPTURES ?? "test-results/captures"}/messages-${nom}-${largeur}.png` });
    await capturer(page, `messages-${nom}-page-${largeur}`);
  }
  await page.setViewportSize(LARGEURS[0].viewport);
}

test("messages : visibilités, non-lus, réponse avec pièce jointe", async ({ page, browser, connecter, creerUtilisateur, preparerCandidature, seConnecterComme, sql }) => {
  test.setTimeout(300_000);
  const c = await preparerCandidature({ depot: true });
  const fiche = `/candidatures/${c.id}`;

  // ── La DGALN écrit un message de chaque visibilité.
  await seConnecterComme(page, { role: "referent" }, { prenom: "Claire", nom: "Référente" });
  await page.goto(fiche);
  await expect(fil(page).getByText("Aucun message pour l'instant.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Qui pourra lire ce message ?" }).getByRole("radio")).toHaveCount(3);
  await verifierAccessibilite(page);
  await ecrire(page, TEXTES.tous, /^Porteurs, service de l'État et DGALN/);
  await ecrire(page, TEXTES.etat_dgaln, /^Service de l'État et DGALN/);
  await ecrire(page, TEXTES.dgaln, /^Note interne DGALN/, "avis-comite.pdf");
  await expect(messagesDuFil(page)).toHaveCount(3);
  const note = messagesDuFil(page).filter({ hasText: TEXTES.dgaln });
  await expect(note.getByText("Note interne DGALN")).toBeVisible();
  await expect(note.getByRole("heading", { name: "Claire Référente (vous)" })).toBeVisible();
  await verifierAccessibilite(page);

  // ── La commune : un message non lu dans « Mes candidatures », puis le seul message « tous ».
  const pageCommune = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await connecter(pageCommune, c.utilisateurs.maire);
  await pageCommune.goto("/candidatures");
  // La cloche de l'en-tête compte ses notifications non lues, dont le message de la DGALN.
  await expect(pageCommune.getByRole("link", { name: /^Notifications, \d+ non lues?$/ })).toBeVisible();
  const ligne = pageCommune.getByRole("row").filter({ hasText: c.reference });
  await expect(ligne.getByText("1 message non lu")).toBeVisible();
  await verifierAccessibilite(pageCommune);
  await pageCommune.setViewportSize(LARGEURS[1].viewport);
  await expect(pageCommune.getByRole("list", { name: "Mes candidatures" }).getByRole("listitem").filter({ hasText: c.reference }).getByText("1 message non lu")).toBeVisible();
  await pageCommune.setViewportSize(LARGEURS[0].viewport);

  await pageCommune.goto(fiche);
  await expect(messagesDuFil(pageCommune)).toHaveCount(1);
  const recu = messagesDuFil(pageCommune).first();
  await expect(recu).toContainText(TEXTES.tous);
  await expect(recu.getByText("Porteurs, service de l'État et DGALN")).toBeVisible();
  await expect(recu.getByText("Nouveau")).toBeVisible();
  await expect(recu).toContainText("Direction générale de l'aménagement, du logement et de la nature · Référent national");
  for (const cache of [TEXTES.etat_dgaln, TEXTES.dgaln]) await expect(pageCommune.getByText(cache)).toHaveCount(0);
  // Pas de choix : une collectivité n'écrit qu'aux porteurs et à la DGALN.
  await expect(pageCommune.getByRole("radio")).toHaveCount(0);
  await expect(pageCommune.getByText("Lecteurs de votre message : Porteurs, service de l'État et DGALN.", { exact: false })).toBeVisible();
  await verifierAccessibilite(pageCommune);

  // Message vide : refusé sur place, en français.
  const formulaire = pageCommune.getByRole("form", { name: "Écrire un message" });
  await formulaire.getByRole("button", { name: "Envoyer le message" }).click();
  await expect(formulaire.getByText("Écrivez votre message avant de l'envoyer.")).toBeVisible();
  await expect(formulaire.getByLabel("Votre message")).toBeFocused();
  await ecrire(pageCommune, TEXTES.reponse, undefined, "plan-centre-bourg.pdf");
  const reponse = messagesDuFil(pageCommune).filter({ hasText: TEXTES.reponse });
  await expect(reponse.getByRole("link", { name: /plan-centre-bourg\.pdf/ })).toBeVisible();
  await verifierAccessibilite(pageCommune);
  await capturerFil(pageCommune, "commune");
  // Relu : plus de message non lu.
  await pageCommune.goto("/candidatures");
  await expect(pageCommune.getByRole("row").filter({ hasText: c.reference })).toBeVisible();
  await expect(pageCommune.getByText(/messages? non lus?/)).toHaveCount(0);

  // ── La DDT : trois non lus dans son tableau d'instruction ; deux messages de la DGALN et la réponse.
  const pageDdt = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await connecter(pageDdt, c.utilisateurs.agent);
  await pageDdt.goto(`/instruction?q=${c.reference}`);
  await expect(pageDdt.getByRole("row").filter({ hasText: c.reference }).getByText("3 messages non lus")).toBeVisible();
  await verifierAccessibilite(pageDdt);
  await pageDdt.goto(fiche);
  await expect(messagesDuFil(pageDdt)).toHaveCount(3);
  await expect(pageDdt.getByText(TEXTES.tous)).toBeVisible();
  await expect(pageDdt.getByText(TEXTES.etat_dgaln)).toBeVisible();
  await expect(pageDdt.getByText(TEXTES.dgaln)).toHaveCount(0);
  await expect(pageDdt.getByRole("group", { name: "Qui pourra lire ce message ?" }).getByRole("radio")).toHaveCount(2);
  await verifierAccessibilite(pageDdt);

  // ── La DGALN : les trois messages, la réponse de la commune et sa pièce jointe.
  await page.goto(fiche);
  await expect(messagesDuFil(page)).toHaveCount(4);
  const vue = messagesDuFil(page).filter({ hasText: TEXTES.reponse });
  await expect(vue.getByText("Nouveau")).toBeVisible();
  await expect(vue.getByRole("heading", { name: c.utilisateurs.maire.nomComplet })).toBeVisible();
  const lien = vue.getByRole("link", { name: /plan-centre-bourg\.pdf/ });
  const telechargement = page.waitForEvent("download");
  await lien.click();
  const fichier = await telechargement;
  expect(fichier.suggestedFilename()).toBe("plan-centre-bourg.pdf");
  await verifierAccessibilite(page);
  await capturerFil(page, "dgaln");

  // La commune ne télécharge pas la pièce jointe de la note interne, même avec son adresse : même 404
  // qu'une pièce jointe inexistante.
  const adresse = await messagesDuFil(page).filter({ hasText: TEXTES.dgaln }).getByRole("link", { name: /avis-comite\.pdf/ }).getAttribute("href");
  expect(adresse).toMatch(/^\/api\/messages\/pieces-jointes\//);
  expect((await page.request.get(adresse!)).status()).toBe(200);
  const refusee = await pageCommune.request.get(adresse!);
  const inexistante = await pageCommune.request.get("/api/messages/pieces-jointes/00000000-0000-4000-8000-000000000000");
  expect(refusee.status()).toBe(404);
  expect(inexistante.status()).toBe(404);
  expect(await refusee.json()).toEqual(await inexistante.json());

  // ── Un juré affecté à la candidature la lit, mais aucun message : ni le fil ni ses textes.
  const jure = await creerUtilisateur({ role: "jure" });
  await sql(
    `INSERT INTO affectation_jury (id, "membreJuryId", "candidatureId")
     SELECT gen_random_uuid(), m.id, $2 FROM membre_jury m WHERE m."utilisateurId" = $1`,
    [jure.id, c.id],
  );
  const pageJure = await (await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris" })).newPage();
  await connecter(pageJure, jure);
  await pageJure.goto(fiche);
  await expect(pageJure.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(fil(pageJure)).toHaveCount(0);
  for (const texte of Object.values(TEXTES)) await expect(pageJure.getByText(texte)).toHaveCount(0);
  expect((await pageJure.request.get(adresse!)).status()).toBe(404);
  await verifierAccessibilite(pageJure);
});
