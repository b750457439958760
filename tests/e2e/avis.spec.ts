// Avis d'expert (issue 12), de bout en bout : sur une candidature déposée, la référente de la DGALN
// voit l'avis du service de l'État et demande un avis à un expert extérieur ; l'expert ouvre le lien
// reçu (boîte de développement), se connecte par lien de connexion avec l'adresse invitée (son compte
// est créé), ne voit que cette candidature, rend un avis « Favorable » ; la DGALN le lit sur la fiche.
// L'expert qui tape /instruction ou l'adresse d'une autre candidature est refusé. axe-core sur chaque
// page et état nouveaux ; captures à 1280 et 390 px (CAPTURES, par défaut test-results/captures).
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer } from "./helpers/mise-en-page";

/** « 2027-01-15 » dans dix jours : une échéance à venir. */
const dansDixJours = () => new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

async function capturerDeuxLargeurs(page: Page, nom: string) {
  const taille = page.viewportSize();
  for (const largeur of [1280, 390]) {
    await page.setViewportSize({ width: largeur, height: 900 });
    await capturer(page, `avis-${nom}-${largeur}`);
  }
  if (taille) await page.setViewportSize(taille);
}

/** Ouvre le dernier courriel reçu par `email` dont le sujet contient `sujet`. */
async function ouvrirDernierCourriel(page: Page, email: string, sujet: string) {
  await page.goto(`/dev/boite-mail?${new URLSearchParams({ destinataire: email })}`);
  await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name: sujet }).first().click();
  await page.waitForURL(/\/dev\/boite-mail\/[0-9a-f-]{36}$/);
}

