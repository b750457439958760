// Le formulaire de candidature tel que ses usagers le rencontrent, sur un ordinateur (1280 px) et
// sur un téléphone (390 px) : confirmation avant d'annuler des signatures (le bouton comme le départ
// d'une section), saisie gardée si l'on renonce, focus après l'enregistrement et après une navigation,
// compteur de caractères, Entrée dans les résultats de recherche, pages sans défilement de côté,
// tableaux défilants atteignables au clavier (axe-core). Chaque test crée ses propres comptes et sa
// propre candidature (fixtures).
import type { Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { CAPTURES, LARGEURS, capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { expect, test, type OutilsBase } from "./helpers/fixtures";


/** Texte de l'élément qui a le focus (jamais <body> après une action). */
const texteDuFocus = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? "<body>" : (document.activeElement?.textContent ?? "")));

async function ouvrir(page: Page, adresse: string) {
  await page.goto(adresse);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

type Outils = Pick<OutilsBase, "sql" | "seConnecterComme" | "creerUtilisateur" | "communeLibre" | "serviceEtat">;

/**
 * Une candidature flash d'une commune libre de la Mayenne, créée par son maire (connecté dans
 * `page`) comme le ferait l'usager, puis signée par lui et par une signataire de la DDT.
 */
async function candidatureSignee(page: Page, outils: Outils) {
  const commune = await outils.communeLibre("53");
  const ddt = await outils.serviceEtat("53");
  const maire = await outils.seConnecterComme(page, { role: "signataire", organisationId: commune.id }, { prenom: "Jeanne" });
  const directrice = await outils.creerUtilisateur({ role: "signataire_etat", codeDepartement: "53" }, { prenom: "Anne" });
  await ouvrir(page, "/candidatures/nouvelle");
  await page.locator("label", { hasText: "Atelier flash" }).click();
  await page.getByRole("button", { name: "Créer la candidature" }).and(page.locator(":enabled")).click();
  await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  // Les deux signatures portent sur le contenu actuel (même empreinte), comme après la relecture.
  await outils.sql(
    `INSERT INTO signature (id, "candidatureId", partie, "organisationId", "utilisateurId", "hashContenu", avis, "signeeLe")
     SELECT gen_random_uuid(), c.id, 'collectivite'::"PartieSignataire", $2::uuid, $3::uuid, c."hashContenu", NULL::"AvisEtat", now() - interval '1 day' FROM candidature c WHERE c.id = $1
     UNION ALL
     SELECT gen_random_uuid(), c.id, 'etat'::"PartieSignataire", $4::uuid, $5::uuid, c."hashContenu", 'favorable'::"AvisEtat", now() FROM candidature c WHERE c.id = $1`,
    [id, commune.id, maire.id, ddt.id, directrice.id],
  );
  await outils.sql(`UPDATE candidature SET statut = 'signee' WHERE id = $1`, [id]);
  return { id, commune, ddt, maire, directrice };
}

const signaturesValides = async (sql: Outils["sql"], id: string) =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM signature WHERE "candidatureId" = $1 AND "invalideeLe" IS NULL`, [id]))[0]!.n;

for (const { nom: largeur, viewport } of LARGEURS) {
  test.describe(`${largeur} (${viewport.width} px)`, () => {
    test.use({ viewport });

    test("candidature signée : la page le dit, enregistrer demande confirmation, renoncer garde la saisie, confirmer dit qui doit signer de nouveau", async ({
      page,
      sql,
      seConnecterComme,
      creerUtilisateur,
      communeLibre,
      serviceEtat,
    }) => {
      test.setTimeout(120_000);
      const { id, commune, ddt } = await candidatureSignee(page, { sql, seConnecterComme, creerUtilisateur, communeLibre, serviceEtat });

      // La liste montre le statut et les signatures sans défiler de côté.
      await ouvrir(page, "/candidatures");
      const ligne = (largeur === "telephone" ? page.getByRole("listitem") : page.getByRole("row")).filter({ hasText: /ADT-\d{4}-\d{5}/ }).first();
      await expect(ligne).toContainText("Signée");
      await expect(ligne).toContainText("2 signatures sur 2");
      // Visible dans la largeur de l'écran (pas dans une partie du tableau qu'il faudrait faire défiler).
      const badge = ligne.getByText("2 signatures sur 2");
      await expect(badge).toBeVisible();
      const boite = (await badge.boundingBox())!;
      expect(boite.x + boite.width).toBeLessThanOrEqual(viewport.width);
      await sansDefilementLateral(page);
      await capturer(page, `liste-${largeur}`);

      // Navigation côté client vers la fiche : le focus va au titre de la page, pas sur <body>.
      await page.getByRole("link", { name: /ADT-\d{4}-\d{5}/ }).first().click();
      await page.waitForURL(`**/candidatures/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await sansDefilementLateral(page);
      await capturer(page, `fiche-${largeur}`);

      await ouvrir(page, `/candidatures/${id}/signer`);
      await sansDefilementLateral(page);
      await capturer(page, `signer-${largeur}`);

      await ouvrir(page, `/candidatures/${id}/modifier`);
      await expect(page.getByText(/^Candidature signée par les deux parties le \d{1,2}(er)? \S+ \d{4}$/)).toBeVisible();
      await sansDefilementLateral(page);
      await verifierAccessibilite(page);

      // Compteur de caractères : la limite est celle du schéma (10 000).
      const note = page.getByRole("form", { name: "Note d'opportunité" });
      const objet = note.getByLabel(/^Objet/);
      await expect(note.getByText(/^0 sur 10\s000 caractères\.$/).first()).toBeVisible();
      const saisie = "Réinvestir les logements vacants du centre-bourg.";
      await objet.fill(saisie);
      await expect(note.getByText(`${saisie.length} sur 10\u202f000 caractères.`)).toBeVisible();

      // « Enregistrer la section » : confirmation d'abord, focus dessus ; renoncer garde la saisie.
      await note.getByRole("button", { name: "Enregistrer la section" }).click();
      const confirmation = note.getByRole("group", { name: /Enregistrer et annuler les signatures/ });
      await expect(confirmation).toBeFocused();
      await expect(confirmation).toContainText(`la collectivité (${commune.nom}) et le service de l'État (${ddt.nom}) devront signer de nouveau`);
      await verifierAccessibilite(page);
      await capturer(page, `confirmation-${largeur}`);
      await confirmation.screenshot({ path: `${CAPTURES}/confirmation-detail-${largeur}.png` });
      await page.getByText(/^Candidature signée par les deux parties/).locator("..").screenshot({ path: `${CAPTURES}/bandeau-signee-${largeur}.png` });
      await confirmation.getByRole("button", { name: "Ne pas enregistrer pour l'instant" }).click();
      await expect(confirmation).toHaveCount(0);
      await expect(objet).toHaveValue(saisie);
      await expect(note.getByText(/Votre saisie est conservée sur cette page mais n'est pas enregistrée/)).toBeVisible();
      await expect(note.getByRole("button", { name: "Enregistrer la section" })).toBeFocused();
      expect(await signaturesValides(sql, id)).toBe(2);

      // Quitter la section avec un changement : on demande au lieu d'enregistrer en silence.
      await objet.fill(`${saisie} Et les commerces.`);
      await page.getByRole("form", { name: "Calendrier" }).getByLabel("Durée prévue (en mois)").focus();
      await expect(confirmation).toBeFocused();
      await expect(confirmation).toContainText("Vous quittez la section « Note d'opportunité » avec des changements.");
      expect(await signaturesValides(sql, id)).toBe(2);
      await confirmation.getByRole("button", { name: "Enregistrer et annuler les signatures" }).click();

      // Le serveur annule les signatures ; le message, qui a le focus, dit qui doit signer de nouveau.
      const message = note.getByText(/^Section enregistrée automatiquement\. Signatures annulées : /);
      await expect(message).toContainText(`La collectivité (${commune.nom}) et le service de l'État (${ddt.nom}) doivent signer de nouveau le contenu à jour.`);
      await expect.poll(() => texteDuFocus(page)).toContain("Section enregistrée automatiquement.");
      await message.screenshot({ path: `${CAPTURES}/message-annulees-${largeur}.png` });
      await expect(page.getByText(/^Candidature signée par/)).toHaveCount(0);
      expect(await signaturesValides(sql, id)).toBe(0);
      await expect(objet).toHaveValue(`${saisie} Et les commerces.`);

      // Plus rien de signé : la section suivante s'enregistre sans confirmation, le focus va au message.
      const calendrier = page.getByRole("form", { name: "Calendrier" });
      await calendrier.getByLabel("Durée prévue (en mois)").fill("4");
      await calendrier.getByRole("button", { name: "Enregistrer la section" }).click();
      await expect(calendrier.getByText("Section enregistrée.", { exact: true })).toBeVisible();
      await expect.poll(() => texteDuFocus(page)).toBe("Section enregistrée.");

      // Une erreur remplace le message de succès : jamais les deux ensemble.
      await note.getByLabel(/^Titre/).fill("ab");
      await note.getByRole("button", { name: "Enregistrer la section" }).click();
      await expect(note.getByText(/certains champs sont à corriger/)).toBeVisible();
      await expect(note.getByText(/^Section enregistrée/)).toHaveCount(0);
      await sansDefilementLateral(page);
      await capturer(page, `modifier-${largeur}`);
    });

    test("nouvelle candidature d'un agent de la DDT : Entrée mène aux résultats puis choisit la collectivité", async ({ page, seConnecterComme }) => {
      await seConnecterComme(page, { role: "agent", codeDepartement: "53" });
      await ouvrir(page, "/candidatures/nouvelle");
      await page.locator("label", { hasText: "Atelier flash" }).click();
      const recherche = page.getByLabel("Rechercher la collectivité porteuse");
      await recherche.fill("andouillé");
      await expect(page.getByText(/\d+ résultats? pour « andouillé »/)).toBeVisible();
      await recherche.press("Enter");
      const premier = page.locator("#choix-collectivite").getByRole("radio").first();
      await expect(premier).toBeFocused();
      await expect(premier).not.toBeChecked();
      await premier.press("Enter");
      await expect(premier).toBeChecked();
      await expect(page).toHaveURL(/\/candidatures\/nouvelle$/);
      await sansDefilementLateral(page);
    });

    test("fiche et relecture d'une candidature avec ses pièces : rien ne dépasse la largeur de l'écran", async ({ page, sql, seConnecterComme }) => {
      // Une candidature de démonstration de la Mayenne avec des pièces jointes (noms de fichier longs, tailles).
      const [avecPieces] = await sql<{ id: string }>(
        `SELECT c.id FROM candidature c WHERE c."codeDepartement" = '53' AND EXISTS (SELECT 1 FROM piece p WHERE p."candidatureId" = c.id)
          ORDER BY (c.statut IN ('brouillon', 'signee')) DESC, c.reference LIMIT 1`,
      );
      expect(avecPieces, "une candidature de la Mayenne avec des pièces dans les données de démonstration").toBeDefined();
      await seConnecterComme(page, { role: "signataire_etat", codeDepartement: "53" });
      for (const adresse of [`/candidatures/${avecPieces!.id}`, `/candidatures/${avecPieces!.id}/signer`]) {
        await ouvrir(page, adresse);
        await sansDefilementLateral(page);
      }
      await capturer(page, `signer-pieces-${largeur}`);
    });

    test("tableaux défilants atteignables au clavier : Mon compte d'un juré, membres d'une DDT", async ({ page, seConnecterComme, creerUtilisateur, connecter, serviceEtat }) => {
      await seConnecterComme(page, { role: "jure" });
      await ouvrir(page, "/mon-compte");
      await expect(page.getByRole("heading", { name: "Mes jurys" })).toBeVisible();
      await verifierAccessibilite(page);
      await sansDefilementLateral(page);
      await capturer(page, `mon-compte-jure-${largeur}`);

      const agent = await creerUtilisateur({ role: "agent", codeDepartement: "53" });
      await page.context().clearCookies();
      await connecter(page, agent);
      const ddt = await serviceEtat("53");
      await ouvrir(page, `/organisations/${ddt.id}/membres`);
      const zone = page.getByRole("region", { name: /défilement horizontal/ });
      if (largeur === "telephone") {
        // Le tableau est plus large que l'écran : sa zone se fait défiler au clavier.
        await zone.first().focus();
        await expect(zone.first()).toBeFocused();
        await zone.first().press("ArrowRight");
      }
      await verifierAccessibilite(page);
      await sansDefilementLateral(page);
      await capturer(page, `membres-${largeur}`);
    });
  });
}
