// La file durable des courriels vue par un administrateur DGALN : un courriel en échec (toutes ses
// tentatives épuisées) apparaît dans « Courriels en échec » ; « Relancer » le remet en file et le
// travailleur de l'application — démarré avec le serveur, sans SMTP ici — le remet à la boîte de
// développement : il quitte la liste. Un référent DGALN n'a pas accès à la page.
import { randomUUID } from "node:crypto";
import { verifierAccessibilite } from "./helpers/axe";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { expect, test } from "./helpers/fixtures";

test.describe("courriels en échec", () => {
  test("l'administrateur voit le courriel en échec, le relance, et le travailleur le remet", async ({ page, sql, seConnecterComme }) => {
    const destinataire = `injoignable.${Date.now()}@mairie.example`;
    const id = randomUUID();
    await sql(
      `INSERT INTO courriel (id, destinataire, sujet, texte, statut, tentatives, "derniereTentativeLe", erreur, categorie)
       VALUES ($1, $2, 'Candidature ADT-2026-000042 : corrections demandées', 'Bonjour', 'echec', 7, now(), '550 5.1.1 Adresse inconnue', 'notification')`,
      [id, destinataire],
    );
    await seConnecterComme(page, { role: "administrateur" });
    await page.goto("/admin/organisations");
    await page.getByRole("link", { name: "Courriels en échec" }).click();
    await expect(page).toHaveTitle("Courriels en échec — Ateliers des territoires");
    const ligne = page.getByRole("row").filter({ hasText: destinataire });
    await expect(ligne).toContainText("corrections demandées");
    await expect(ligne).toContainText("Notification");
    await expect(ligne).toContainText("7 essais");
    await expect(ligne).toContainText("550 5.1.1 Adresse inconnue");
    await verifierAccessibilite(page);
    await capturer(page, "admin-courriels-echec");
    await page.setViewportSize({ width: 390, height: 844 });
    await sansDefilementLateral(page);
    await capturer(page, "admin-courriels-echec-390");
    await page.setViewportSize({ width: 1280, height: 900 });

    await ligne.getByRole("button", { name: "Relancer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Relancé" })).toBeVisible();
    // Le travailleur (dans l'instance web) prend la tâche : le courriel quitte la liste des échecs.
    await expect(async () => {
      const [c] = await sql<{ statut: string }>(`SELECT statut FROM courriel WHERE id = $1`, [id]);
      expect(c?.statut).toBe("envoye");
    }).toPass({ timeout: 30_000 });
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: destinataire })).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("un référent DGALN n'y a pas accès", async ({ page, seConnecterComme }) => {
    await seConnecterComme(page, { role: "referent" });
    const reponse = await page.goto("/admin/courriels");
    expect(reponse?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  });
});
