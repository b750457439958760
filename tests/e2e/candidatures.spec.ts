// Candidatures, de bout en bout : la liste bornée au département de la DDT, le détail (liste de
// contrôle, chronologie), la page introuvable pour une candidature d'un autre département, la création
// avec le rappel des candidatures déjà en cours (R7) ; la candidature conjointe complète (invitation de
// l'autre partie par courriel, co-signature, modification qui annule les signatures, nouvelle signature,
// dépôt, même récépissé pour les deux parties) ; deux modifications concurrentes de la même section.
// Chaque test crée ses propres comptes et ses propres candidatures (fixtures).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { pdfDemonstration } from "../../lib/fichiers/pdf-demo";
import { MESSAGE_TYPE_REFUSE } from "../../lib/fichiers/type-fichier";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";

/** Joint une pièce de ce type depuis la page de modification. */
async function joindre(page: Page, chemin: string, type: string, nom: string) {
  await page.goto(chemin);
  await page.waitForLoadState("load");
  const pieces = page.getByRole("region", { name: "Pièces jointes" });
  await pieces.getByLabel("Type de pièce").selectOption(type);
  await pieces.getByLabel("Fichier", { exact: false }).last().setInputFiles({ name: nom, mimeType: "application/pdf", buffer: pdfDemonstration([nom]) });
  await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
  await expect(pieces.getByText(`« ${nom} » : pièce jointe enregistrée.`)).toBeVisible();
}