test("la DGALN demande un avis à un expert extérieur, qui se connecte, ne voit que cette candidature et rend un avis favorable", async ({
  page,
  browser,
  connecter,
  creerUtilisateur,
  preparerCandidature,
}) => {
  test.setTimeout(240_000);
  const [c, autre] = [await preparerCandidature({ depot: true }), await preparerCandidature({ depot: true })];
  const referente = await creerUtilisateur({ role: "referent" }, { prenom: "Élise", nom: "Référente" });
  const expertEmail = `expert.paysage.${Date.now()}@bureau-etudes.example`;
  const fiche = `/candidatures/${c.id}`;

  // La référente voit l'avis du service de l'État, puis demande un avis d'expert.
  await connecter(page, referente);
  await page.goto(fiche);
  const avis = page.getByRole("region", { name: "Avis", exact: true });
  await expect(avis.getByText("Favorable", { exact: true })).toBeVisible();
  await expect(avis.getByText(`Donné par ${c.utilisateurs.signataireEtat.nomComplet}`)).toBeVisible();
  await expect(avis.getByText("Aucun avis d'expert n'a été demandé sur cette candidature.")).toBeVisible();
  await verifierAccessibilite(page);

  await avis.getByRole("button", { name: "Demander un avis d'expert" }).click();
  const formulaire = page.getByRole("form", { name: "Demander un avis d'expert" });
  // Envoyé vide : les messages en français sur chaque champ.
  await formulaire.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(formulaire.getByText("Écrivez la question posée à l'expert.")).toBeVisible();
  await expect(formulaire.getByText("Indiquez l'adresse électronique de l'expert, au format nom@exemple.fr.")).toBeVisible();
  await expect(formulaire.getByText("Indiquez l'échéance : le jour où l'avis est attendu au plus tard.")).toBeVisible();
  await verifierAccessibilite(page);
  await capturerDeuxLargeurs(page, "1-formulaire-demande");
  await formulaire.getByLabel("Adresse électronique de l'expert").fill(expertEmail);
  await formulaire.getByLabel("Question posée à l'expert").fill("Le programme des ateliers in situ est-il adapté au paysage bocager ?");
  await formulaire.getByLabel("Échéance").fill(dansDixJours());
  await formulaire.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(avis.getByText("La demande est envoyée : l'expert a reçu par courriel un lien personnel vers la candidature.")).toBeVisible();
  const demandes = avis.getByRole("list", { name: "Demandes d'avis d'expert" });
  await expect(demandes.getByRole("listitem").filter({ hasText: expertEmail })).toContainText("En attente");
  await verifierAccessibilite(page);
  await capturerDeuxLargeurs(page, "2-demande-en-attente");

  // L'expert, dans un autre navigateur, sans compte : le lien du courriel.
  const contexte = await browser.newContext();
  const expert = await contexte.newPage();
  await ouvrirDernierCourriel(expert, expertEmail, `Demande d'avis d'expert sur la candidature ${c.reference}`);
  const lien = await expert.getByRole("link", { name: /\/avis-expert\// }).first().getAttribute("href");
  expect(lien).toMatch(/\/avis-expert\/[A-Za-z0-9_-]{43}$/);
  await expert.goto(new URL(lien!).pathname);
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(`Demande d'avis sur la candidature ${c.reference}`);
  await verifierAccessibilite(expert);
  await capturerDeuxLargeurs(expert, "3-lien-expert");
  await expert.getByRole("link", { name: "Se connecter pour ouvrir la demande" }).click();
  await expert.waitForURL(/\/connexion\?callbackUrl=%2Favis-expert%2F/);
  await expert.getByLabel(/Adresse électronique/).fill(expertEmail);
  await expert.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await expert.waitForURL(/\/connexion\/verification/);
  await ouvrirDernierCourriel(expert, expertEmail, "Votre lien de connexion");
  await expert.getByRole("link", { name: /\/api\/auth\/callback\// }).first().click();
  await expert.waitForURL(/\/avis-expert\//);
  await expert.getByRole("button", { name: "Ouvrir la demande d'avis" }).click();
  await expert.waitForURL(/\/mes-avis\/[0-9a-f-]{36}$/);
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText(`Avis sur la candidature ${c.reference}`);
  await expect(expert.getByRole("region", { name: "Contenu de la candidature" })).toBeVisible();
  await expect(expert.getByRole("region", { name: "Avis du service de l'État" }).getByText("Favorable", { exact: true })).toBeVisible();
  await verifierAccessibilite(expert);
  await capturerDeuxLargeurs(expert, "4-demande-expert");

  // Son avis, avant l'échéance.
  const formulaireAvis = expert.getByRole("form", { name: "Votre avis" });
  await formulaireAvis.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(formulaireAvis.getByText("Rédigez votre avis : il est lu par la DGALN.")).toBeVisible();
  await verifierAccessibilite(expert);
  await formulaireAvis.getByText("Favorable", { exact: true }).click();
  await formulaireAvis.getByLabel("Avis motivé").fill("Le programme est adapté : les trois ateliers suivent les saisons du bocage.");
  await formulaireAvis.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(expert.getByText("Votre avis est enregistré : la DGALN en est prévenue.")).toBeVisible();
  const sonAvis = expert.getByRole("region", { name: "Votre avis" });
  await expect(sonAvis.getByText("Favorable", { exact: true })).toBeVisible();
  await expect(sonAvis.getByText(/il ne peut plus être modifié/)).toBeVisible();
  await verifierAccessibilite(expert);
  await capturerDeuxLargeurs(expert, "5-avis-rendu");

  // Ses demandes : celle-ci seulement ; rien d'autre ne lui est ouvert.
  await expert.goto("/mes-avis");
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Mes demandes d'avis");
  await expect(expert.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(1);
  await expect(expert.getByRole("link", { name: new RegExp(c.reference) })).toBeVisible();
  await verifierAccessibilite(expert);
  await capturerDeuxLargeurs(expert, "6-mes-avis");
  await expert.goto("/candidatures");
  await expect(expert.getByRole("main")).toContainText(c.reference);
  await expect(expert.getByRole("main")).not.toContainText(autre.reference);
  // La fiche de la candidature demandée lui est ouverte, sans les avis d'expert de la DGALN.
  await expert.goto(`/candidatures/${c.id}`);
  await expect(expert).toHaveTitle(new RegExp(`Candidature ${c.reference}`));
  await expect(expert.getByRole("region", { name: "Avis", exact: true }).getByText("Avis d'expert")).toHaveCount(0);
  await expert.goto("/instruction");
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await expert.goto(`/candidatures/${autre.id}`);
  await expect(expert.getByRole("heading", { level: 1 })).toHaveText("Candidature introuvable");
  await contexte.close();

  // La DGALN lit l'avis sur la fiche.
  await page.reload();
  const rendue = page.getByRole("list", { name: "Demandes d'avis d'expert" }).getByRole("listitem").filter({ hasText: expertEmail });
  await expect(rendue).toContainText(/Rendu le/);
  await expect(rendue.getByText("Favorable", { exact: true })).toBeVisible();
  await expect(rendue).toContainText("Le programme est adapté");
  await verifierAccessibilite(page);
  await capturerDeuxLargeurs(page, "7-avis-lu-par-la-dgaln");
});
