// Le « Done when » de l'issue 14, dans Chromium, comme le feraient de nouveaux utilisateurs : sur
// l'atelier d'une commune des Coëvrons retenue par la DGALN, la DDT de la Mayenne renseigne le
// contrat et l'équipe, démarre l'appropriation, dépose la synthèse ; les deux co-pilotes valident.
// Elle enregistre un atelier in situ avec une image de support et des frais matériels, dépose le
// livrable final de la restitution ; la DGALN le rend publiable et il paraît sur la page publique ;
// la carte nationale montre la Mayenne avec ses ateliers. Une phase ne se soumet pas sans son
// livrable. Une autre collectivité ne voit pas l'atelier. axe-core à chaque page ; 1280 et 390 px.
import sharp from "sharp";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { examinerAuxDeuxLargeurs } from "./helpers/mise-en-page";
import { demarrer, deposerLivrable, regionPhase, soumettre, valider } from "./helpers/phases";

const COEVRONS = "200033298";
const espaces = (t: string | null) => (t ?? "").replace(/[\u00a0\u202f]/g, " ");
const ORDINATEUR = { width: 1280, height: 800 };

test("un atelier des Coëvrons de bout en bout : contrat, trois phases validées, atelier in situ et frais, livrable publié, carte nationale", async ({
  page,
  browser,
  connecter,
  creerUtilisateur,
  communeLibre,
  preparerCandidature,
}) => {
  test.setTimeout(600_000);
  const c = await preparerCandidature({ retenue: true, epci: COEVRONS });
  const { agent, maire, signataireEtat } = c.utilisateurs;
  const fiche = `/ateliers/${c.atelierId}`;

  const examiner = (nom: string) => examinerAuxDeuxLargeurs(page, nom);

  await test.step("la DDT renseigne le contrat et l'équipe ; une saisie fautive est refusée en français", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    // Le périmètre de la candidature : la commune, dépliée au clavier.
    await page.getByText("1 commune", { exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(`${c.commune} (${c.codeInsee})`, { exact: true })).toBeVisible();
    await expect(page.getByText("L'équipe n'est pas encore désignée : renseignez-la avec le contrat, une fois le marché passé.")).toBeVisible();
    await page.getByRole("link", { name: "Renseigner le contrat et l'équipe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renseigner le contrat et l'équipe");
    await expect(page.getByLabel("Type de contrat")).toHaveValue("bon_de_commande");
    await page.getByLabel("Référence du contrat").fill("Bon de commande n° 2026-53-04");
    await page.getByLabel("Montant de l'équipe, en euros (pris en charge par la DGALN)").fill("vingt mille");
    await page.getByLabel("Structure 1 : nom").fill("Atelier d'architecture et d'urbanisme");
    await page.getByLabel("Structure 1 : disciplines").fill("architecture, urbanisme, paysage");
    await page.getByRole("button", { name: "Enregistrer le contrat et l'équipe" }).click();
    await expect(page.getByText("Indiquez le montant en euros, en chiffres, sans centimes (par exemple 20 000).")).toBeVisible();
    await examiner("parcours-1-contrat-refuse");
    await page.getByLabel("Montant de l'équipe, en euros (pris en charge par la DGALN)").fill("20 000");
    await page.getByRole("button", { name: "Ajouter une structure" }).click();
    await page.getByLabel("Structure 2 : rôle").selectOption("cotraitant");
    await page.getByLabel("Structure 2 : nom").fill("Bureau d'études en économie territoriale");
    await page.getByLabel("Structure 2 : disciplines").fill("économie");
    await page.getByLabel("Structure 2 : contact (facultatif)").fill("Léa Martin, lea.martin@bet.example");
    await page.getByRole("button", { name: "Enregistrer le contrat et l'équipe" }).click();
    await expect(page.getByText("Le contrat et l'équipe sont enregistrés")).toBeVisible();
    await expect(page.getByText("Bon de commande n° 2026-53-04", { exact: true })).toBeVisible();
    await expect(page.getByText(/^20\s000\s€$/)).toBeVisible();
    const equipe = page.getByRole("region", { name: "Équipe" });
    await expect(equipe).toContainText("Atelier d'architecture et d'urbanisme — Mandataire");
    await expect(equipe).toContainText("Bureau d'études en économie territoriale — Co-traitant");
    await expect(equipe).toContainText("Contact : Léa Martin, lea.martin@bet.example");
  });

  await test.step("la DDT démarre l'appropriation ; sans la synthèse, elle ne peut pas la soumettre ; elle la dépose et soumet", async () => {
    await demarrer(page, "Appropriation");
    const soumettreBouton = regionPhase(page, "Appropriation").getByRole("button", { name: "Soumettre à validation" });
    await expect(soumettreBouton).toBeDisabled();
    await expect(soumettreBouton).toHaveAccessibleDescription(
      "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
    );
    await deposerLivrable(page, "Appropriation", { titre: "Synthèse des enjeux des Coëvrons", nomFichier: "synthese-enjeux-coevrons.pdf" });
    await soumettre(page, "Appropriation");
    await examiner("parcours-2-appropriation-soumise");
  });

  await test.step("le maire puis la signataire de la DDT valident l'appropriation", async () => {
    await connecter(page, maire);
    await page.goto(fiche);
    await valider(page, "Appropriation", "la collectivité", false);
    await connecter(page, signataireEtat);
    await page.goto(fiche);
    await valider(page, "Appropriation", "le service de l'État", true);
    await examiner("parcours-3-appropriation-validee");
  });

  const seance = "Diagnostic partagé des Coëvrons";
  await test.step("la DDT démarre l'animation, enregistre un atelier in situ avec une image de support et deux frais", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    await demarrer(page, "Animation");
    const section = page.getByRole("region", { name: "Ateliers in situ" });
    const formulaire = section.getByRole("group", { name: "Enregistrer un atelier in situ" });
    await formulaire.getByLabel("Titre").fill(seance);
    await formulaire.getByLabel("Date et heure de début").fill("2026-12-03T18:30");
    await formulaire.getByLabel("Lieu").fill("Salle des fêtes");
    await formulaire.getByLabel("Thème").selectOption({ label: "Diagnostic et enjeux" });
    await section.getByLabel("Élus").fill("8");
    await section.getByLabel("Techniciens").fill("4");
    await section.getByLabel("Habitants").fill("30");
    await section.getByLabel("Compte rendu (facultatif)").fill("Les participants ont partagé trois enjeux : le foncier productif, les bourgs, les mobilités.");
    await section.getByRole("button", { name: "Enregistrer l'atelier in situ" }).click();
    await expect(section.getByRole("status").filter({ hasText: "est enregistré" })).toBeVisible();
    const carte = page.getByRole("region", { name: seance });
    await expect(carte.getByText("42 participants")).toBeVisible();

    const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#000091" } }).png().toBuffer();
    await carte.getByLabel(/Ajouter un support/).setInputFiles({ name: "carte des enjeux.png", mimeType: "image/png", buffer: png });
    await carte.getByRole("button", { name: "Déposer le support" }).click();
    await expect(carte.getByRole("status").filter({ hasText: "Support « carte des enjeux.png » déposé." })).toBeVisible({ timeout: 45_000 });
    await expect(carte.locator("img")).toBeVisible();

    await carte.getByRole("button", { name: `Ajouter un frais matériel à « ${seance} »` }).click();
    const frais = carte.getByRole("group", { name: /Ajouter un frais matériel/ });
    for (const [libelle, nature, montant] of [
      ["Location de la salle des fêtes", "Location de salle", "350"],
      ["Repas des participants", "Restauration", "612,40"],
    ] as const) {
      await frais.getByLabel("Libellé").fill(libelle);
      await frais.getByLabel("Nature").selectOption({ label: nature });
      await frais.getByLabel("Montant en euros, toutes taxes comprises").fill(montant);
      await frais.getByRole("button", { name: "Ajouter le frais" }).click();
      await expect(carte.getByRole("cell", { name: new RegExp(`^${libelle}`) })).toBeVisible();
    }
    await expect.poll(async () => espaces(await carte.getByRole("table", { name: /Frais matériels de/ }).locator("tfoot").textContent())).toContain("962,40 €");
    // Coûts de l'atelier : l'équipe (20 000 €, DGALN) et les frais (962,40 €, collectivité).
    await expect
      .poll(async () => espaces(await page.getByRole("region", { name: "Coûts" }).getByRole("table", { name: "Vue d'ensemble" }).locator("tfoot").textContent()))
      .toContain("20 962,40 €");
    await examiner("parcours-4-atelier-in-situ");
    // Le compte rendu suffit à l'animation (décision 031) : elle se soumet et se valide.
    await soumettre(page, "Animation");
    await connecter(page, maire);
    await page.goto(fiche);
    await valider(page, "Animation", "la collectivité", false);
    await connecter(page, signataireEtat);
    await page.goto(fiche);
    await valider(page, "Animation", "le service de l'État", true);
  });

  await test.step("la DDT démarre la restitution et dépose la feuille de route ; les deux co-pilotes valident", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    await demarrer(page, "Restitution");
    await deposerLivrable(page, "Restitution", { titre: "Feuille de route des Coëvrons", nomFichier: "feuille-de-route-coevrons.pdf", type: "feuille_de_route" });
    await soumettre(page, "Restitution");
    await connecter(page, maire);
    await page.goto(fiche);
    await valider(page, "Restitution", "la collectivité", false);
    await connecter(page, signataireEtat);
    await page.goto(fiche);
    await valider(page, "Restitution", "le service de l'État", true);
  });

  await test.step("la DGALN rend la feuille de route publiable ; un visiteur la trouve sur « Ateliers réalisés »", async () => {
    await connecter(page, await creerUtilisateur({ role: "referent" }, { prenom: "Inès", nom: "Référente" }));
    await page.goto(fiche);
    const restitution = regionPhase(page, "Restitution");
    await restitution.getByRole("button", { name: "Rendre publiable" }).click();
    await restitution.getByRole("group", { name: "Publier « Feuille de route des Coëvrons » ?" }).getByRole("button", { name: "Rendre publiable" }).click();
    await expect(restitution.getByText("Publié", { exact: true })).toBeVisible();

    const visiteur = await browser.newContext({ viewport: ORDINATEUR });
    const p = await visiteur.newPage();
    await p.goto("/ateliers-realises?format=flash&region=52");
    const article = p.getByRole("article", { name: new RegExp(c.commune) });
    await expect(article).toContainText("Mayenne — Pays de la Loire");
    const lien = article.getByRole("link", { name: /^Feuille de route : Feuille de route des Coëvrons/ });
    expect((await p.request.get((await lien.getAttribute("href"))!)).headers()["content-type"]).toBe("application/pdf");
    await verifierAccessibilite(p);
    await visiteur.close();
  });

  await test.step("la carte nationale de la DGALN montre la Mayenne avec ses ateliers", async () => {
    await page.goto("/ateliers");
    await page.getByRole("link", { name: "Carte et statistiques nationales" }).click();
    const mayenne = page.locator('svg a[aria-label^="Mayenne (53)"]');
    await expect(mayenne).toHaveAttribute("aria-label", /^Mayenne \(53\) : \d+ ateliers — voir la liste$/);
    const ligne = page
      .getByRole("table", { name: "Tableau des données : ateliers par département" })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Mayenne (53)" }) });
    expect(Number(await ligne.getByRole("cell").innerText())).toBeGreaterThanOrEqual(3);
    await examiner("parcours-5-carte");
  });

  await test.step("une autre collectivité ne voit ni l'atelier ni sa page de contrat : 404", async () => {
    const voisine = await communeLibre();
    await connecter(page, await creerUtilisateur({ role: "signataire", organisationId: voisine.id }));
    expect((await page.goto(fiche))?.status()).toBe(404);
    expect((await page.goto(`${fiche}/contrat`))?.status()).toBe(404);
  });
});
