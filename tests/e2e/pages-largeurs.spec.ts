// Toutes les pages, pour chaque rôle qui les atteint, à 1280 px et à 390 px : aucune violation
// axe-core, aucun défilement de côté, aucun code ni valeur d'énumération affichés (issue 9, « Done
// when »). Chaque rôle est un utilisateur neuf ; la candidature est préparée par les vrais cas d'usage.
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { sansDefilementLateral } from "./helpers/mise-en-page";

const LARGEURS = [
  { nom: "1280 px", viewport: { width: 1280, height: 900 } },
  { nom: "390 px", viewport: { width: 390, height: 844 } },
];

/** Des valeurs d'énumération ou des codes qui ne doivent jamais atteindre l'écran. */
const CODES = /\b(en_instruction|a_corriger|non_retenue|signataire_etat|note_opportunite|courrier_soutien|decision\.|candidature\.|signature\.|piece\.|R[1-8]_[A-Z_]+)\b/;

async function verifierPage(page: Page, chemin: string) {
  await page.goto(chemin);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await verifierAccessibilite(page);
  await sansDefilementLateral(page);
  const texte = await page.getByRole("main").innerText();
  expect(texte.match(CODES)?.[0] ?? null, `code affiché sur ${chemin}`).toBeNull();
}

// Un test parcourt des dizaines de pages avec axe-core : une minute ou plus sur une machine chargée.
test.describe.configure({ timeout: 300_000 });

for (const { nom, viewport } of LARGEURS) {
  test.describe(`à ${nom}`, () => {
    test.use({ viewport });

    test("pages publiques", async ({ page }) => {
      for (const chemin of ["/", "/connexion", "/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles"]) await verifierPage(page, chemin);
    });

    test("pages de chaque rôle sur une même candidature", async ({ browser, connecter, seConnecterComme, preparerCandidature }) => {
      const c = await preparerCandidature({ signatures: ["collectivite"] });
      const { maire, membre, agent, signataireEtat } = c.utilisateurs;
      const fiche = `/candidatures/${c.id}`;
      const nouvellePage = async () => (await browser.newContext({ viewport })).newPage();
      const porteurs = [maire, membre, agent, signataireEtat];
      for (const u of porteurs) {
        const page = await nouvellePage();
        await connecter(page, u);
        for (const chemin of ["/candidatures", "/candidatures/nouvelle", fiche, `${fiche}/signer`, `${fiche}/modifier`, "/mon-compte"]) await verifierPage(page, chemin);
      }
      const maireMembres = await nouvellePage();
      await connecter(maireMembres, maire);
      await maireMembres.goto("/mon-compte");
      await maireMembres.getByRole("link", { name: "Voir les membres" }).first().click();
      await expect(maireMembres).toHaveURL(/\/organisations\/[0-9a-f-]{36}\/membres$/);
      await verifierPage(maireMembres, new URL(maireMembres.url()).pathname);

      for (const role of ["referent", "administrateur", "jure"] as const) {
        const page = await nouvellePage();
        await seConnecterComme(page, { role });
        for (const chemin of ["/candidatures", "/candidatures/nouvelle", "/mon-compte"]) await verifierPage(page, chemin);
        if (role !== "jure") await verifierPage(page, fiche);
        if (role === "administrateur") await verifierPage(page, "/admin/organisations");
      }
    });
  });
}
