// Candidatures, de bout en bout avec les comptes de démonstration : la liste bornée au département
// de la DDT, le détail (liste de contrôle, chronologie), la page introuvable pour une candidature
// d'un autre département, la création avec le rappel des candidatures déjà en cours (R7) ; la
// candidature conjointe complète (invitation de l'autre partie par courriel, co-signature, modification
// qui annule les signatures, nouvelle signature, dépôt, même récépissé pour les deux parties) ; deux
// modifications concurrentes de la même section.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { MESSAGE_TYPE_REFUSE } from "../../lib/fichiers/type-fichier";
import { verifierAccessibilite } from "./helpers/axe";
import { creerOuReprendre, enTantQue, seConnecterEnDemo } from "./helpers/demo";

/** Joint une pièce de ce type depuis la page de modification. */
async function joindre(page: Page, adresse: string, type: string, nom: string) {
  await page.goto(adresse);
  await page.waitForLoadState("load");
  const pieces = page.getByRole("region", { name: "Pièces jointes" });
  await pieces.getByLabel("Type de pièce").selectOption(type);
  await pieces.getByLabel("Fichier", { exact: false }).last().setInputFiles({ name: nom, mimeType: "application/pdf", buffer: pdfDemonstration([nom]) });
  await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
  await expect(pieces.getByText("Pièce jointe enregistrée.")).toBeVisible();
}

/** Ligne(s) de la boîte de développement pour ce destinataire et ce sujet (début du sujet). */
async function courriels(page: Page, destinataire: string, sujet: string): Promise<Locator> {
  await page.goto("/dev/boite-mail");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boîte de développement");
  return page.getByRole("table").getByRole("row").filter({ hasText: destinataire }).filter({ hasText: sujet });
}

/** Le statut affiché dans l'en-tête de la candidature (« Candidature ADT-… Brouillon »). */
const enTete = (page: Page) => page.getByRole("paragraph").filter({ hasText: /^Candidature ADT-\d{4}-\d{5}/ });

/** Une signature de la liste : barrée (annulée) ou en vigueur. */
function signature(page: Page, texte: string, { annulee }: { annulee: boolean }): Locator {
  const signatures = page.getByRole("region", { name: "Signatures" });
  const items = signatures.getByRole("listitem");
  return annulee
    ? items.filter({ has: page.getByRole("deletion").filter({ hasText: texte }) })
    : items.filter({ hasText: texte }).filter({ hasNot: page.getByRole("deletion") });
}

/** Télécharge le récépissé en cliquant sur son lien, comme l'usager. */
async function telechargerRecepisse(page: Page): Promise<{ nom: string; octets: Buffer }> {
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: /Télécharger le récépissé de dépôt/ }).click();
  const fichier = await telechargement;
  expect(await fichier.failure()).toBeNull();
  return { nom: fichier.suggestedFilename(), octets: await readFile(await fichier.path()) };
}

const sha256 = (octets: Buffer) => createHash("sha256").update(octets).digest("hex");

/** Adresse de la fiche d'une candidature, lue dans la liste de l'acteur qui la voit. */
async function adresseDe(page: Page, reference: string): Promise<string> {
  await page.goto("/candidatures?tri=reference");
  return (await page.getByRole("link", { name: reference }).getAttribute("href"))!;
}

