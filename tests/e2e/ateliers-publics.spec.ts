// Le livrable final publié (issue 14, décision 036), dans Chromium : sur l'atelier d'un flash retenu
// par la vraie décision de la DGALN, arrivé en restitution, le pilote dépose la feuille de route ; la
// référente DGALN la rend publiable (confirmation), le badge « Publié » paraît ; un visiteur non
// connecté la trouve sur « Ateliers réalisés » et la télécharge. Le maire ne voit pas le geste.
// axe-core sur la fiche et la page publique ; captures à 1280 et 390 px.
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, examinerAuxDeuxLargeurs, sansDefilementLateral } from "./helpers/mise-en-page";

const TELEPHONE = { width: 390, height: 844 };
const ORDINATEUR = { width: 1280, height: 800 };

test("la DGALN publie la feuille de route ; un visiteur la télécharge sur « Ateliers réalisés »", async ({ page, browser, connecter, creerUtilisateur, preparerCandidature, sql }) => {
  test.setTimeout(300_000);
  const c = await preparerCandidature({ retenue: true });
  const { agent, maire } = c.utilisateurs;
  const fiche = `/ateliers/${c.atelierId}`;
  // Les deux premières phases validées (leur parcours est celui de ateliers-phases.spec.ts) : la restitution est en cours.
  await sql(`UPDATE atelier SET statut = 'en_cours' WHERE id = $1`, [c.atelierId]);
  await sql(`UPDATE phase SET statut = 'validee', "debutReel" = '2026-03-02', "finReelle" = '2026-06-30' WHERE "atelierId" = $1 AND type IN ('appropriation', 'animation')`, [c.atelierId]);
  await sql(`UPDATE phase SET statut = 'en_cours', "debutReel" = '2026-07-01', "finPrevue" = '2026-12-18' WHERE "atelierId" = $1 AND type = 'restitution'`, [c.atelierId]);
  const [{ titre }] = (await sql<{ titre: string }>(`SELECT titre FROM atelier WHERE id = $1`, [c.atelierId])) as [{ titre: string }];
  const restitution = page.getByRole("region", { name: /^Restitution/ });

  const examiner = (nom: string) => examinerAuxDeuxLargeurs(page, nom);

  await test.step("le pilote dépose la feuille de route dans la restitution", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    await restitution.getByLabel("Type de livrable").selectOption("feuille_de_route");
    await restitution.getByLabel("Titre").fill("Feuille de route du centre-bourg");
    await restitution
      .getByLabel("Fichier du livrable", { exact: false })
      .setInputFiles({ name: "feuille-de-route.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Feuille de route du centre-bourg"]) });
    await restitution.getByRole("button", { name: "Déposer le livrable" }).click();
    await expect(restitution.getByRole("link", { name: "feuille-de-route.pdf" })).toBeVisible();
    // Le pilote ne publie pas : le geste est à la DGALN.
    await expect(restitution.getByRole("button", { name: "Rendre publiable" })).toHaveCount(0);
  });

  await test.step("la référente DGALN rend la feuille de route publiable, après confirmation", async () => {
    await connecter(page, await creerUtilisateur({ role: "referent" }, { prenom: "Inès", nom: "Référente" }));
    await page.goto(fiche);
    await restitution.getByRole("button", { name: "Rendre publiable" }).click();
    const confirmation = restitution.getByRole("group", { name: "Publier « Feuille de route du centre-bourg » ?" });
    await expect(confirmation).toContainText("téléchargeable par tous, sans connexion");
    await examiner("publication-1-confirmation");
    await confirmation.getByRole("button", { name: "Rendre publiable" }).click();
    await expect(restitution.getByRole("status").filter({ hasText: "publié" })).toHaveText(
      "« Feuille de route du centre-bourg » est publié : il paraît sur la page publique des ateliers réalisés.",
    );
    await expect(restitution.getByText("Publié", { exact: true })).toBeVisible();
    await expect(restitution.getByRole("button", { name: "Retirer de la publication" })).toBeVisible();
    await examiner("publication-2-publie-dgaln");
  });

  await test.step("le maire voit le badge « Publié », sans le geste", async () => {
    await connecter(page, maire);
    await page.goto(fiche);
    await expect(restitution.getByText("Publié", { exact: true })).toBeVisible();
    await expect(restitution.getByRole("button", { name: /publi/ })).toHaveCount(0);
    await examiner("publication-3-fiche-maire");
  });

  await test.step("un visiteur non connecté trouve l'atelier et télécharge la feuille de route", async () => {
    const visiteur = await browser.newContext({ viewport: ORDINATEUR });
    const p = await visiteur.newPage();
    await p.goto("/");
    await p.getByRole("link", { name: "Ateliers réalisés" }).first().click();
    await expect(p).toHaveURL("/ateliers-realises");
    await expect(p).toHaveTitle("Ateliers réalisés — Ateliers des territoires");
    await expect(p.getByRole("heading", { level: 1 })).toHaveText("Ateliers réalisés");
    await p.getByLabel("Format").selectOption({ label: "Atelier flash" });
    await p.getByLabel("Région").selectOption({ label: "Pays de la Loire" });
    await p.getByRole("button", { name: "Filtrer" }).click();
    await expect(p).toHaveURL(/format=flash/);
    const carte = p.getByRole("article", { name: titre });
    await expect(carte).toContainText(c.commune);
    await expect(carte).toContainText("Mayenne — Pays de la Loire");
    await expect(carte).toContainText("Début : 2 mars 2026");
    await expect(carte).toContainText("Fin prévue : 18 décembre 2026");
    const lien = carte.getByRole("link", { name: /^Feuille de route : Feuille de route du centre-bourg/ });
    const telechargement = p.waitForEvent("download");
    await lien.click();
    expect((await telechargement).suggestedFilename()).toBe("feuille-de-route.pdf");
    const reponse = await p.request.get((await lien.getAttribute("href"))!);
    expect(reponse.status()).toBe(200);
    expect(reponse.headers()["content-type"]).toBe("application/pdf");

    await verifierAccessibilite(p);
    await sansDefilementLateral(p);
    await capturer(p, "ateliers-realises-1280");
    await p.setViewportSize(TELEPHONE);
    await sansDefilementLateral(p);
    await verifierAccessibilite(p);
    await capturer(p, "ateliers-realises-390");

    // Un livrable non publié : même 404 qu'un identifiant inconnu.
    const [autre] = (await sql<{ id: string }>(`SELECT id FROM livrable WHERE publiable = false LIMIT 1`)) as [{ id: string } | undefined];
    if (autre) expect((await p.request.get(`/api/livrables-publics/${autre.id}`)).status()).toBe(404);
    expect((await p.request.get("/api/livrables-publics/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    await visiteur.close();
  });
});
