// Recevabilité (issue 11), comme la vivent de nouveaux utilisateurs : une candidature déposée, la
// DGALN demande des corrections (deux points) ; la collectivité les lit, corrige, les deux parties
// signent à nouveau, la DDT dépose de nouveau (récépissé -D2) ; la DGALN voit ce qui a changé et la
// déclare recevable. À part : une irrecevabilité et sa lettre PDF téléchargée par les deux parties.
// axe-core sur le panneau de décision, le bandeau des corrections et la comparaison ; captures à
// 1280 et 390 px dans le dossier de résultats du test.
import type { Locator, Page, TestInfo } from "@playwright/test";
import { extraireTextePdf } from "../../lib/recepisse/texte-pdf";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";

const MOTIVATION = "Le dossier doit préciser l'engagement de la DDT et les objectifs de l'atelier avant l'examen.";
const POINTS = ["Préciser la durée d'engagement de la DDT (10 à 12 mois).", "Compléter les objectifs de l'atelier flash."];

/** Capture pleine page à 1280 px puis à 390 px, pour relire l'écran comme un agent de la DGALN. */
async function capturer(page: Page, info: TestInfo, nom: string, zone?: Locator) {
  const taille = page.viewportSize();
  for (const largeur of [1280, 390]) {
    await page.setViewportSize({ width: largeur, height: 900 });
    if (zone) await zone.screenshot({ path: info.outputPath(`${nom}-${largeur}.png`) });
    else await page.screenshot({ path: info.outputPath(`${nom}-${largeur}.png`), fullPage: true });
  }
  if (taille) await page.setViewportSize(taille);
}

/** « 2027-01-15 » dans trente jours : une échéance à venir. */
const dansTrenteJours = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

