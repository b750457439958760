// Ateliers in situ et coûts sur la fiche d'un atelier (issue 14, décision 034), dans Chromium : sur
// l'atelier d'un flash retenu par la vraie décision de la DGALN, l'appropriation validée et
// l'animation en cours, le pilote (agent de la DDT) enregistre un atelier in situ, dépose une image
// de support (vignette visible, produite par le serveur) et deux frais ; le sous-total et le total
// des coûts s'affichent. Le membre de la commune lit, sans formulaire d'atelier in situ, mais peut
// ajouter un frais. axe-core ; à 390 px rien ne déborde ; captures à 1280 et 390 px.
import sharp from "sharp";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, examinerAuxDeuxLargeurs, sansDefilementLateral } from "./helpers/mise-en-page";

const TELEPHONE = { width: 390, height: 844 };
const espaces = (t: string | null) => (t ?? "").replace(/[\u00a0\u202f]/g, " ");

test("le pilote enregistre un atelier in situ avec une image de support et deux frais ; les coûts s'additionnent", async ({ page, connecter, preparerCandidature, sql }) => {
  test.setTimeout(300_000);
  const c = await preparerCandidature({ retenue: true });
  const { agent, membre } = c.utilisateurs;
  await sql(`UPDATE phase SET statut = 'validee', "debutReel" = '2026-01-05', "finReelle" = '2026-02-20' WHERE "atelierId" = $1 AND type = 'appropriation'`, [c.atelierId]);
  await sql(`UPDATE phase SET statut = 'en_cours', "debutReel" = '2026-02-21' WHERE "atelierId" = $1 AND type = 'animation'`, [c.atelierId]);
  await sql(`UPDATE atelier SET "coutEquipeEuros" = 30000, "typeContrat" = 'bon_de_commande', "referenceContrat" = 'BC-2026-014' WHERE id = $1`, [c.atelierId]);
  const fiche = `/ateliers/${c.atelierId}`;
  const section = page.getByRole("region", { name: "Ateliers in situ" });

  const examiner = (nom: string) => examinerAuxDeuxLargeurs(page, nom);

  await test.step("le pilote enregistre l'atelier in situ", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    await expect(section.getByText("Aucun atelier in situ enregistré.")).toBeVisible();
    const formulaire = section.getByRole("group", { name: "Enregistrer un atelier in situ" });
    await formulaire.getByLabel("Titre").fill("Diagnostic en marchant du centre-bourg");
    await formulaire.getByLabel("Date et heure de début").fill("2026-03-12T18:30");
    await formulaire.getByLabel("Lieu").fill("Salle des fêtes");
    await expect(formulaire.getByLabel("Commune")).toHaveValue(c.codeInsee);
    await formulaire.getByLabel("Thème").selectOption({ label: "Diagnostic et enjeux" });
    await section.getByLabel("Élus").fill("6");
    await section.getByLabel("Techniciens").fill("3");
    await section.getByLabel("Habitants").fill("24");
    await section.getByLabel("Compte rendu (facultatif)").fill("Balade du centre-bourg à la gare ; trois enjeux retenus : la traversée, les commerces, l'école.");
    await section.getByRole("button", { name: "Enregistrer l'atelier in situ" }).click();
    await expect(section.getByRole("status").filter({ hasText: "est enregistré" })).toBeVisible();
  });

  const carte = page.getByRole("region", { name: "Diagnostic en marchant du centre-bourg" });

  await test.step("la carte dit la date en heure de Paris, la commune, le thème et les participants", async () => {
    await expect(carte.getByText("12 mars 2026 à 18 h 30", { exact: false })).toBeVisible();
    await expect(carte.getByText(`Salle des fêtes, ${c.commune}`, { exact: false })).toBeVisible();
    await expect(carte.getByText("Diagnostic et enjeux")).toBeVisible();
    await expect(carte.getByText("33 participants")).toBeVisible();
  });

  await test.step("il dépose une photo : la vignette paraît, réduite par le serveur", async () => {
    const png = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#000091" } })
      .composite([{ input: Buffer.from('<svg width="1600" height="1200"><circle cx="800" cy="600" r="400" fill="#e1000f"/></svg>') }])
      .png()
      .toBuffer();
    await carte.getByLabel(/Ajouter un support/).setInputFiles({ name: "plan du bourg.png", mimeType: "image/png", buffer: png });
    await carte.getByRole("button", { name: "Déposer le support" }).click();
    await expect(carte.getByRole("status").filter({ hasText: "Support « plan du bourg.png » déposé." })).toBeVisible({ timeout: 45_000 });
    const vignette = carte.locator("img");
    await expect(vignette).toBeVisible();
    await expect.poll(() => vignette.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await expect(carte.getByRole("link", { name: /Télécharger plan du bourg\.png/ })).toBeVisible();
  });

  await test.step("il ajoute deux frais : le sous-total et les coûts s'additionnent", async () => {
    await carte.getByRole("button", { name: "Ajouter un frais matériel à « Diagnostic en marchant du centre-bourg »" }).click();
    const frais = carte.getByRole("group", { name: /Ajouter un frais matériel/ });
    await expect(frais.getByLabel("Libellé")).toBeFocused();
    for (const [libelle, nature, montant] of [
      ["Location de la salle des fêtes", "Location de salle", "1 234,50"],
      ["Buffet des participants", "Restauration", "80"],
    ] as const) {
      await frais.getByLabel("Libellé").fill(libelle);
      await frais.getByLabel("Nature").selectOption({ label: nature });
      await frais.getByLabel("Montant en euros, toutes taxes comprises").fill(montant);
      await frais.getByRole("button", { name: "Ajouter le frais" }).click();
      await expect(carte.getByRole("cell", { name: new RegExp(`^${libelle}\\s*${nature}, le 12 mars 2026$`) })).toBeVisible();
    }
    const tableau = carte.getByRole("table", { name: /Frais matériels de/ });
    await expect.poll(async () => espaces(await tableau.locator("tfoot").textContent())).toContain("1 314,50 €");
    const couts = page.getByRole("region", { name: "Coûts" });
    const ensemble = couts.getByRole("table", { name: "Vue d'ensemble" });
    await expect.poll(async () => espaces(await ensemble.textContent())).toContain("Bon de commande — BC-2026-014");
    await expect.poll(async () => espaces(await ensemble.locator("tfoot").textContent())).toContain("31 314,50 €");
    await expect.poll(async () => espaces(await couts.getByRole("table", { name: "Frais matériels par nature" }).textContent())).toContain("Location de salle1 234,50 €");
    await examiner("ateliers-in-situ-pilote");
  });

  await test.step("le membre de la commune lit, sans formulaire d'atelier in situ, mais peut ajouter un frais", async () => {
    await page.context().clearCookies();
    await connecter(page, membre);
    await page.goto(fiche);
    await expect(carte.locator("img")).toBeVisible();
    await expect(section.getByRole("group", { name: "Enregistrer un atelier in situ" })).toHaveCount(0);
    await expect(carte.getByRole("button", { name: "Déposer le support" })).toHaveCount(0);
    await expect(carte.getByRole("button", { name: /Ajouter un frais matériel/ })).toBeVisible();
    await verifierAccessibilite(page);
    await page.setViewportSize(TELEPHONE);
    await sansDefilementLateral(page);
    await capturer(page, "ateliers-in-situ-membre-390");
  });
});

