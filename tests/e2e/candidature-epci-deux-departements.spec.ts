// R4 de bout en bout pour un EPCI à cheval sur deux départements (issue 13, point 5 ; décision 026) :
// un membre de la CA Beaune Côte et Sud (siège en Côte-d'Or, communes en Saône-et-Loire) crée sa
// candidature en choisissant la DDT de Saône-et-Loire ; celle-ci la trouve dans son tableau et la
// rédige ; la DDT de la Côte-d'Or la trouve aussi et la lit seulement ; la DGALN change le service
// compétent. Accessibilité de chaque nouvel état, captures à 1280 et 390 px.
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";

const BEAUNE = "200006682";

/** Le tableau d'instruction de l'acteur connecté, cherché par référence ; ouvre la candidature. */
async function trouverDansLeTableau(page: Page, reference: string) {
  await page.goto("/instruction");
  const recherche = page.getByRole("search", { name: "Rechercher et filtrer les candidatures" });
  await recherche.getByLabel("Rechercher").fill(reference);
  await recherche.getByRole("button", { name: "Rechercher" }).click();
  const lien = page.getByRole("table", { name: "Candidatures à instruire" }).getByRole("link", { name: reference });
  await expect(lien).toBeVisible();
  await lien.click();
  await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}/);
}

test("CA Beaune Côte et Sud : le membre choisit la DDT de Saône-et-Loire, les deux DDT la trouvent, la DGALN change de service", async ({
  page,
  browser,
  sql,
  creerUtilisateur,
  connecter,
  serviceEtat,
}) => {
  test.setTimeout(180_000);
  const [beaune] = await sql<{ id: string; nom: string }>(`SELECT id::text AS id, nom FROM organisation WHERE siren = $1`, [BEAUNE]);
  // R7 : une seule candidature locale active par collectivité ; un passage précédent sur la même base la laisse.
  await sql(`UPDATE candidature SET statut = 'retiree', "retireeLe" = now() WHERE "collectivitePrincipaleId" = $1::uuid AND format = 'local' AND statut IN ('brouillon', 'signee')`, [
    beaune!.id,
  ]);
  const [ddt21, ddt71] = [await serviceEtat("21"), await serviceEtat("71")];
  const membre = await creerUtilisateur({ role: "membre", organisationId: beaune!.id }, { prenom: "Claire" });
  const agent71 = await creerUtilisateur({ role: "agent", codeDepartement: "71" }, { prenom: "Paul" });
  const agent21 = await creerUtilisateur({ role: "agent", codeDepartement: "21" }, { prenom: "Inès" });
  const referente = await creerUtilisateur({ role: "referent" }, { prenom: "Rose" });
  const pageDe = async (utilisateur: typeof membre, largeur = 1280) => {
    const p = await (await browser.newContext({ viewport: { width: largeur, height: largeur > 500 ? 800 : 844 } })).newPage();
    await connecter(p, utilisateur);
    return p;
  };

  // 1. Le membre crée la candidature : le choix du service apparaît, celui du siège coché.
  await connecter(page, membre);
  await page.goto("/candidatures/nouvelle");
  await page.waitForLoadState("load");
  await page.locator("label", { hasText: "Atelier local" }).click();
  const choix = page.getByRole("group", { name: /Service de l'État compétent/ });
  await expect(choix).toBeVisible();
  await expect(choix.getByRole("radio", { name: new RegExp(ddt21.nom) })).toBeChecked();
  await expect(choix.getByText("Côte-d'Or (21), département du siège")).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, "epci-creation-1280");
  await choix.locator("label", { hasText: ddt71.nom }).click();
  await expect(choix.getByRole("radio", { name: new RegExp(ddt71.nom) })).toBeChecked();
  await page.getByRole("button", { name: "Créer la candidature" }).and(page.locator(":enabled")).click();
  await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
  const fiche = new URL(page.url()).pathname;
  const reference = /ADT-\d{4}-\d{5}/.exec((await page.locator("header").filter({ hasText: "Candidature ADT-" }).first().textContent()) ?? "")![0];
  // La fiche dit aux porteurs qui est compétent et qui suit.
  const section = page.getByRole("region", { name: "Service de l'État compétent" });
  await expect(section).toContainText(`${ddt71.nom} est le service compétent`);
  await expect(section).toContainText(`${ddt21.nom} peut consulter la candidature et la suivre.`);
  await expect(section.getByRole("button", { name: "Changer de service compétent" })).toHaveCount(0);
  await verifierAccessibilite(page);

  // Sur téléphone : le choix du service tient dans la largeur.
  const mobile = await pageDe(membre, 390);
  await mobile.goto("/candidatures/nouvelle");
  await mobile.waitForLoadState("load");
  await mobile.locator("label", { hasText: "Atelier flash" }).click();
  await expect(mobile.getByRole("group", { name: /Service de l'État compétent/ })).toBeVisible();
  await sansDefilementLateral(mobile);
  await capturer(mobile, "epci-creation-390");

  // 2. La DDT de Saône-et-Loire (compétente) la trouve dans son tableau et peut la modifier.
  const p71 = await pageDe(agent71);
  await trouverDansLeTableau(p71, reference);
  await expect(p71.getByRole("link", { name: "Modifier la candidature" })).toBeVisible();
  await verifierAccessibilite(p71);

  // 3. La DDT de la Côte-d'Or (siège, non compétente) la trouve aussi, et la lit seulement.
  const p21 = await pageDe(agent21);
  await trouverDansLeTableau(p21, reference);
  await expect(p21.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(p21.getByRole("link", { name: "Modifier la candidature" })).toHaveCount(0);
  await verifierAccessibilite(p21);

  // 4. La DGALN change le service compétent, avec confirmation.
  const dgaln = await pageDe(referente);
  await dgaln.goto(fiche);
  const bloc = dgaln.getByRole("region", { name: "Service de l'État compétent" });
  await bloc.getByRole("button", { name: "Changer de service compétent" }).click();
  await expect(bloc.getByText("Changer de service compétent ?")).toBeFocused();
  await expect(bloc.getByText(`Nouveau service compétent : ${ddt21.nom}`)).toBeVisible();
  await verifierAccessibilite(dgaln);
  await capturer(dgaln, "epci-changement-1280");
  const dgalnMobile = await pageDe(referente, 390);
  await dgalnMobile.goto(fiche);
  await dgalnMobile.getByRole("button", { name: "Changer de service compétent" }).click();
  await sansDefilementLateral(dgalnMobile);
  await capturer(dgalnMobile, "epci-changement-390");
  await bloc.getByRole("button", { name: "Confirmer le changement" }).click();
  await expect(dgaln.getByText(`${ddt21.nom} est désormais le service de l'État compétent`)).toBeVisible();
  await expect(dgaln.getByRole("region", { name: "Service de l'État compétent" })).toContainText(`${ddt71.nom} peut consulter`);
  await verifierAccessibilite(dgaln);

  // La DDT de la Côte-d'Or rédige désormais ; celle de Saône-et-Loire suit.
  await p21.reload();
  await expect(p21.getByRole("link", { name: "Modifier la candidature" })).toBeVisible();
  await p71.reload();
  await expect(p71.getByRole("link", { name: "Modifier la candidature" })).toHaveCount(0);
});