test("corrections demandées, corrigées, signées et déposées de nouveau (-D2), puis recevable", async ({ page, browser, connecter, creerUtilisateur, preparerCandidature }, info) => {
  test.setTimeout(180_000);
  const c = await preparerCandidature({ depot: true });
  const { membre, maire, signataireEtat } = c.utilisateurs;
  const fiche = `/candidatures/${c.id}`;
  const referente = await creerUtilisateur({ role: "referent" }, { prenom: "Élise", nom: "Référente" });

  // La référente de la DGALN la trouve dans le tableau d'instruction en tapant le nom de la commune
  // sans accents ni majuscules, puis l'ouvre : c'est à elle d'examiner la recevabilité.
  await connecter(page, referente);
  await page.goto("/instruction");
  const recherche = page.getByRole("search", { name: "Rechercher et filtrer les candidatures" });
  await recherche.getByLabel("Rechercher").fill(c.commune.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase());
  await recherche.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("table", { name: "Candidatures à instruire" }).getByRole("link", { name: c.reference }).click();
  await expect(page).toHaveURL(new RegExp(`${fiche}$`));
  await expect(page.getByRole("heading", { level: 2, name: "À vous : examiner la recevabilité" })).toBeVisible();
  const panneau = page.getByRole("region", { name: "Recevabilité" });
  await expect(panneau.getByText(`${c.reference}-D1`)).toBeVisible();
  await expect(panneau.getByText("Favorable", { exact: true })).toBeVisible();
  await verifierAccessibilite(page);
  await capturer(page, info, "1-panneau-recevabilite", panneau);

  // Une motivation trop courte est refusée sur le champ, sans rien perdre de la saisie.
  await panneau.getByText("Déclarer irrecevable").click();
  await panneau.getByLabel("Motivation (obligatoire)").fill("Trop court");
  await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(panneau.getByText("Motivez la décision : au moins 20 caractères")).toBeVisible();
  await expect(panneau.getByLabel("Motivation (obligatoire)")).toHaveValue("Trop court");

  // Demande de corrections : deux points, une échéance.
  await panneau.getByText("Demander des corrections").click();
  await panneau.getByLabel("Motivation (obligatoire)").fill(MOTIVATION);
  await panneau.getByLabel("Point 1").fill(POINTS[0]!);
  await panneau.getByRole("button", { name: "Ajouter un point" }).click();
  await panneau.getByLabel("Point 2").fill(POINTS[1]!);
  await panneau.getByLabel("Échéance (facultative)").fill(dansTrenteJours());
  await verifierAccessibilite(page);
  await capturer(page, info, "2-formulaire-corrections", panneau);
  await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
  const confirmation = panneau.getByRole("group", { name: `Confirmez-vous : « Demander des corrections » pour la candidature ${c.reference} ?` });
  await confirmation.getByRole("button", { name: "Confirmer la décision" }).click();
  await expect(page.getByText("La demande de corrections est envoyée aux deux parties avec sa lettre.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Recevabilité" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Chronologie" }).getByRole("link", { name: /Lettre de décision/ })).toBeVisible();

  // La collectivité lit la demande, les points, l'échéance et ce qu'il faut faire.
  const pageCollectivite = await (await browser.newContext()).newPage();
  await connecter(pageCollectivite, membre);
  await pageCollectivite.goto(fiche);
  const bandeau = pageCollectivite.getByRole("region", { name: "La DGALN demande des corrections" });
  await expect(bandeau).toBeVisible();
  for (const point of POINTS) await expect(bandeau.getByRole("listitem").filter({ hasText: point })).toBeVisible();
  await expect(bandeau.getByText(/À déposer de nouveau avant le/)).toBeVisible();
  await expect(bandeau.getByRole("link", { name: "Télécharger la lettre de décision (PDF)" })).toBeVisible();
  await verifierAccessibilite(pageCollectivite);
  await capturer(pageCollectivite, info, "3-bandeau-corrections", bandeau);

  // Elle corrige les objectifs.
  await bandeau.getByRole("link", { name: "Corriger la candidature" }).click();
  const note = pageCollectivite.getByRole("form", { name: "Note d'opportunité" });
  const objectifs = "Partager un diagnostic du centre-bourg et définir une feuille de route en trois ateliers in situ.";
  await note.getByLabel("Objectifs").fill(objectifs);
  await note.getByRole("button", { name: "Enregistrer la section" }).click();
  // Les signatures du dépôt précédent tombent : la page le fait confirmer.
  await note.getByRole("button", { name: "Enregistrer et annuler les signatures" }).click();
  await expect(note.getByText("Section enregistrée.")).toBeVisible();

  // Le bandeau reste affiché pendant la nouvelle rédaction ; le maire signe à nouveau.
  const pageMaire = await (await browser.newContext()).newPage();
  await connecter(pageMaire, maire);
  await pageMaire.goto(fiche);
  await expect(pageMaire.getByRole("region", { name: "La DGALN demande des corrections" })).toBeVisible();
  await pageMaire.getByRole("link", { name: "Relire et signer" }).click();
  await pageMaire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
  await pageMaire.getByRole("button", { name: "Confirmer la signature" }).click();
  await expect(pageMaire.getByText(/Votre signature pour .+ est enregistrée\./)).toBeVisible();

  // La DDT signe à nouveau et dépose de nouveau : récépissé -D2.
  const pageDdt = await (await browser.newContext()).newPage();
  await connecter(pageDdt, signataireEtat);
  await pageDdt.goto(fiche);
  await pageDdt.getByRole("link", { name: "Relire et signer" }).click();
  await pageDdt.getByRole("group", { name: "Avis du service de l'État" }).getByText("Avis favorable").click();
  await pageDdt.getByRole("button", { name: "Signer pour le service de l'État" }).click();
  await pageDdt.getByRole("button", { name: "Confirmer la signature" }).click();
  await pageDdt.getByRole("button", { name: "Déposer la candidature" }).click();
  await pageDdt.getByRole("button", { name: "Confirmer le dépôt" }).click();
  await expect(pageDdt.getByText("La candidature est déposée : le récépissé est téléchargeable ci-dessous")).toBeVisible();
  await expect(pageDdt.getByRole("region", { name: "Chronologie" }).getByText(`${c.reference}-D2`)).toBeVisible();
  await expect(pageDdt.getByRole("region", { name: "La DGALN demande des corrections" })).toHaveCount(0);
  const recepisse = await pageDdt.request.get(`/api/candidatures/${c.id}/recepisse`);
  expect(extraireTextePdf(Buffer.from(await recepisse.body()))).toContain(`${c.reference}-D2`);

  // La DGALN voit ce qui a changé, puis déclare la candidature recevable.
  await page.goto(fiche);
  const comparaison = page.getByRole("region", { name: "Ce qui a changé depuis le dépôt précédent" });
  const champs = comparaison.getByRole("table", { name: "Champs modifiés" });
  await expect(champs.getByRole("rowheader", { name: /Objectifs/ })).toBeVisible();
  await expect(champs.getByRole("cell", { name: objectifs })).toBeVisible();
  await expect(champs.getByRole("rowheader")).toHaveCount(1);
  await verifierAccessibilite(page);
  await capturer(page, info, "4-comparaison-depots", comparaison);
  const panneau2 = page.getByRole("region", { name: "Recevabilité" });
  await expect(panneau2.getByText(`${c.reference}-D2`)).toBeVisible();
  await panneau2.getByText("Déclarer recevable").click();
  await panneau2.getByRole("button", { name: "Enregistrer la décision" }).click();
  await panneau2.getByRole("button", { name: "Confirmer la décision" }).click();
  await expect(page.getByText("La candidature est déclarée recevable : elle entre en instruction.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "En cours d'instruction par la DGALN" })).toBeVisible();
});

test("irrecevable : la lettre de décision PDF est téléchargée par les deux parties", async ({ page, browser, connecter, creerUtilisateur, preparerCandidature }, info) => {
  const c = await preparerCandidature({ depot: true });
  const referente = await creerUtilisateur({ role: "referent" });
  await connecter(page, referente);
  await page.goto(`/candidatures/${c.id}`);
  const panneau = page.getByRole("region", { name: "Recevabilité" });
  await panneau.getByText("Déclarer irrecevable").click();
  await panneau.getByLabel("Motivation (obligatoire)").fill(MOTIVATION);
  await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
  await panneau.getByRole("button", { name: "Confirmer la décision" }).click();
  await expect(page.getByText("La candidature est déclarée irrecevable.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Candidature déclarée irrecevable" })).toBeVisible();
  const lien = page.getByRole("region", { name: "Chronologie" }).getByRole("link", { name: /Lettre de décision/ });
  const adresse = await lien.getAttribute("href");
  expect(adresse).toMatch(/^\/api\/candidatures\/.+\/decisions\/.+\/lettre$/);
  await capturer(page, info, "5-irrecevable", page.getByRole("region", { name: "Chronologie" }));

  for (const utilisateur of [c.utilisateurs.membre, c.utilisateurs.signataireEtat]) {
    const p = await (await browser.newContext()).newPage();
    await connecter(p, utilisateur);
    await p.goto(`/candidatures/${c.id}`);
    const telechargement = p.waitForEvent("download");
    await p.getByRole("region", { name: "Chronologie" }).getByRole("link", { name: /Lettre de décision/ }).click();
    const fichier = await telechargement;
    expect(fichier.suggestedFilename()).toBe(`lettre-irrecevabilite-${c.reference}-D1.pdf`);
    const reponse = await p.request.get(adresse!);
    expect(reponse.status()).toBe(200);
    const octets = Buffer.from(await reponse.body());
    expect(octets.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const texte = extraireTextePdf(octets).replace(/\s+/g, " ");
    expect(texte).toContain("Décision d'irrecevabilité de votre candidature");
    expect(texte).toContain(MOTIVATION);
  }
  // Un agent d'un autre département ne l'obtient pas.
  const etranger = await creerUtilisateur({ role: "agent", codeDepartement: "44" });
  const p = await (await browser.newContext()).newPage();
  await connecter(p, etranger);
  expect((await p.request.get(adresse!)).status()).toBe(404);
});
