// Toutes les pages, pour chaque rôle qui les atteint, à 1280 px et à 390 px : aucune violation
// axe-core, aucun défilement de côté, aucun code ni valeur d'énumération affichés (issue 9, « Done
// when »). Chaque rôle est un utilisateur neuf ; la candidature est préparée par les vrais cas d'usage.
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { LARGEURS, sansDefilementLateral } from "./helpers/mise-en-page";

/** Des valeurs d'énumération ou des codes qui ne doivent jamais atteindre l'écran. */
const CODES = /\b(en_preparation|a_venir|a_valider|marche_national|marche_subsequent|bon_de_commande|synthese_enjeux|en_instruction|a_corriger|non_retenue|liste_complementaire|en_deliberation|resultats_publies|signataire_etat|note_opportunite|courrier_soutien|decision\.|candidature\.|signature\.|piece\.|R[1-8]_[A-Z_]+)\b/;

async function verifierPage(page: Page, chemin: string) {
  await page.goto(chemin);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  const texte = await page.getByRole("main").innerText();
  expect(texte.match(CODES)?.[0] ?? null, `code affiché sur ${chemin}`).toBeNull();
}

/** La fiche de l'atelier des Coëvrons (données de démonstration, national 2023, Mayenne). */
async function ficheCoevrons(sql: (texte: string) => Promise<{ id: string }[]>): Promise<string> {
  const [a] = await sql(`SELECT a.id FROM atelier a JOIN candidature c ON c.id = a."candidatureId" WHERE c.reference = 'ADT-2023-00001'`);
  return `/ateliers/${a!.id}`;
}

// Les tests sont indépendants (chacun ses données) : ils tournent en parallèle.
test.describe.configure({ mode: "parallel" });

for (const { nom, viewport } of LARGEURS) {
  test.describe(`sur ${nom}`, () => {
    test.use({ viewport });

    test("pages publiques", async ({ page }) => {
      for (const chemin of ["/", "/connexion", "/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles"]) await verifierPage(page, chemin);
    });

    // Un test par rôle, en parallèle sur les deux processus de Playwright.
    for (const role of ["maire", "membre", "agent", "signataireEtat"] as const) {
      test(`pages d'un porteur (${role})`, async ({ page, connecter, preparerCandidature, sql }) => {
        const c = await preparerCandidature({ signatures: ["collectivite"] });
        const fiche = `/candidatures/${c.id}`;
        await connecter(page, c.utilisateurs[role]);
        for (const chemin of ["/candidatures", "/candidatures/nouvelle", fiche, `${fiche}/signer`, `${fiche}/modifier`, "/notifications", "/mon-compte"]) await verifierPage(page, chemin);
        await page.getByRole("link", { name: "Voir les membres" }).first().click();
        await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]{36}\/membres$/);
        await verifierPage(page, new URL(page.url()).pathname);
        if (role === "agent" || role === "signataireEtat") await verifierPage(page, "/instruction");
        // « Mes ateliers » : vide pour la commune neuve (il dit d'où viennent les ateliers), les
        // ateliers mayennais de démonstration pour la DDT, et la fiche des Coëvrons.
        await verifierPage(page, "/ateliers");
        if (role === "agent" || role === "signataireEtat") await verifierPage(page, await ficheCoevrons(sql));
      });
    }

    for (const role of ["referent", "administrateur", "jure"] as const) {
      test(`pages ${role === "jure" ? "d'un juré" : `d'un ${role} de la DGALN`}`, async ({ page, seConnecterComme, preparerCandidature, sql }) => {
        const c = await preparerCandidature();
        await seConnecterComme(page, { role });
        for (const chemin of ["/candidatures", "/candidatures/nouvelle", "/mon-compte", "/notifications"]) await verifierPage(page, chemin);
        if (role !== "jure") await verifierPage(page, `/candidatures/${c.id}`);
        if (role !== "jure") await verifierPage(page, "/instruction");
        if (role !== "jure") for (const chemin of ["/ateliers", await ficheCoevrons(sql)]) await verifierPage(page, chemin);
        if (role === "administrateur") for (const chemin of ["/admin/organisations", "/admin/sessions", "/admin/courriels"]) await verifierPage(page, chemin);
      });
    }
  });
}
