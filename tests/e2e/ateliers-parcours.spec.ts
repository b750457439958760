// Le « Done when » de l'issue 14, dans Chromium, comme le feraient de nouveaux utilisateurs : sur
// l'atelier d'une commune des Coëvrons retenue par la DGALN, la DDT de la Mayenne renseigne le
// contrat et l'équipe, démarre l'appropriation, dépose la synthèse ; les deux co-pilotes valident.
// Une phase ne se soumet pas sans son livrable. Une autre collectivité ne voit pas l'atelier.
// axe-core à chaque page ; captures à 1280 et 390 px.
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { demarrer, deposerLivrable, regionPhase, soumettre, valider } from "./helpers/phases";

const COEVRONS = "200033298";
const TELEPHONE = { width: 390, height: 844 };
const ORDINATEUR = { width: 1280, height: 800 };

test("un atelier des Coëvrons de bout en bout : contrat, phases validées par les deux co-pilotes", async ({
  page,
  connecter,
  creerUtilisateur,
  communeLibre,
  preparerCandidature,
}) => {
  test.setTimeout(480_000);
  const c = await preparerCandidature({ retenue: true, epci: COEVRONS });
  const { agent, maire, signataireEtat } = c.utilisateurs;
  const fiche = `/ateliers/${c.atelierId}`;

  async function examiner(nom: string) {
    await verifierAccessibilite(page);
    await sansDefilementLateral(page);
    await capturer(page, `${nom}-1280`);
    await page.setViewportSize(TELEPHONE);
    await sansDefilementLateral(page);
    await verifierAccessibilite(page);
    await capturer(page, `${nom}-390`);
    await page.setViewportSize(ORDINATEUR);
  }

  await test.step("la DDT renseigne le contrat et l'équipe ; une saisie fautive est refusée en français", async () => {
    await connecter(page, agent);
    await page.goto(fiche);
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

  await test.step("une autre collectivité ne voit ni l'atelier ni sa page de contrat : 404", async () => {
    const voisine = await communeLibre();
    await connecter(page, await creerUtilisateur({ role: "signataire", organisationId: voisine.id }));
    expect((await page.goto(fiche))?.status()).toBe(404);
    expect((await page.goto(`${fiche}/contrat`))?.status()).toBe(404);
  });
});
