// Les phases d'un atelier sur sa fiche (issue 14, décision 031), dans Chromium comme le feraient de
// nouveaux utilisateurs : sur l'atelier d'un flash retenu par la vraie décision de la DGALN, l'agent
// de la DDT démarre l'appropriation, ne peut pas la soumettre sans la synthèse (raison en français),
// dépose la synthèse (PDF) et soumet ; le maire valide, la signataire de la DDT valide → « Validée ».
// Un renvoi sans commentaire est refusé en français ; une autre collectivité reçoit 404 sur le
// livrable. axe-core à chaque état ; captures à 1280 et 390 px.
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { expect, test } from "./helpers/fixtures";
import { examinerAuxDeuxLargeurs } from "./helpers/mise-en-page";


test("appropriation : le pilote démarre, dépose la synthèse et soumet ; les deux co-pilotes valident", async ({
  page,
  connecter,
  creerUtilisateur,
  communeLibre,
  preparerCandidature,
}) => {
  test.setTimeout(360_000);
  const c = await preparerCandidature({ retenue: true });
  const { agent, maire, signataireEtat } = c.utilisateurs;
  const fiche = `/ateliers/${c.atelierId}`;
  const appropriation = page.getByRole("region", { name: /^Appropriation/ });

  /** axe, puis les deux largeurs, sans défilement latéral. */
  const examiner = (nom: string) => examinerAuxDeuxLargeurs(page, nom);

  await test.step("le pilote démarre la phase d'appropriation", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
    await expect(page.getByRole("heading", { level: 2, name: "Suivi des phases" })).toBeVisible();
    await expect(appropriation.getByText("Prochaine étape : À démarrer par le service de l'État pilote")).toBeVisible();
    await expect(appropriation.getByText("C'est à vous d'agir.")).toBeVisible();
    await examiner("phases-1-a-venir");
    await appropriation.getByRole("button", { name: "Démarrer la phase" }).click();
    const confirmation = appropriation.getByRole("group", { name: "Démarrer la phase d'appropriation ?" });
    await confirmation.getByRole("button", { name: "Démarrer la phase" }).click();
    await expect(appropriation.getByRole("status").first()).toHaveText("La phase d'appropriation est démarrée.");
    await expect(page.getByRole("region", { name: /^Appropriation En cours/ })).toBeVisible();
  });

  await test.step("sans la synthèse, « Soumettre à validation » est désactivé et dit pourquoi", async () => {
    const soumettre = appropriation.getByRole("button", { name: "Soumettre à validation" });
    await expect(soumettre).toBeDisabled();
    await expect(soumettre).toHaveAccessibleDescription(
      "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
    );
    await examiner("phases-2-en-cours-sans-livrable");
  });

  let lien = "";
  await test.step("le pilote dépose la synthèse des enjeux (PDF), puis soumet", async () => {
    await expect(appropriation.getByLabel("Type de livrable")).toHaveValue("synthese_enjeux");
    await appropriation.getByLabel("Titre").fill("Synthèse des enjeux du centre-bourg");
    await appropriation
      .getByLabel("Fichier du livrable", { exact: false })
      .setInputFiles({ name: "synthese-enjeux.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Synthèse des enjeux"]) });
    await appropriation.getByRole("button", { name: "Déposer le livrable" }).click();
    await expect(appropriation.getByRole("status").filter({ hasText: "déposé" })).toContainText(
      "« synthese-enjeux.pdf » : livrable « synthèse des enjeux » déposé dans la phase d'appropriation.",
    );
    const telecharger = appropriation.getByRole("link", { name: "synthese-enjeux.pdf" });
    await expect(telecharger).toBeVisible();
    lien = (await telecharger.getAttribute("href"))!;
    const reponse = await page.request.get(lien);
    expect(reponse.status()).toBe(200);
    expect(reponse.headers()["content-type"]).toBe("application/pdf");

    await appropriation.getByRole("button", { name: "Soumettre à validation" }).click();
    await appropriation.getByRole("group", { name: "Soumettre la phase d'appropriation à validation ?" }).getByRole("button", { name: "Soumettre à validation" }).click();
    await expect(appropriation.getByRole("status").first()).toContainText("La phase d'appropriation est soumise à validation");
    await expect(page.getByRole("region", { name: /^Appropriation À valider/ })).toBeVisible();
    await expect(appropriation.getByText("Prochaine étape : À valider par les deux co-pilotes")).toBeVisible();
    await examiner("phases-3-a-valider-pilote");
  });

  await test.step("le maire ne peut pas renvoyer sans commentaire, puis valide pour la collectivité", async () => {
    await connecter(page, maire);
    await page.goto(fiche);
    await expect(appropriation.getByText("C'est à vous d'agir.")).toBeVisible();
    await appropriation.getByRole("button", { name: "Renvoyer la phase" }).click();
    const renvoi = appropriation.getByRole("group", { name: "Renvoyer la phase d'appropriation au pilote ?" });
    await renvoi.getByRole("button", { name: "Renvoyer la phase" }).click();
    await expect(appropriation.getByText("Dites ce qu'il faut reprendre : le commentaire est transmis à l'autre co-pilote et au pilote.").first()).toBeVisible();
    await examiner("phases-4-renvoi-sans-commentaire");
    await renvoi.getByRole("button", { name: "Annuler" }).click();

    await appropriation.getByRole("button", { name: "Valider la phase" }).click();
    const validation = appropriation.getByRole("group", { name: "Valider la phase d'appropriation pour la collectivité ?" });
    await validation.getByLabel("Commentaire (facultatif)").fill("Synthèse claire et partagée.");
    await validation.getByRole("button", { name: "Valider la phase" }).click();
    await expect(appropriation.getByRole("status").first()).toContainText("Votre validation est enregistrée");
    await expect(appropriation.getByText(`Validée pour la collectivité par ${maire.nomComplet}`)).toBeVisible();
    await expect(appropriation.getByText("Prochaine étape : À valider par le second co-pilote")).toBeVisible();
    await examiner("phases-5-validee-par-la-collectivite");
  });

  await test.step("la signataire de la DDT valide : la phase est « Validée »", async () => {
    await connecter(page, signataireEtat);
    await page.goto(fiche);
    await appropriation.getByRole("button", { name: "Valider la phase" }).click();
    await appropriation.getByRole("group", { name: "Valider la phase d'appropriation pour le service de l'État ?" }).getByRole("button", { name: "Valider la phase" }).click();
    await expect(appropriation.getByRole("status").first()).toContainText("La phase d'appropriation est validée par les deux co-pilotes.");
    await expect(page.getByRole("region", { name: /^Appropriation Validée/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Les trois phases/ }).getByRole("row", { name: /Appropriation/ })).toContainText("Validée");
    await expect(page.getByRole("region", { name: /^Animation/ }).getByRole("button", { name: "Démarrer la phase" })).toBeEnabled();
    await examiner("phases-6-validee");
  });

  await test.step("une autre collectivité ne télécharge pas le livrable : 404, comme s'il n'existait pas", async () => {
    const voisine = await communeLibre();
    await connecter(page, await creerUtilisateur({ role: "signataire", organisationId: voisine.id }));
    expect((await page.request.get(lien)).status()).toBe(404);
    expect((await page.goto(fiche))?.status()).toBe(404);
  });
});