/** Ligne(s) de la boîte de développement pour ce destinataire et ce sujet (début du sujet). */
async function courriels(page: Page, destinataire: string, sujet: string): Promise<Locator> {
  await page.goto(`/dev/boite-mail?${new URLSearchParams({ destinataire })}`);
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

/** Un texte (nom de commune, de personne, adresse) cherché tel quel dans une expression régulière. */
const litteral = (texte: string) => texte.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** L'adresse de la fiche (et sa suite), pour attendre la navigation. */
const adresse = (fiche: string, suite = "") => new RegExp(`${litteral(fiche + suite)}$`);

const sha256 = (octets: Buffer) => createHash("sha256").update(octets).digest("hex");

// La boîte de développement ne montre que les 50 derniers courriels, et chaque création en Mayenne
// écrit à tous les comptes de la DDT créés par les autres tests : le parcours complet se déroule
// dans un département qu'aucun autre test n'emploie, où ses courriels restent visibles.
const DEPARTEMENT_PARCOURS = "72";

test.describe("candidatures", () => {
  test("la DDT de la Mayenne voit les candidatures de son département, pas celles de la Loire-Atlantique", async ({ page, connecter, preparerCandidature }) => {
    test.setTimeout(120_000);
    const [c, nantaise] = await Promise.all([preparerCandidature({ depot: true }), preparerCandidature({ departement: "44" })]);

    await connecter(page, c.utilisateurs.agent);
    await page.goto("/mon-compte");
    await page.getByRole("banner").getByRole("link", { name: "Mes candidatures" }).click();
    await expect(page).toHaveURL(/\/candidatures$/);
    await expect(page).toHaveTitle("Mes candidatures — Ateliers des territoires");
    const tableau = page.getByRole("table");
    const ligne = tableau.getByRole("row").filter({ hasText: c.reference });
    await expect(ligne).toContainText(c.commune);
    await expect(ligne).toContainText("Atelier flash");
    await expect(ligne).toContainText("Déposée");
    await expect(ligne).toContainText("2 signatures sur 2");
    await expect(tableau).not.toContainText(nantaise.reference);
    await verifierAccessibilite(page);

    // Filtre par format, dans l'adresse : la candidature flash reste avec « flash », disparaît avec « local ».
    await page.getByLabel("Format").selectOption("flash");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/format=flash/);
    await expect(ligne).toBeVisible();
    await page.getByLabel("Format").selectOption("local");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/format=local/);
    await expect(page.getByRole("row").filter({ hasText: c.reference })).toHaveCount(0);

    // Détail : en-tête, prochaine étape, liste de contrôle, chronologie, récépissé.
    await page.goto("/candidatures?format=flash");
    await ligne.getByRole("link", { name: c.reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${c.commune} : le centre-bourg`);
    await expect(page.getByRole("heading", { level: 2, name: "En attente de l'examen de recevabilité par la DGALN" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText("Durée prévue : 5 mois", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Chronologie" })).toBeVisible();
    await expect(page.getByText(`crée la candidature ${c.reference} (atelier flash)`, { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: /Télécharger le récépissé/ })).toBeVisible();
    await verifierAccessibilite(page);

    // Adresse d'une candidature de Loire-Atlantique tapée à la main : introuvable, sans rien révéler.
    const reponse = await page.goto(`/candidatures/${nantaise.id}`);
    expect(reponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Candidature introuvable");
    await expect(page.getByText("Cette candidature n'existe pas ou vous n'y avez pas accès.")).toBeVisible();
    await expect(page.getByText(nantaise.commune)).toHaveCount(0);
    await expect(page.getByText(nantaise.reference)).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("nouvelle candidature : la DDT retrouve la candidature en cours (R7) au lieu d'en créer une seconde", async ({ page, connecter, preparerCandidature }) => {
    const c = await preparerCandidature();
    await connecter(page, c.utilisateurs.agent);
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle candidature");
    await page.locator("label", { hasText: "Atelier flash" }).click();
    await page.getByLabel("Rechercher la collectivité porteuse").fill(c.commune);
    await page.locator("label", { hasText: `INSEE ${c.codeInsee}` }).click();
    await expect(page.getByText("Une candidature est déjà en cours pour cette collectivité et ce format")).toBeVisible();
    await expect(page.getByRole("link", { name: `${c.reference} — ${c.commune} : le centre-bourg` })).toBeVisible();
    await expect(page.getByRole("button", { name: "Créer la candidature" })).toBeDisabled();
    // Andouillé-Neuville (Ille-et-Vilaine) n'est pas proposée à la DDT de la Mayenne.
    await page.getByLabel("Rechercher la collectivité porteuse").fill("andouille");
    await expect(page.locator("label", { hasText: /^Andouillé/ }).first()).toBeVisible();
    await expect(page.locator("label", { hasText: "Andouillé-Neuville" })).toHaveCount(0);
    await verifierAccessibilite(page);
  });

  test("une commune commence un atelier flash avec la DDT : rédaction, refus de 9 mois (R2), pièces, co-signature, modification qui annule les signatures, nouvelle signature, dépôt, récépissé des deux parties", async ({
    page,
    browser,
    connecter,
    creerUtilisateur,
    communeLibre,
  }) => {
    test.setTimeout(300_000);
    const commune = await communeLibre(DEPARTEMENT_PARCOURS);
    const membre = await creerUtilisateur({ role: "membre", organisationId: commune.id }, { prenom: "Claire" });
    const maire = await creerUtilisateur({ role: "signataire", organisationId: commune.id }, { prenom: "Jean" });
    const agent = await creerUtilisateur({ role: "agent", codeDepartement: DEPARTEMENT_PARCOURS }, { prenom: "Paul" });
    const directrice = await creerUtilisateur({ role: "signataire_etat", codeDepartement: DEPARTEMENT_PARCOURS }, { prenom: "Anne" });
    /** Une page connectée, dans son propre contexte (ses propres cookies). */
    const pageDe = async (utilisateur: typeof membre) => {
      const p = await (await browser.newContext()).newPage();
      await connecter(p, utilisateur);
      return p;
    };

    await connecter(page, membre);
    await page.goto("/candidatures/nouvelle");
    await page.waitForLoadState("load");
    await page.locator("label", { hasText: "Atelier flash" }).click();
    await page.locator("label", { hasText: commune.nom }).click();
    await page.getByRole("button", { name: "Créer la candidature" }).and(page.locator(":enabled")).click();
    await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Atelier flash — ${commune.nom}`);
    await expect(enTete(page)).toContainText("Brouillon");
    await expect(page.getByRole("heading", { name: "Liste de contrôle" })).toBeVisible();
    await expect(page.getByText(/crée la candidature ADT-2026-\d{5}/)).toBeVisible();
    await verifierAccessibilite(page);
    const fiche = new URL(page.url()).pathname;
    const reference = /ADT-\d{4}-\d{5}/.exec((await enTete(page).textContent()) ?? "")![0];

    // La DDT est invitée par courriel (et elle seule : la collectivité a créé) ; la directrice ouvre
    // le courriel dans la boîte de développement et suit son lien.
    const pageDirectrice = await pageDe(directrice);
    const sujetCreation = `Nouvelle candidature ${reference}`;
    for (const personne of [membre, maire]) await expect(await courriels(pageDirectrice, personne.email, sujetCreation)).toHaveCount(0);
    await expect(await courriels(pageDirectrice, agent.email, sujetCreation)).toHaveCount(1);
    const invitation = await courriels(pageDirectrice, directrice.email, sujetCreation);
    await expect(invitation).toHaveCount(1);
    await verifierAccessibilite(pageDirectrice);
    await invitation.getByRole("link", { name: new RegExp(`^${sujetCreation} : `) }).click();
    await expect(pageDirectrice.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${sujetCreation} : Atelier flash`));
    await expect(pageDirectrice.getByText(`À ${directrice.email}`, { exact: false })).toBeVisible();
    await expect(pageDirectrice.getByText(`${membre.nomComplet} a commencé une candidature à un atelier flash pour ${commune.nom}`, { exact: false })).toBeVisible();
    await pageDirectrice.getByRole("link", { name: adresse(fiche) }).click();
    await pageDirectrice.waitForURL(adresse(fiche));
    await expect(pageDirectrice.getByRole("heading", { level: 1 })).toHaveText(/Atelier flash/);

    await page.getByRole("link", { name: "Modifier la candidature" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Modifier la candidature ${reference}`);
    await page.waitForLoadState("load");
    const objet = "Réinvestir les logements vacants du centre-bourg.";
    const note = page.getByRole("form", { name: "Note d'opportunité" });
    await note.getByLabel("Objet").fill(objet);
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

    // Périmètre (d'abord la commune elle-même) : on la retire, on la retrouve par la recherche au fil
    // de la frappe dans le référentiel, puis ce que couvre le périmètre enregistré.
    const perimetre = page.getByRole("form", { name: "Localisation et périmètre" });
    const libelle = `${commune.nom} (${commune.codeInsee})`;
    await perimetre.getByRole("button", { name: `Retirer ${libelle}` }).click();
    await perimetre.getByLabel("Rechercher une commune ou un EPCI").fill(commune.nom);
    await expect(perimetre.getByText(new RegExp(`\\d+ résultats? pour « ${litteral(commune.nom)} »`))).toBeVisible();
    await perimetre.getByRole("button", { name: `Ajouter ${libelle}` }).click();
    await expect(perimetre.getByRole("list", { name: "Communes du périmètre" })).toContainText(libelle);
    await perimetre.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(perimetre.getByText("Section enregistrée.")).toBeVisible();
    const couverture = perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" });
    await expect(couverture).toContainText("1 commune couverte");
    await expect(couverture).toContainText(`Population : ${new Intl.NumberFormat("fr-FR").format(commune.population)} habitant`);
    await expect(couverture).toContainText("Sarthe (72)");

    // Pièces (R8) : un faux PDF est refusé en français ; un vrai est joint, puis remplacé (version 2).
    const pieces = page.getByRole("region", { name: "Pièces jointes" });
    const nouvelle = pieces.getByLabel("Fichier", { exact: false }).last();
    await nouvelle.setInputFiles({ name: "note.pdf", mimeType: "application/pdf", buffer: Buffer.from("ceci n'est pas un PDF") });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText(MESSAGE_TYPE_REFUSE)).toBeVisible();
    await nouvelle.setInputFiles({ name: "note-opportunite.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note d'opportunité"]) });
    await pieces.getByRole("button", { name: "Joindre la pièce" }).click();
    await expect(pieces.getByText("« note-opportunite.pdf » : pièce jointe enregistrée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-opportunite\.pdf/ })).toBeVisible();
    await pieces.getByLabel(/Remplacer « note-opportunite\.pdf »/).setInputFiles({ name: "note-v2.pdf", mimeType: "application/pdf", buffer: pdfDemonstration(["Note v2"]) });
    await pieces.getByRole("button", { name: "Remplacer", exact: true }).click();
    await expect(pieces.getByText("Nouvelle version enregistrée ; la précédente est conservée.")).toBeVisible();
    await expect(pieces.getByRole("link", { name: /note-v2\.pdf.*version 2/ })).toBeVisible();

    await page.goto(fiche);
    await expect(page.getByText("Durée prévue : 5 mois", { exact: false })).toBeVisible();
    await expect(page.getByText(objet)).toBeVisible();
    await expect(page.getByText(/modifie la section « Calendrier »/)).toBeVisible();

    // Les autres pièces exigées (R5) : le courrier de soutien par la collectivité, l'engagement par la DDT.
    await joindre(page, `${fiche}/modifier`, "courrier_soutien_collectivite", "soutien.pdf");
    await joindre(await pageDe(agent), `${fiche}/modifier`, "courrier_engagement_etat", "engagement.pdf");

    // Co-signature (R6), après relecture du contenu et de son empreinte.
    const pageMaire = await pageDe(maire);
    await pageMaire.goto(fiche);
    await expect(pageMaire.getByRole("heading", { level: 2, name: "À vous : relire et signer la candidature" })).toBeVisible();
    await pageMaire.getByRole("link", { name: "Relire et signer" }).click();
    await pageMaire.waitForURL(adresse(fiche, "/signer"));
    await expect(pageMaire.getByText("Empreinte du contenu que vous signez")).toBeVisible();
    await expect(pageMaire.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    const empreinteSignee = await pageMaire.locator("code").textContent();
    await verifierAccessibilite(pageMaire);
    await pageMaire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
    await pageMaire.getByRole("button", { name: "Confirmer la signature" }).click();
    await pageMaire.waitForURL(adresse(fiche, "?signature=collectivite"));
    await expect(signature(pageMaire, `Collectivité principale : ${maire.nomComplet}`, { annulee: false })).toBeVisible();

    const motivation = "La DDT portera l'atelier avec la commune.";
    await pageDirectrice.goto(`${fiche}/signer`);
    await pageDirectrice.locator("label", { hasText: "Avis favorable" }).click();
    await pageDirectrice.getByLabel("Motivation de l'avis").fill(motivation);
    await pageDirectrice.getByRole("button", { name: "Signer pour le service de l'État" }).click();
    await pageDirectrice.getByRole("button", { name: "Confirmer la signature" }).click();
    await pageDirectrice.waitForURL(adresse(fiche, "?signature=etat"));
    await expect(signature(pageDirectrice, `Service de l'État : ${directrice.nomComplet}`, { annulee: false })).toContainText(`Avis favorable : ${motivation}`);
    await expect(enTete(pageDirectrice)).toContainText("Signée");
    await expect(pageDirectrice.getByRole("button", { name: "Déposer la candidature" })).toBeVisible();

    // Avant le dépôt, la collectivité modifie l'objet : les deux signatures sont annulées, visiblement.
    await page.goto(`${fiche}/modifier`);
    await page.waitForLoadState("load");
    const objetRevu = "Réinvestir les logements vacants et les commerces du centre-bourg.";
    await note.getByLabel("Objet").fill(objetRevu);
    await note.getByRole("button", { name: "Enregistrer la section" }).click();
    // Candidature signée : l'enregistrement attend une confirmation (tests/e2e/formulaire-mobile.spec.ts).
    await note.getByRole("button", { name: "Enregistrer et annuler les signatures" }).click();
    await expect(note.getByText(new RegExp(`^Section enregistrée\\. Signatures annulées : .*${litteral(maire.nomComplet)} pour la collectivité`))).toContainText("doivent signer de nouveau");

    const motifAnnulation = `Contenu modifié : la section « Note d'opportunité » a été modifiée par ${membre.nomComplet}.`;
    for (const signataire of [pageMaire, pageDirectrice]) {
      await signataire.goto(fiche);
      await expect(enTete(signataire)).toContainText("Brouillon");
      await expect(signataire.getByText(objetRevu)).toBeVisible();
      for (const signee of [`Collectivité principale : ${maire.nomComplet}`, `Service de l'État : ${directrice.nomComplet}`]) {
        const annulee = signature(signataire, signee, { annulee: true });
        await expect(annulee).toHaveCount(1);
        await expect(annulee).toContainText("Signature annulée le");
        await expect(annulee).toContainText(motifAnnulation);
        await expect(signature(signataire, signee, { annulee: false })).toHaveCount(0);
      }
      await expect(signataire.getByRole("button", { name: "Déposer la candidature" })).toHaveCount(0);
      await expect(signataire.getByRole("link", { name: "Relire et signer" })).toBeVisible();
    }
    await verifierAccessibilite(pageDirectrice);

    // Les deux signataires sont prévenus par courriel (pas l'auteure de la modification).
    const sujetAnnulation = `Signatures annulées : la candidature ${reference} a été modifiée`;
    await expect(await courriels(pageMaire, maire.email, sujetAnnulation)).toHaveCount(1);
    await expect(await courriels(pageMaire, membre.email, sujetAnnulation)).toHaveCount(0);
    const annulation = await courriels(pageDirectrice, directrice.email, sujetAnnulation);
    await annulation.getByRole("link", { name: sujetAnnulation }).click();
    await expect(pageDirectrice.getByRole("heading", { level: 1 })).toHaveText(sujetAnnulation);
    await expect(pageDirectrice.getByText(`la section « Note d'opportunité » a été modifiée par ${membre.nomComplet}`, { exact: false })).toBeVisible();
    await expect(pageDirectrice.getByText("doivent relire la candidature et la signer à nouveau avant son dépôt", { exact: false })).toBeVisible();

    // Nouvelle relecture et nouvelle signature des deux parties, sur le nouveau contenu.
    await pageMaire.goto(fiche);
    await pageMaire.getByRole("link", { name: "Relire et signer" }).click();
    await pageMaire.waitForURL(adresse(fiche, "/signer"));
    await expect(pageMaire.getByText(objetRevu)).toBeVisible();
    await expect(pageMaire.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(pageMaire.locator("code")).not.toHaveText(empreinteSignee!);
    await pageMaire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
    await pageMaire.getByRole("button", { name: "Confirmer la signature" }).click();
    await pageMaire.waitForURL(adresse(fiche, "?signature=collectivite"));
    await expect(signature(pageMaire, `Collectivité principale : ${maire.nomComplet}`, { annulee: false })).toBeVisible();
    await expect(signature(pageMaire, `Collectivité principale : ${maire.nomComplet}`, { annulee: true })).toHaveCount(1);

    await pageDirectrice.goto(fiche);
    await pageDirectrice.getByRole("link", { name: "Relire et signer" }).click();
    await pageDirectrice.waitForURL(adresse(fiche, "/signer"));
    await expect(pageDirectrice.getByText(objetRevu)).toBeVisible();
    await pageDirectrice.locator("label", { hasText: "Avis favorable" }).click();
    await pageDirectrice.getByLabel("Motivation de l'avis").fill(motivation);
    await pageDirectrice.getByRole("button", { name: "Signer pour le service de l'État" }).click();
    await pageDirectrice.getByRole("button", { name: "Confirmer la signature" }).click();
    await pageDirectrice.waitForURL(adresse(fiche, "?signature=etat"));
    await expect(signature(pageDirectrice, `Service de l'État : ${directrice.nomComplet}`, { annulee: false })).toContainText(`Avis favorable : ${motivation}`);
    await expect(signature(pageDirectrice, `Collectivité principale : ${maire.nomComplet}`, { annulee: false })).toBeVisible();
    await expect(enTete(pageDirectrice)).toContainText("Signée");

    // Dépôt par le service de l'État, après confirmation.
    await pageDirectrice.getByRole("button", { name: "Déposer la candidature" }).click();
    await pageDirectrice.getByRole("button", { name: "Confirmer le dépôt" }).click();
    await expect(pageDirectrice.getByRole("link", { name: /Télécharger le récépissé de dépôt/ })).toBeVisible({ timeout: 15_000 });
    await expect(enTete(pageDirectrice)).toContainText("Déposée");
    await expect(pageDirectrice.getByRole("button", { name: "Déposer la candidature" })).toHaveCount(0);
    await verifierAccessibilite(pageDirectrice);

    // Les deux parties téléchargent le même récépissé PDF.
    const recepisseEtat = await telechargerRecepisse(pageDirectrice);
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

  test("deux personnes modifient la même section en même temps : la seconde est prévenue, garde sa saisie et enregistre ensuite", async ({ browser, connecter, preparerCandidature }) => {
    test.setTimeout(120_000);
    // Une candidature en préparation, que la commune et la DDT peuvent toutes deux modifier.
    const c = await preparerCandidature();
    const { membre, agent } = c.utilisateurs;
    const fiche = `/candidatures/${c.id}`;
    const collectivite = await (await browser.newContext()).newPage();
    const ddt = await (await browser.newContext()).newPage();
    await connecter(collectivite, membre);
    await connecter(ddt, agent);

    // Les deux ouvrent le formulaire avant toute modification.
    for (const p of [collectivite, ddt]) {
      await p.goto(`${fiche}/modifier`);
      await expect(p.getByRole("heading", { level: 1 })).toHaveText(`Modifier la candidature ${c.reference}`);
      await p.waitForLoadState("load");
    }
    const noteCollectivite = collectivite.getByRole("form", { name: "Note d'opportunité" });
    const noteDdt = ddt.getByRole("form", { name: "Note d'opportunité" });
    const objetCollectivite = "Imaginer les franges agri-urbaines avec les agriculteurs et les habitants.";
    const objetDdt = "Préserver les terres agricoles des franges et y organiser les mobilités douces.";
    await noteCollectivite.getByLabel(/^Objet/).fill(objetCollectivite);
    await noteDdt.getByLabel(/^Objet/).fill(objetDdt);

    await noteCollectivite.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(noteCollectivite.getByText("Section enregistrée.", { exact: true })).toBeVisible();

    // La seconde saisie, partie d'une version dépassée, n'écrase rien.
    await noteDdt.getByRole("button", { name: "Enregistrer la section" }).click();
    const conflit = noteDdt.getByRole("alert").filter({ has: ddt.getByRole("heading", { name: "Modification concurrente" }) });
    await expect(conflit).toBeVisible();
    await expect(conflit).toContainText(new RegExp(`La section « Note d'opportunité » a été modifiée par ${litteral(membre.nomComplet)} (à|le) .+ pendant votre saisie \\(objet\\)\\.`));
    await expect(conflit).toContainText("Votre saisie n'a pas été enregistrée et reste affichée");
    const champ = noteDdt.getByLabel(/^Objet/);
    await expect(champ).toHaveValue(objetDdt);
    await expect(noteDdt.getByText(`Valeur actuelle enregistrée : « ${objetCollectivite} ».`, { exact: false })).toBeVisible();
    // Seul le champ changé par l'autre personne montre sa valeur actuelle.
    await expect(noteDdt.getByText("Valeur actuelle enregistrée", { exact: false })).toHaveCount(1);
    await expect(champ).toHaveAttribute("aria-invalid", "true");
    await expect(noteDdt.getByText(new RegExp(`Modifié par ${litteral(membre.nomComplet)} .+ pendant votre saisie : vérifiez la valeur actuelle\\.`))).toBeVisible();
    await expect(noteDdt.getByText("Section enregistrée.", { exact: false })).toHaveCount(0);
    await verifierAccessibilite(ddt);

    // Après avoir comparé, la DDT enregistre à nouveau : sa saisie remplace la version actuelle.
    await noteDdt.getByRole("button", { name: "Enregistrer la section" }).click();
    await expect(noteDdt.getByText("Section enregistrée.", { exact: true })).toBeVisible();
    await expect(conflit).toHaveCount(0);
    await expect(champ).toHaveValue(objetDdt);
    await expect(champ).not.toHaveAttribute("aria-invalid", "true");

    await collectivite.goto(fiche);
    await expect(collectivite.getByText(objetDdt)).toBeVisible();
    await expect(collectivite.getByText(objetCollectivite)).toHaveCount(0);
    await expect(collectivite.getByText(`${agent.nomComplet} modifie la section « Note d'opportunité »`, { exact: false }).first()).toBeVisible();
  });
});
