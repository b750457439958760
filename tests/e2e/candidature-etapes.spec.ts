// La candidature telle que ses porteurs la vivent (issue 9, points 3, 4, 6, 7, 13) : chacun lit la
// prochaine étape et qui doit agir ; signer et déposer demandent une confirmation et disent ce qui
// s'est passé ; « Relire et signer » disparaît pour qui a signé ; une commune sans compte ne bloque
// plus la candidature ; « Nouvelle candidature » n'est offerte qu'à qui peut créer. Chaque test
// prépare ses propres données (fixtures), à 1280 px et à 390 px.
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { verifierAccessibilite } from "./helpers/axe";
import { LARGEURS } from "./helpers/mise-en-page";
import { expect, test } from "./helpers/fixtures";

for (const { nom, viewport } of LARGEURS) {
  test.describe(`sur ${nom}`, () => {
    test.use({ viewport });

    test("signer puis déposer : prochaine étape, confirmation, message, bouton retiré après la signature", async ({ page, browser, connecter, preparerCandidature }) => {
      const c = await preparerCandidature();
      const { maire, membre, signataireEtat } = c.utilisateurs;
      const fiche = `/candidatures/${c.id}`;
      const etape = page.getByRole("heading", { level: 2 }).first();

      // Le maire : c'est à lui de signer.
      await connecter(page, maire);
      await page.goto(fiche);
      await expect(page.getByRole("heading", { level: 2, name: "À vous : relire et signer la candidature" })).toBeVisible();
      await verifierAccessibilite(page);
      await page.getByRole("link", { name: "Relire et signer" }).click();
      await page.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
      const confirmation = page.getByRole("group", { name: `Confirmez-vous votre signature pour ${c.commune} ?` });
      await expect(confirmation).toBeVisible();
      await expect(confirmation.getByText(`Confirmez-vous votre signature pour ${c.commune} ?`)).toBeFocused();
      // Annuler ne signe pas et rend le bouton.
      await confirmation.getByRole("button", { name: "Annuler" }).click();
      await expect(page.getByRole("button", { name: "Signer pour la collectivité principale" })).toBeFocused();
      await page.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
      await page.getByRole("button", { name: "Confirmer la signature" }).click();
      await page.waitForURL(new RegExp(`${fiche}\\?signature=collectivite$`));
      await expect(page.getByText(`Votre signature pour ${c.commune} est enregistrée.`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: "En attente de la signature d'un signataire de la DDT de la Mayenne" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Relire et signer" })).toHaveCount(0);
      await verifierAccessibilite(page);

      // Le membre de la commune, qui ne signe pas, lit la même attente.
      const pageMembre = await (await browser.newContext({ viewport })).newPage();
      await connecter(pageMembre, membre);
      await pageMembre.goto(fiche);
      await expect(pageMembre.getByRole("heading", { level: 2, name: "En attente de la signature d'un signataire de la DDT de la Mayenne" })).toBeVisible();

      // La signataire de la DDT signe avec son avis, puis c'est à elle de déposer.
      const pageDdt = await (await browser.newContext({ viewport })).newPage();
      await connecter(pageDdt, signataireEtat);
      await pageDdt.goto(fiche);
      await expect(pageDdt.getByRole("heading", { level: 2, name: "À vous : relire et signer la candidature" })).toBeVisible();
      await pageDdt.getByRole("link", { name: "Relire et signer" }).click();
      await pageDdt.getByText("Avis favorable").click();
      await pageDdt.getByRole("button", { name: "Signer pour le service de l'État" }).click();
      await pageDdt.getByRole("button", { name: "Confirmer la signature" }).click();
      await expect(pageDdt.getByText("Votre signature pour DDT de la Mayenne est enregistrée.")).toBeVisible();
      await expect(pageDdt.getByRole("heading", { level: 2, name: "À vous : déposer la candidature" })).toBeVisible();

      // Le maire voit qui dépose.
      await page.reload();
      await expect(etape).toHaveText("En attente du dépôt par un signataire de la DDT de la Mayenne");

      await pageDdt.getByRole("button", { name: "Déposer la candidature" }).click();
      await expect(pageDdt.getByRole("group", { name: `Déposer la candidature ${c.reference} auprès de la DGALN ?` })).toBeVisible();
      await pageDdt.getByRole("button", { name: "Confirmer le dépôt" }).click();
      await expect(pageDdt.getByText("La candidature est déposée : le récépissé est téléchargeable ci-dessous")).toBeVisible();
      await expect(pageDdt.getByRole("heading", { level: 2, name: "En attente de l'examen de recevabilité par la DGALN" })).toBeVisible();
      await expect(pageDdt.getByRole("link", { name: /Télécharger le récépissé de dépôt/ })).toBeVisible();
      await verifierAccessibilite(pageDdt);
    });

    test("une commune sans compte : la DDT l'apprend et invite son signataire", async ({ page, connecter, preparerCandidature }) => {
      const c = await preparerCandidature({ communeSansCompte: true });
      await connecter(page, c.utilisateurs.agent);
      await page.goto(`/candidatures/${c.id}`);
      await expect(page.getByText(`${c.commune} n'a encore aucun signataire sur la plateforme : invitez-en un.`)).toBeVisible();
      const formulaire = page.getByRole("form", { name: `Inviter un signataire pour ${c.commune}` });
      await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
      await expect(formulaire.getByText("Indiquez une adresse électronique.")).toBeVisible();
      await formulaire.getByLabel("Adresse électronique du signataire").fill("maire@commune-sans-compte.example");
      await formulaire.getByRole("button", { name: "Envoyer l'invitation" }).click();
      await expect(page.getByText("maire@commune-sans-compte.example a reçu un lien")).toBeVisible();
      await verifierAccessibilite(page);
    });
  });
}

test("« Nouvelle candidature » n'est offerte qu'aux porteurs ; la connexion mène au travail de chacun", async ({ page, browser, seConnecterComme }) => {
  // Un référent arrive sur les candidatures ; un juré sans autre rôle, sur ses évaluations.
  for (const [role, espace, titre] of [
    ["jure", /\/jury$/, "Mes évaluations"],
    ["referent", /\/candidatures$/, "Mes candidatures"],
  ] as const) {
    const p = await (await browser.newContext()).newPage();
    await seConnecterComme(p, { role });
    await p.goto("/mon-espace");
    await expect(p).toHaveURL(espace);
    await expect(p.getByRole("heading", { level: 1, name: titre })).toBeVisible();
    await p.goto("/candidatures");
    await expect(p.getByRole("link", { name: "Nouvelle candidature" })).toHaveCount(0);
    await p.goto("/candidatures/nouvelle");
    await expect(p.getByRole("heading", { level: 2, name: "Une candidature est créée par ses porteurs" })).toBeVisible();
    await expect(p.getByRole("button", { name: "Créer la candidature" })).toHaveCount(0);
  }
  await seConnecterComme(page, { role: "agent", codeDepartement: "53" });
  await page.goto("/candidatures");
  await expect(page.getByRole("link", { name: "Nouvelle candidature" })).toBeVisible();
});

test("pièces d'une candidature signée : retirer ou joindre demande confirmation en nommant qui devra signer de nouveau ; le champ se vide après l'envoi", async ({ page, connecter, preparerCandidature }) => {
  const c = await preparerCandidature({ signatures: ["collectivite"] });
  await connecter(page, c.utilisateurs.membre);
  await page.goto(`/candidatures/${c.id}/modifier`);
  const pieces = page.getByRole("region", { name: "Pièces jointes" });

  // Le maire a signé : retirer une pièce annule sa signature, et la confirmation le dit.
  await pieces.getByRole("button", { name: "Retirer cette pièce" }).first().click();
  const confirmation = pieces.getByRole("group", { name: /^Retirer « .+\.pdf » de la candidature \?$/ });
  await expect(confirmation).toContainText(`la collectivité (${c.commune}) devra signer de nouveau`);
  await verifierAccessibilite(page);
  await confirmation.getByRole("button", { name: "Retirer la pièce" }).click();
  await expect(pieces.getByRole("button", { name: "Retirer cette pièce" })).toHaveCount(2);

  // Sur une autre candidature signée par les deux parties : joindre une pièce demande confirmation,
  // puis le champ se vide (un second clic n'envoie pas de doublon).
  const d = await preparerCandidature({ signatures: ["collectivite", "etat"] });
  await connecter(page, d.utilisateurs.membre);
  await page.goto(`/candidatures/${d.id}/modifier`);
  await pieces.getByLabel("Type de pièce").selectOption("autre");
  const champ = pieces.getByLabel("Fichier", { exact: false }).last();
  await champ.setInputFiles({ name: "annexe.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Annexe"]) });
  await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
  const jointe = pieces.getByRole("group", { name: "Joindre « annexe.pdf » à la candidature ?" });
  await expect(jointe).toContainText(`la collectivité (${d.commune}) et le service de l'État (DDT de la Mayenne) devront signer de nouveau`);
  await jointe.getByRole("button", { name: "Joindre la pièce" }).click();
  await expect(pieces.getByText("« annexe.pdf » : pièce jointe enregistrée.")).toBeVisible();
  await expect(champ).toHaveValue("");
  await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
  await expect(pieces.getByText("Choisissez le fichier à joindre.")).toBeVisible();
  await expect(pieces.getByRole("link", { name: /annexe\.pdf/ })).toHaveCount(1);
});

test("le plan du site mène aux pages de l'espace connecté", async ({ page }) => {
  await page.goto("/plan-du-site");
  for (const nom of ["Mes candidatures", "Nouvelle candidature", "Mon compte", "Administration des organisations"]) {
    await expect(page.getByRole("main").getByRole("link", { name: nom })).toBeVisible();
  }
});
