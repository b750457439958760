// Les gestes des phases d'un atelier sur sa fiche, tels qu'un utilisateur les fait (boutons,
// confirmations en ligne, messages de statut) : partagés par les parcours de bout en bout.
import { expect, type Locator, type Page } from "@playwright/test";
import { pdfDemonstration } from "../../../lib/fichiers/pdf-demo";

export type NomPhase = "Appropriation" | "Animation" | "Restitution";
const DE_LA_PHASE: Record<NomPhase, string> = { Appropriation: "d'appropriation", Animation: "d'animation", Restitution: "de restitution" };

export const regionPhase = (page: Page, phase: NomPhase): Locator => page.getByRole("region", { name: new RegExp(`^${phase}`) });

export async function demarrer(page: Page, phase: NomPhase) {
  const region = regionPhase(page, phase);
  await region.getByRole("button", { name: "Démarrer la phase" }).click();
  await region.getByRole("group", { name: `Démarrer la phase ${DE_LA_PHASE[phase]} ?` }).getByRole("button", { name: "Démarrer la phase" }).click();
  await expect(region.getByRole("status").first()).toHaveText(`La phase ${DE_LA_PHASE[phase]} est démarrée.`);
  await expect(page.getByRole("region", { name: new RegExp(`^${phase} En cours`) })).toBeVisible();
}

/** Dépose un PDF de démonstration comme livrable du type proposé (ou choisi) ; rend le lien de téléchargement. */
export async function deposerLivrable(page: Page, phase: NomPhase, options: { titre: string; nomFichier: string; type?: string }) {
  const region = regionPhase(page, phase);
  if (options.type) await region.getByLabel("Type de livrable").selectOption(options.type);
  await region.getByLabel("Titre").fill(options.titre);
  await region
    .getByLabel("Fichier du livrable", { exact: false })
    .setInputFiles({ name: options.nomFichier, mimeType: "application/pdf", buffer: pdfDemonstration([options.titre]) });
  await region.getByRole("button", { name: "Déposer le livrable" }).click();
  await expect(region.getByRole("status").filter({ hasText: "déposé" })).toContainText(`« ${options.nomFichier} »`);
  const lien = region.getByRole("link", { name: options.nomFichier });
  await expect(lien).toBeVisible();
  return (await lien.getAttribute("href"))!;
}

export async function soumettre(page: Page, phase: NomPhase) {
  const region = regionPhase(page, phase);
  await region.getByRole("button", { name: "Soumettre à validation" }).click();
  await region.getByRole("group", { name: `Soumettre la phase ${DE_LA_PHASE[phase]} à validation ?` }).getByRole("button", { name: "Soumettre à validation" }).click();
  await expect(region.getByRole("status").first()).toContainText(`La phase ${DE_LA_PHASE[phase]} est soumise à validation`);
}

/** Valide au titre d'une partie ; `derniere` : la seconde validation, qui rend la phase « Validée ». */
export async function valider(page: Page, phase: NomPhase, partie: "la collectivité" | "le service de l'État", derniere: boolean) {
  const region = regionPhase(page, phase);
  await region.getByRole("button", { name: "Valider la phase" }).click();
  await region.getByRole("group", { name: `Valider la phase ${DE_LA_PHASE[phase]} pour ${partie} ?` }).getByRole("button", { name: "Valider la phase" }).click();
  if (derniere) {
    await expect(region.getByRole("status").first()).toContainText(`La phase ${DE_LA_PHASE[phase]} est validée par les deux co-pilotes.`);
    await expect(page.getByRole("region", { name: new RegExp(`^${phase} Validée`) })).toBeVisible();
  } else {
    await expect(region.getByRole("status").first()).toContainText("Votre validation est enregistrée");
  }
}