test.describe("candidatures", () => {
  test("la DDT de la Mayenne voit les candidatures de son département, pas celles de la Loire-Atlantique", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // L'adresse d'une candidature de Loire-Atlantique, lue par la DDTM de la Loire-Atlantique.
    const autre = await browser.newContext();
    const pageAutre = await autre.newPage();
    await seConnecterEnDemo(pageAutre, "Julie Fabre");
    const adresseNantes = await adresseDe(pageAutre, "ADT-2026-00006");
    await autre.close();

    await seConnecterEnDemo(page, "Paul Girard");
    await page.getByRole("banner").getByRole("link", { name: "Mes candidatures" }).click();
    await expect(page).toHaveURL(/\/candidatures$/);
    await expect(page).toHaveTitle("Mes candidatures — Ateliers des territoires");
    const tableau = page.getByRole("table");
    const ligne = tableau.getByRole("row").filter({ hasText: "ADT-2026-00005" });
    await expect(ligne).toContainText("CC de l'Ernée");
    await expect(ligne).toContainText("Atelier local");
    await expect(ligne).toContainText("Déposée");
    await expect(ligne).toContainText("2 signatures sur 2");
    await expect(tableau).not.toContainText("ADT-2026-00006");
    await expect(tableau).not.toContainText("Nantes");
    await verifierAccessibilite(page);

    // Filtre par format, dans l'adresse.
    await page.getByLabel("Format").selectOption("flash");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/format=flash/);
    await expect(page.getByRole("table")).not.toContainText("ADT-2026-00005");

    // Détail : en-tête, liste de contrôle, signatures, chronologie.
    await page.goto(await adresseDe(page, "ADT-2026-00005"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ernée : une stratégie pour les bourgs de l'intercommunalité");
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText("Durée prévue : 12 mois", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
    await expect(page.getByText(/crée la candidature ADT-2026-00005 \(atelier local\)/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Télécharger le récépissé/ })).toBeVisible();
    await verifierAccessibilite(page);

    // Adresse d'une candidature de Loire-Atlantique tapée à la main : introuvable, sans rien révéler.
    const reponse = await page.goto(adresseNantes);
    expect(reponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Candidature introuvable");
    await expect(page.getByText("Cette candidature n'existe pas ou vous n'y avez pas accès.")).toBeVisible();
    await expect(page.getByText("Nantes")).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("nouvelle candidature : la DDT retrouve la candidature en cours (R7) au lieu d'en créer une seconde", async ({ page }) => {
    await seConnecterEnDemo(page, "Paul Girard");
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle candidature");
    await page.locator("label", { hasText: "Atelier local" }).click();
    await page.getByLabel("Rechercher la collectivité porteuse").fill("ernée");
    await page.locator("label", { hasText: "CC de l'Ernée" }).click();
    await expect(page.getByText("Une candidature est déjà en cours pour cette collectivité et ce format")).toBeVisible();
    await expect(page.getByRole("link", { name: /ADT-2026-00005/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Créer la candidature" })).toBeDisabled();
    // Andouillé-Neuville (Ille-et-Vilaine) n'est pas proposée à la DDT de la Mayenne.
    await page.getByLabel("Rechercher la collectivité porteuse").fill("andouille");
    await expect(page.locator("label", { hasText: /^Andouillé/ }).first()).toBeVisible();
    await expect(page.locator("label", { hasText: "Andouillé-Neuville" })).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("Andouillé commence un atelier flash avec la DDT : rédaction, refus de 9 mois (R2), pièces, co-signature, modification qui annule les signatures, nouvelle signature, dépôt, récépissé des deux parties", async ({ page, browser }) => {
    test.setTimeout(300_000);
    await seConnecterEnDemo(page, "Claire Martin");
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await page.locator("label", { hasText: "Atelier flash" }).click();
    await expect(page.locator("label", { hasText: "Andouillé" })).toBeVisible();
    await page.locator("label", { hasText: "Andouillé" }).click();
    await creerOuReprendre(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Atelier flash/);
    await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText(/crée la candidature ADT-2026-\d{5}/)).toBeVisible();
    await verifierAccessibilite(page);
    const fiche = page.url();
    const reference = /ADT-\d{4}-\d{5}/.exec((await enTete(page).textContent()) ?? "")![0];

    // La DDT de la Mayenne est invitée par courriel (et elle seule : la collectivité a créé) ; la
    // directrice ouvre le courriel dans la boîte de développement et suit son lien.
    const directrice = await enTantQue(browser, "Anne Roux");
    await expect(await courriels(directrice, "@andouille.example", `Nouvelle candidature ${reference}`)).toHaveCount(0);
    await expect(await courriels(directrice, "paul.girard@ddt-mayenne.example", `Nouvelle candidature ${reference}`)).toHaveCount(1);
    const invitation = await courriels(directrice, "anne.roux@ddt-mayenne.example", `Nouvelle candidature ${reference}`);
    await expect(invitation).toHaveCount(1);
    await verifierAccessibilite(directrice);
    await invitation.getByRole("link", { name: new RegExp(`^Nouvelle candidature ${reference} : `) }).click();
    await expect(directrice.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Nouvelle candidature ${reference} : Atelier flash`));
    await expect(directrice.getByText("À anne.roux@ddt-mayenne.example", { exact: false })).toBeVisible();
    await expect(directrice.getByText("Claire Martin a commencé une candidature à un atelier flash pour Andouillé", { exact: false })).toBeVisible();
    await directrice.getByRole("link", { name: fiche, exact: true }).click();
    await directrice.waitForURL(fiche);
    await expect(directrice.getByRole("heading", { level: 1 })).toHaveText(/Atelier flash/);

    await page.getByRole("link", { name: "Modifier la candidature" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Modifier la candidature ADT-2026-\d{5}$/);
    await page.waitForLoadState("load");
    const objet = "Réinvestir les logements vacants du centre-bourg.";
    await page.getByLabel("Objet").fill(objet);
    const note = page.getByRole("form", { name: "Note d'opportunité" });
    await note.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(note.getByText("Section enregistrée.")).toBeVisible();

    // R2 : 9 mois pour un atelier flash, refusé par le serveur ; la saisie reste affichée.
    const calendrier = page.getByRole("form", { name: "Calendrier" });
    await calendrier.getByLabel("Durée prévue (en mois)").fill("9");
    await calendrier.getByRole("button", { name: "Enregistrer la section" }).click();
    const message = "Un atelier flash dure de 3 à 6 mois : la durée prévue est de 9 mois.";
    await expect(calendrier.getByRole("alert").filter({ hasText: message }).or(calendrier.locator(".fr-alert--error").filter({ hasText: message }))).toBeVisible();
    await expect(calendrier.getByLabel("Durée prévue (en mois)")).toHaveValue("9");
    await expect(calendrier.getByLabel("Durée prévue (en mois)")).toHaveAttribute("aria-invalid", "true");
    await verifierAccessibilite(page);

    await calendrier.getByLabel("Durée prévue (en mois)").fill("5");
    await calendrier.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(calendrier.getByText("Section enregistrée.")).toBeVisible();

    // Périmètre : recherche au fil de la frappe dans le référentiel, puis ce que couvre le périmètre enregistré.
    const perimetre = page.getByRole("form", { name: "Localisation et périmètre" });
    const retirer = perimetre.getByRole("button", { name: "Retirer Andouillé (53005)" });
    if (await retirer.isVisible()) await retirer.click();
    await perimetre.getByLabel("Rechercher une commune ou un EPCI").fill("andouille");
    await expect(perimetre.getByText(/\d+ résultats? pour « andouille »/)).toBeVisible();
    await perimetre.getByRole("button", { name: "Ajouter Andouillé (53005)" }).click();
    await expect(perimetre.getByRole("list", { name: "Communes du périmètre" })).toContainText("Andouillé (53005)");
    await perimetre.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(perimetre.getByText("Section enregistrée.")).toBeVisible();
    const couverture = perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" });
    await expect(couverture).toContainText("1 commune couverte");
    await expect(couverture).toContainText(/Population : 2\s321 habitants/);
    await expect(couverture).toContainText("Mayenne (53)");

    // Pièces (R8) : un faux PDF est refusé en français ; un vrai est joint, puis remplacé (version 2).
    const pieces = page.getByRole("region", { name: "Pièces jointes" });
    const nouvelle = pieces.getByLabel("Fichier", { exact: false }).last();
    await nouvelle.setInputFiles({ name: "note.pdf", mimeType: "application/pdf", buffer: Buffer.from("ceci n'est pas un PDF") });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText(MESSAGE_TYPE_REFUSE)).toBeVisible();
    await nouvelle.setInputFiles({ name: "note-opportunite.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note d'opportunité"]) });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText("Pièce jointe enregistrée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-opportunite\.pdf/ }).first()).toBeVisible();
    await pieces.getByLabel(/Remplacer « note-opportunite\.pdf »/).first().setInputFiles({ name: "note-v2.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note v2"]) });
    await pieces.getByRole("button", { name: "Remplacer", exact: true }).first().click();
    await expect(pieces.getByText("Nouvelle version enregistrée ; la précédente est conservée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-v2\.pdf.*version 2/ })).toBeVisible();

    await page.goto(fiche);
    await expect(page.getByText("Durée prévue : 5 mois", { exact: false })).toBeVisible();
    await expect(page.getByText(objet)).toBeVisible();
    await expect(page.getByText(/modifie la section « Calendrier »/)).toBeVisible();

    // Les autres pièces exigées (R5) : le courrier de soutien par la collectivité, l'engagement par la DDT.
    await joindre(page, `${fiche}/modifier`, "courrier_soutien_collectivite", "soutien.pdf");
    const ddt = await enTantQue(browser, "Paul Girard");
    await joindre(ddt, `${fiche}/modifier`, "courrier_engagement_etat", "engagement.pdf");

    // Co-signature (R6), après relecture du contenu et de son empreinte.
    const maire = await enTantQue(browser, "Jean Dupont");
    await maire.goto(fiche);
    await maire.getByRole("link", { name: "Relire et signer" }).click();
    await maire.waitForURL(`${fiche}/signer`);
    await expect(maire.getByText("Empreinte du contenu que vous signez")).toBeVisible();
    await expect(maire.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    const empreinteSignee = await maire.locator("code").textContent();
    await verifierAccessibilite(maire);
    await maire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
    await maire.waitForURL(fiche);
    await expect(signature(maire, "Collectivité principale : Jean Dupont", { annulee: false })).toBeVisible();

    const motivation = "La DDT portera l'atelier avec la commune.";
    await directrice.goto(`${fiche}/signer`);
    await directrice.locator("label", { hasText: "Avis favorable" }).click();
    await directrice.getByLabel("Motivation de l'avis").fill(motivation);
    await directrice.getByRole("button", { name: "Signer pour le service de l'État" }).click();
    await directrice.waitForURL(fiche);
    await expect(signature(directrice, "Service de l'État : Anne Roux", { annulee: false })).toContainText(`Avis favorable : ${motivation}`);
    await expect(enTete(directrice)).toContainText("Signée");
    await expect(directrice.getByRole("button", { name: "Déposer la candidature" })).toBeVisible();

    // Avant le dépôt, la collectivité modifie l'objet : les deux signatures sont annulées, visiblement.
    await page.goto(`${fiche}/modifier`);
    await page.waitForLoadState("load");
    const objetRevu = "Réinvestir les logements vacants et les commerces du centre-bourg.";
    await note.getByLabel("Objet").fill(objetRevu);
    await note.getByRole("button", { name: "Enregistrer la section" }).click();
    // Candidature signée : l'enregistrement attend une confirmation (tests/e2e/formulaire-mobile.spec.ts).
    await note.getByRole("button", { name: "Enregistrer et annuler les signatures" }).click();
    await expect(note.getByText(/^Section enregistrée\. Signatures annulées : .*Jean Dupont pour la collectivité/)).toContainText("doivent signer de nouveau");

    const motifAnnulation = "Contenu modifié : la section « Note d'opportunité » a été modifiée par Claire Martin.";
    for (const signataire of [maire, directrice]) {
      await signataire.goto(fiche);
      await expect(enTete(signataire)).toContainText("Brouillon");
      await expect(signataire.getByText(objetRevu)).toBeVisible();
      // Les plus récentes en premier ; serveur réutilisé : d'autres, plus anciennes, peuvent suivre.
      for (const signee of ["Collectivité principale : Jean Dupont", "Service de l'État : Anne Roux"]) {
        const annulee = signature(signataire, signee, { annulee: true }).first();
        await expect(annulee).toBeVisible();
        await expect(annulee).toContainText("Signature annulée le");
        await expect(annulee).toContainText(motifAnnulation);
        await expect(signature(signataire, signee, { annulee: false })).toHaveCount(0);
      }
      await expect(signataire.getByRole("button", { name: "Déposer la candidature" })).toHaveCount(0);
      await expect(signataire.getByRole("link", { name: "Relire et signer" })).toBeVisible();
    }
    await verifierAccessibilite(directrice);

    // Les deux signataires sont prévenus par courriel (pas l'auteure de la modification).
    const sujetAnnulation = `Signatures annulées : la candidature ${reference} a été modifiée`;
    await expect((await courriels(maire, "jean.dupont@andouille.example", sujetAnnulation)).first()).toBeVisible();
    await expect(await courriels(maire, "claire.martin@andouille.example", sujetAnnulation)).toHaveCount(0);
    const annulation = (await courriels(directrice, "anne.roux@ddt-mayenne.example", sujetAnnulation)).first();
    await annulation.getByRole("link", { name: sujetAnnulation }).click();
    await expect(directrice.getByRole("heading", { level: 1 })).toHaveText(sujetAnnulation);
    await expect(directrice.getByText("la section « Note d'opportunité » a été modifiée par Claire Martin", { exact: false })).toBeVisible();
    await expect(directrice.getByText("doivent relire la candidature et la signer à nouveau avant son dépôt", { exact: false })).toBeVisible();

    // Nouvelle relecture et nouvelle signature des deux parties, sur le nouveau contenu.
    await maire.goto(fiche);
    await maire.getByRole("link", { name: "Relire et signer" }).click();
    await maire.waitForURL(`${fiche}/signer`);
    await expect(maire.getByText(objetRevu)).toBeVisible();
    await expect(maire.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(maire.locator("code")).not.toHaveText(empreinteSignee!);
    await maire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
    await maire.waitForURL(fiche);
    await expect(signature(maire, "Collectivité principale : Jean Dupont", { annulee: false })).toBeVisible();
    await expect(signature(maire, "Collectivité principale : Jean Dupont", { annulee: true }).first()).toBeVisible();

    await directrice.goto(fiche);
    await directrice.getByRole("link", { name: "Relire et signer" }).click();
    await directrice.waitForURL(`${fiche}/signer`);
    await expect(directrice.getByText(objetRevu)).toBeVisible();
    await directrice.locator("label", { hasText: "Avis favorable" }).click();
    await directrice.getByLabel("Motivation de l'avis").fill(motivation);
    await directrice.getByRole("button", { name: "Signer pour le service de l'État" }).click();
    await directrice.waitForURL(fiche);
    await expect(signature(directrice, "Service de l'État : Anne Roux", { annulee: false })).toContainText(`Avis favorable : ${motivation}`);
    await expect(signature(directrice, "Collectivité principale : Jean Dupont", { annulee: false })).toBeVisible();
    await expect(enTete(directrice)).toContainText("Signée");

    // Dépôt par le service de l'État.
    await directrice.getByRole("button", { name: "Déposer la candidature" }).click();
    await expect(directrice.getByRole("link", { name: /Télécharger le récépissé de dépôt/ })).toBeVisible({ timeout: 15_000 });
    await expect(enTete(directrice)).toContainText("Déposée");
    await expect(directrice.getByRole("button", { name: "Déposer la candidature" })).toHaveCount(0);
    await verifierAccessibilite(directrice);

    // Les deux parties téléchargent le même récépissé PDF.
    const recepisseEtat = await telechargerRecepisse(directrice);
    await page.goto(fiche);
    await expect(enTete(page)).toContainText("Déposée");
    const recepisseCollectivite = await telechargerRecepisse(page);
    for (const r of [recepisseEtat, recepisseCollectivite]) {
      expect(r.nom).toMatch(/\.pdf$/);
      expect(r.octets.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    expect(recepisseCollectivite.nom).toBe(recepisseEtat.nom);
    expect(sha256(recepisseCollectivite.octets)).toBe(sha256(recepisseEtat.octets));
  });

  test("deux personnes modifient la même section en même temps : la seconde est prévenue, garde sa saisie et enregistre ensuite", async ({ browser }) => {
    test.setTimeout(120_000);
    // ADT-2026-00006 (Nantes Métropole, brouillon de démonstration), que la collectivité et la DDTM
    // de la Loire-Atlantique peuvent toutes deux modifier.
    const collectivite = await enTantQue(browser, "Nadia Haddad");
    const ddtm = await enTantQue(browser, "Julie Fabre");
    const fiche = await adresseDe(collectivite, "ADT-2026-00006");

    // Les deux ouvrent le formulaire avant toute modification.
    for (const p of [collectivite, ddtm]) {
      await p.goto(`${fiche}/modifier`);
      await expect(p.getByRole("heading", { level: 1 })).toHaveText("Modifier la candidature ADT-2026-00006");
      await p.waitForLoadState("load");
    }
    const noteCollectivite = collectivite.getByRole("form", { name: "Note d'opportunité" });
    const noteDdtm = ddtm.getByRole("form", { name: "Note d'opportunité" });
    const objetCollectivite = "Imaginer les franges agri-urbaines avec les agriculteurs et les habitants.";
    const objetDdtm = "Préserver les terres agricoles des franges et y organiser les mobilités douces.";
    await noteCollectivite.getByLabel(/^Objet/).fill(objetCollectivite);
    await noteDdtm.getByLabel(/^Objet/).fill(objetDdtm);

    await noteCollectivite.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(noteCollectivite.getByText("Section enregistrée.", { exact: true })).toBeVisible();

    // La seconde saisie, partie d'une version dépassée, n'écrase rien.
    await noteDdtm.getByRole("button", { name: "Enregistrer la section" }).click();
    const conflit = noteDdtm.getByRole("alert").filter({ has: ddtm.getByRole("heading", { name: "Modification concurrente" }) });
    await expect(conflit).toBeVisible();
    await expect(conflit).toContainText(/La section « Note d'opportunité » a été modifiée par Nadia Haddad (à|le) .+ pendant votre saisie \(objet\)\./);
    await expect(conflit).toContainText("Votre saisie n'a pas été enregistrée et reste affichée");
    const champ = noteDdtm.getByLabel(/^Objet/);
    await expect(champ).toHaveValue(objetDdtm);
    await expect(noteDdtm.getByText(`Valeur actuelle enregistrée : « ${objetCollectivite} ».`, { exact: false })).toBeVisible();
    // Seul le champ changé par l'autre personne montre sa valeur actuelle.
    await expect(noteDdtm.getByText("Valeur actuelle enregistrée", { exact: false })).toHaveCount(1);
    await expect(champ).toHaveAttribute("aria-invalid", "true");
    await expect(noteDdtm.getByText(/Modifié par Nadia Haddad .+ pendant votre saisie : vérifiez la valeur actuelle\./)).toBeVisible();
    await expect(noteDdtm.getByText("Section enregistrée.", { exact: false })).toHaveCount(0);
    await verifierAccessibilite(ddtm);

    // Après avoir comparé, la DDTM enregistre à nouveau : sa saisie remplace la version actuelle.
    await noteDdtm.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(noteDdtm.getByText("Section enregistrée.", { exact: true })).toBeVisible();
    await expect(conflit).toHaveCount(0);
    await expect(champ).toHaveValue(objetDdtm);
    await expect(champ).not.toHaveAttribute("aria-invalid", "true");

    await collectivite.goto(fiche);
    await expect(collectivite.getByText(objetDdtm)).toBeVisible();
    await expect(collectivite.getByText(objetCollectivite)).toHaveCount(0);
    await expect(collectivite.getByText(/Julie Fabre modifie la section « Note d'opportunité »/).first()).toBeVisible();
  });
});