test("démonstration : l'atelier flash d'Andouillé, animation validée, montre ses deux ateliers in situ et ses coûts, sans formulaire d'atelier in situ", async ({ page, seConnecterComme, sql }) => {
  const [atelier] = await sql<{ id: string }>(`SELECT a.id FROM atelier a JOIN candidature c ON c.id = a."candidatureId" WHERE c.reference = 'ADT-2023-00002'`);
  await seConnecterComme(page, { role: "agent", codeDepartement: "53" });
  await page.goto(`/ateliers/${atelier!.id}`);
  const section = page.getByRole("region", { name: "Ateliers in situ" });
  await expect(section.getByText("2 ateliers in situ, du plus ancien au plus récent.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Balade urbaine et atelier avec les habitants" }).getByText("30 participants")).toBeVisible();
  await expect(page.getByRole("region", { name: "Atelier de stratégie : le centre-bourg en 2035" }).getByText("22 juin 2023 à 18 h 30", { exact: false })).toBeVisible();
  await expect(section.getByText("La phase d'animation est validée : ses ateliers in situ ne changent plus.", { exact: false })).toBeVisible();
  await expect(section.getByRole("group", { name: "Enregistrer un atelier in situ" })).toHaveCount(0);
  const ensemble = page.getByRole("region", { name: "Coûts" }).getByRole("table", { name: "Vue d'ensemble" });
  await expect.poll(async () => espaces(await ensemble.locator("tfoot").textContent())).toContain("20 893,30 €");
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  await capturer(page, "ateliers-in-situ-andouille-1280");
  await page.setViewportSize(TELEPHONE);
  await sansDefilementLateral(page);
  await verifierAccessibilite(page);
  await capturer(page, "ateliers-in-situ-andouille-390");
});
