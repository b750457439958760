// Issue 11, parties 3 et 4, dans Chromium comme les usagers : la DGALN télécharge l'export CSV puis
// XLSX de la sélection du tableau (adresse que donnent les liens « Exporter » du tableau de bord), les
// ouvre et les vérifie (en-têtes, une ligne par candidature, accents) ; un maire retire sa
// candidature avec un motif (accessibilité du formulaire ouvert), lit ce qui s'est passé, et le service
// de l'État la voit retirée. Captures à 1280 et 390 px dans test-results/captures.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, LARGEURS, sansDefilementLateral } from "./helpers/mise-en-page";

// Aucun autre test n'emploie le Pas-de-Calais : ses candidatures sont celles de ce test.
const DEPARTEMENT = "62";
const ENTETES = [
  "Référence", "Format", "Statut", "Session", "Collectivité", "SIREN", "Code INSEE", "Département", "Région", "Service de l'État",
  "Créée le", "Signée le", "Déposée le", "Décidée le", "Durée prévue (mois)", "Budget matériel (€)", "Avis du service de l'État", "Décision",
];

/** Télécharge comme un lien du tableau de bord : un clic sur un lien vers l'adresse de l'export. */
async function telecharger(page: Page, adresse: string): Promise<{ nom: string; octets: Buffer }> {
  const telechargement = page.waitForEvent("download");
  await page.evaluate((href) => {
    const lien = document.createElement("a");
    lien.href = href;
    document.body.append(lien);
    lien.click();
  }, adresse);
  const fichier = await telechargement;
  expect(await fichier.failure()).toBeNull();
  return { nom: fichier.suggestedFilename(), octets: await readFile(await fichier.path()) };
}

