// Notation par un juré, de bout en bout (issue 13, partie 2) : sur une session close, un juré trouve
// la candidature qui lui est confiée dans « Mes évaluations », note deux critères et enregistre un
// brouillon, voit le refus en français d'une soumission incomplète (sa saisie gardée), complète et
// soumet ; la page passe en lecture seule. Un second juré, affecté ailleurs, ne voit pas cette
// candidature. Contrôle axe-core à chaque état, captures à 1280 et 390 px.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { expect, test } from "./helpers/fixtures";

/** Le DSFR dessine le bouton radio sur son libellé : on clique le libellé de la note, comme l'usager. */
async function noter(page: Page, critere: string, note: number) {
  const groupe = page.getByRole("group", { name: `Note pour « ${critere} »` });
  await groupe.locator(`label[for$="-${note}"]`).click();
  await expect(groupe.getByRole("radio", { name: new RegExp(`^${note}`) })).toBeChecked();
}

test.describe("jury d'une session nationale", () => {
  test("un juré note en brouillon, voit le refus d'une soumission incomplète, soumet ; un autre juré ne voit rien", async ({
    page,
    sql,
    preparerCandidature,
    creerUtilisateur,
    connecter,
  }) => {
    test.setTimeout(120_000);
    const candidature = await preparerCandidature({ depot: true });
    const sessionId = randomUUID();
    const theme = `Session de jury ${Date.now()}`;
    await sql(
      `INSERT INTO session_ami (id, slug, theme, description, "ouvertureLe", "clotureLe", statut, "modifieLe")
       VALUES ($1, $2, $3, 'Session du parcours de jury.', now() - interval '60 days', now() - interval '1 day', 'cloturee', now())`,
      [sessionId, `jury-${sessionId.slice(0, 8)}`, theme],
    );
    const criteres = ["Pertinence du territoire", "Portage politique", "Mobilisation des acteurs"];
    for (const [ordre, libelle] of criteres.entries()) {
      await sql(`INSERT INTO critere_evaluation (id, "sessionId", libelle, poids, ordre) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), sessionId, libelle, [40, 30, 30][ordre], ordre]);
    }
    await sql(`UPDATE candidature SET "sessionId" = $1, format = 'national' WHERE id = $2`, [sessionId, candidature.id]);
    const jure = await creerUtilisateur({ role: "sans_appartenance" }, { prenom: "Inès", nom: "Durand" });
    const autre = await creerUtilisateur({ role: "sans_appartenance" }, { prenom: "Marc", nom: "Petit" });
    const [m1, m2] = [randomUUID(), randomUUID()];
    await sql(`INSERT INTO membre_jury (id, "sessionId", "utilisateurId") VALUES ($1, $2, $3), ($4, $2, $5)`, [m1, sessionId, jure.id, m2, autre.id]);
    await sql(`INSERT INTO affectation_jury (id, "membreJuryId", "candidatureId") VALUES ($1, $2, $3)`, [randomUUID(), m1, candidature.id]);
    try {
      await connecter(page, jure);
      await page.goto("/mon-espace");
      await expect(page).toHaveURL(/\/jury$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes évaluations");
      const carte = page.getByRole("listitem").filter({ hasText: candidature.reference });
      await expect(carte).toContainText("À noter");
      await verifierAccessibilite(page);
      await carte.getByRole("link").click();

      await expect(page.getByRole("heading", { level: 2, name: "Votre évaluation" })).toBeVisible();
      await noter(page, "Pertinence du territoire", 4);
      await page.getByLabel("Commentaire sur « Pertinence du territoire » (facultatif)").fill("Enjeux bien posés, périmètre cohérent.");
      await noter(page, "Portage politique", 3);
      await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
      await expect(page.getByText("Brouillon enregistré")).toBeVisible();
      await expect(page.getByText("2 critère(s) noté(s) sur 3.")).toBeVisible();
      await verifierAccessibilite(page);

      await page.getByRole("button", { name: "Soumettre l'évaluation" }).click();
      await page.getByRole("button", { name: "Confirmer la soumission" }).click();
      await expect(page.getByText("Notez chaque critère avant de soumettre : il manque « Mobilisation des acteurs ». Votre saisie est gardée.")).toBeVisible();
      await expect(page.getByLabel("Commentaire sur « Pertinence du territoire » (facultatif)")).toHaveValue("Enjeux bien posés, périmètre cohérent.");
      await capturer(page, "jury-evaluation-refus");

      await noter(page, "Mobilisation des acteurs", 5);
      await page.getByRole("button", { name: "Soumettre l'évaluation" }).click();
      await page.getByRole("button", { name: "Confirmer la soumission" }).click();
      await expect(page.getByText(/Évaluation soumise le .+ : elle ne se modifie plus\./)).toBeVisible();
      await expect(page.getByText("Mobilisation des acteurs (30 %) : 5 sur 5")).toBeVisible();
      await verifierAccessibilite(page);
      await capturer(page, "jury-evaluation-soumise");
      await page.setViewportSize({ width: 390, height: 844 });
      await sansDefilementLateral(page);
      await capturer(page, "jury-evaluation-soumise-390");
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/jury");
      await expect(page.getByRole("listitem").filter({ hasText: candidature.reference })).toContainText("Soumise");

      // L'autre juré : rien ne lui est confié, et l'adresse directe répond comme une page inexistante.
      await page.context().clearCookies();
      await connecter(page, autre);
      await page.goto("/jury");
      await expect(page.getByText("Aucune candidature ne vous est confiée pour l'instant.", { exact: false })).toBeVisible();
      const reponse = await page.goto(`/jury/${candidature.id}`);
      expect(reponse?.status()).toBe(404);
    } finally {
      await sql(`DELETE FROM session_ami WHERE id = $1`, [sessionId]);
    }
  });

  test("l'administrateur compose le jury d'une session close et répartit les candidatures", async ({ page, sql, preparerCandidature, seConnecterComme }) => {
    test.setTimeout(120_000);
    const candidature = await preparerCandidature({ depot: true });
    const sessionId = randomUUID();
    const theme = `Session à répartir ${Date.now()}`;
    await sql(
      `INSERT INTO session_ami (id, slug, theme, description, "ouvertureLe", "clotureLe", statut, "modifieLe")
       VALUES ($1, $2, $3, 'Session du parcours de répartition.', now() - interval '60 days', now() - interval '1 day', 'cloturee', now())`,
      [sessionId, `repartition-${sessionId.slice(0, 8)}`, theme],
    );
    await sql(`INSERT INTO critere_evaluation (id, "sessionId", libelle, poids, ordre) VALUES ($1, $2, 'Pertinence', 100, 0)`, [randomUUID(), sessionId]);
    await sql(`UPDATE candidature SET "sessionId" = $1, format = 'national' WHERE id = $2`, [sessionId, candidature.id]);
    try {
      await seConnecterComme(page, { role: "administrateur" });
      await page.goto(`/admin/sessions/${sessionId}`);
      await page.getByRole("link", { name: "Jury et répartition des candidatures" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Jury de la session « ${theme} »`);
      await expect(page.getByText("Le jury n'a encore aucun membre.")).toBeVisible();
      await verifierAccessibilite(page);

      await page.getByRole("button", { name: "Répartir automatiquement" }).click();
      await expect(page.getByText("Le jury n'a encore aucun membre : ajoutez les jurés avant de répartir les candidatures.")).toBeVisible();

      const email = `jure.${Date.now()}@universite.example`;
      await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
      await page.getByRole("button", { name: "Ajouter au jury" }).click();
      await expect(page.getByText("Indiquez une adresse électronique valide, par exemple prenom.nom@exemple.fr.")).toBeVisible();
      await page.getByLabel("Adresse électronique").fill(email);
      await page.getByLabel("Prénom (facultatif)", { exact: true }).fill("Inès");
      await page.getByLabel("Nom (facultatif)", { exact: true }).fill("Durand");
      await page.getByRole("button", { name: "Ajouter au jury" }).click();
      await expect(page.getByText(`Un compte a été créé pour ${email}`)).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Inès Durand" })).toBeVisible();

      await page.getByLabel("Jurés par candidature").fill("1");
      await page.getByRole("button", { name: "Répartir automatiquement" }).click();
      await expect(page.getByText("1 affectation ajoutée")).toBeVisible();
      await expect(page.getByText("Chaque juré évalue 1 candidature.")).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Inès Durand" })).toContainText("0 sur 1");
      await verifierAccessibilite(page);
      await capturer(page, "jury-administration");
      await page.setViewportSize({ width: 390, height: 844 });
      await sansDefilementLateral(page);
      await capturer(page, "jury-administration-390");
    } finally {
      await sql(`DELETE FROM session_ami WHERE id = $1`, [sessionId]);
    }
  });
});