test("la DGALN exporte la sélection en CSV et en XLSX : en-têtes, une ligne par candidature, accents", async ({ page, sql, preparerCandidature, seConnecterComme }) => {
  const [a, b] = await Promise.all([
    preparerCandidature({ departement: DEPARTEMENT, depot: true }),
    preparerCandidature({ departement: DEPARTEMENT, signatures: ["collectivite"] }),
  ]);
  const attendues = (await sql<{ reference: string }>(`SELECT reference FROM candidature WHERE "codeDepartement" = $1 ORDER BY reference`, [DEPARTEMENT])).map((r) => r.reference);
  expect(attendues).toEqual(expect.arrayContaining([a.reference, b.reference]));

  await seConnecterComme(page, { role: "referent" });
  await page.goto("/candidatures");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const csv = await telecharger(page, `/api/instruction/export?fichier=csv&departement=${DEPARTEMENT}`);
  expect(csv.nom).toMatch(/^candidatures-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [entete, ...lignes] = csv.octets.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(entete!.split(";")).toEqual(ENTETES);
  expect(lignes.map((l) => l.split(";")[0])).toEqual(attendues);
  const ligneA = lignes.find((l) => l.startsWith(`${a.reference};`))!.split(";");
  expect(ligneA.slice(1, 3)).toEqual(["Atelier flash", "Déposée"]);
  expect(ligneA[4]).toBe(a.commune);
  expect(ligneA[9]).toBe("DDTM du Pas-de-Calais");
  expect(ligneA[16]).toBe("Avis favorable");
  expect(lignes.find((l) => l.startsWith(`${b.reference};`))!.split(";")[2]).toBe("Brouillon");

  const xlsx = await telecharger(page, `/api/instruction/export?fichier=xlsx&departement=${DEPARTEMENT}`);
  expect(xlsx.nom).toMatch(/^candidatures-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const classeur = new ExcelJS.Workbook();
  await classeur.xlsx.load(xlsx.octets as unknown as ArrayBuffer);
  const feuille = classeur.getWorksheet("Candidatures")!;
  expect((feuille.getRow(1).values as unknown[]).slice(1)).toEqual(ENTETES);
  expect(feuille.getRow(1).getCell(1).font?.bold).toBe(true);
  expect((feuille.getColumn(1).values as unknown[]).slice(2)).toEqual(attendues);
  const rangA = attendues.indexOf(a.reference) + 2;
  expect(feuille.getRow(rangA).getCell(3).value).toBe("Déposée");
  expect(feuille.getRow(rangA).getCell(5).value).toBe(a.commune);
  expect(feuille.getRow(rangA).getCell(13).value).toBeInstanceOf(Date);

  // La recherche du tableau de bord s'applique aussi : l'en-tête et une seule ligne.
  const seule = await telecharger(page, `/api/instruction/export?fichier=csv&q=${a.reference}`);
  expect(seule.octets.toString("utf8").split("\r\n").filter(Boolean)).toHaveLength(2);
});

test("la collectivité n'exporte pas : refus en français", async ({ page, seConnecterComme, communeLibre }) => {
  const commune = await communeLibre();
  await seConnecterComme(page, { role: "signataire", organisationId: commune.id });
  const reponse = await page.request.get("/api/instruction/export?fichier=csv");
  expect(reponse.status()).toBe(403);
  expect((await reponse.json()).message).toMatch(/^L'export des candidatures est réservé à la DGALN et aux services de l'État/);
});

test("le maire retire sa candidature avec un motif ; la DDT la voit retirée", async ({ page, browser, connecter, preparerCandidature }) => {
  const c = await preparerCandidature({ signatures: ["collectivite"] });
  const fiche = `/candidatures/${c.id}`;
  const motif = "Le conseil municipal a reporté le projet : l'équipe municipale préfère attendre l'été prochain.";
  await connecter(page, c.utilisateurs.maire);
  await page.goto(fiche);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Retirer la candidature" }).click();
  const formulaire = page.getByRole("form", { name: `Retirer la candidature ${c.reference} ?` });
  await expect(formulaire).toBeVisible();
  await expect(formulaire.getByText(`Retirer la candidature ${c.reference} ?`)).toBeFocused();
  // Sans motif : refusé sur place, en français.
  await formulaire.getByRole("button", { name: "Confirmer le retrait" }).click();
  await expect(formulaire.getByText("Indiquez le motif du retrait : il est transmis à l'autre partie.")).toBeVisible();
  await formulaire.getByLabel("Motif du retrait").fill(motif);
  await verifierAccessibilite(page);
  for (const { nom, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await sansDefilementLateral(page);
    await capturer(page, `retrait-formulaire-${nom}`);
  }
  await page.setViewportSize(LARGEURS[0].viewport);

  await formulaire.getByRole("button", { name: "Confirmer le retrait" }).click();
  await page.waitForURL(new RegExp(`${fiche}\\?retrait=ok$`));
  await expect(page.getByText("La candidature est retirée : les autres porteurs ont reçu le motif par courriel.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Candidature retirée" })).toBeVisible();
  const retrait = page.getByRole("region", { name: "Retrait de la candidature" });
  await expect(retrait.getByText(motif)).toBeVisible();
  await expect(retrait.getByText(`par ${c.utilisateurs.maire.nomComplet}`, { exact: false })).toBeVisible();
  await expect(retrait.getByText("La collectivité peut préparer une nouvelle candidature", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retirer la candidature" })).toHaveCount(0);
  await verifierAccessibilite(page);
  for (const { nom, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await sansDefilementLateral(page);
    await capturer(page, `retrait-effectue-${nom}`);
  }

  // La signataire de la DDT la voit retirée, avec le motif, sans pouvoir la retirer de nouveau.
  const pageDdt = await (await browser.newContext()).newPage();
  await connecter(pageDdt, c.utilisateurs.signataireEtat);
  await pageDdt.goto(fiche);
  await expect(pageDdt.getByRole("paragraph").filter({ hasText: /^Candidature ADT-\d{4}-\d{5}/ })).toContainText("Retirée");
  await expect(pageDdt.getByRole("region", { name: "Retrait de la candidature" }).getByText(motif)).toBeVisible();
  await expect(pageDdt.getByRole("button", { name: "Retirer la candidature" })).toHaveCount(0);
});
