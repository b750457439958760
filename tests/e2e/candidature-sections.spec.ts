// Sections du formulaire de candidature, de bout en bout : les collectivités porteuses associées,
// l'aperçu de ce que couvrira le périmètre avant de l'enregistrer, l'enregistrement automatique
// quand on quitte une section avec des changements, et la reconnexion après une session expirée.
// Le test crée son propre compte et sa propre candidature, pour un EPCI de la Mayenne sans
// candidature (fixtures).
import { nomCollectiviteDeveloppe } from "../../lib/format/collectivites";
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";

const LAVAL_AGGLO = { nom: "CA Laval Agglomération", siren: "200083392" };
const ERNEE = { nom: "CC de l'Ernée", siren: "245300355", communes: 15 };

test("un EPCI associe Laval Agglomération, voit ce que couvrira son périmètre et retrouve ce qu'il a saisi en quittant une section ou après une session expirée", async ({
  page,
  sql,
  seConnecterComme,
  epciLibre,
}) => {
  test.setTimeout(120_000);
  const epci = await epciLibre("53", [LAVAL_AGGLO.siren, ERNEE.siren]);
  const membre = await seConnecterComme(page, { role: "membre", organisationId: epci.id });
  await page.goto("/candidatures/nouvelle");
  await page.waitForLoadState("load");
  await page.locator("label", { hasText: "Atelier local" }).click();
  await page.locator("label", { hasText: epci.nom }).click();
  await page.getByRole("button", { name: "Créer la candidature" }).and(page.locator(":enabled")).click();
  await page.waitForURL(/\/candidatures\/[0-9a-f-]{36}$/);
  const fiche = new URL(page.url()).pathname;
  await page.goto(`${fiche}/modifier`);
  await page.waitForLoadState("load");

  // Porteurs : la collectivité principale est rappelée ; une autre collectivité s'ajoute par recherche.
  const porteurs = page.getByRole("form", { name: "Porteurs" });
  await expect(porteurs).toContainText(`Collectivité porteuse principale : ${epci.nom}`);
  const recherche = porteurs.getByLabel("Rechercher une collectivité associée");
  await recherche.fill("laval");
  await expect(porteurs.getByText(/\d+ résultats? pour « laval »/)).toBeVisible();
  await expect(porteurs.getByText(`Intercommunalité (EPCI) · SIREN ${LAVAL_AGGLO.siren} · département 53`)).toBeVisible();
  await porteurs.getByRole("button", { name: `Associer ${LAVAL_AGGLO.nom}` }).click();
  // Le bouton disparaît : le focus revient à la recherche, pour le clavier.
  await expect(recherche).toBeFocused();
  await expect(porteurs.getByText(`${LAVAL_AGGLO.nom} : déjà associée.`)).toBeVisible();
  await expect(porteurs.getByRole("list", { name: "Collectivités associées" })).toContainText(LAVAL_AGGLO.nom);
  await porteurs.getByRole("button", { name: "Enregistrer la section" }).click();
  await expect(porteurs.getByText("Section enregistrée.")).toBeVisible();

  // Périmètre (d'abord l'EPCI lui-même) : ce que couvrirait la sélection est calculé avant l'enregistrement.
  const perimetre = page.getByRole("form", { name: "Localisation et périmètre" });
  await expect(perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" })).toContainText(`${epci.communes} communes couvertes`);
  await perimetre.getByLabel("Rechercher une commune ou un EPCI").fill("ernée");
  await perimetre.getByRole("button", { name: `Ajouter ${ERNEE.nom} (${ERNEE.siren})` }).click();
  const apercu = perimetre.getByRole("region", { name: "Ce que couvrira le périmètre saisi (pas encore enregistré)" });
  const total = epci.communes + ERNEE.communes;
  await expect(apercu).toContainText(`${total} communes couvertes`);
  await expect(apercu).toContainText(`${ERNEE.nom} (${ERNEE.communes} communes)`);
  await expect(apercu).toContainText(`${epci.nom} (${epci.communes} communes)`);
  await expect(apercu).toContainText("Département : Mayenne (53)");
  await verifierAccessibilite(page);

  // Quitter la section (le focus passe à la note) l'enregistre sans clic.
  const note = page.getByRole("form", { name: "Note d'opportunité" });
  const objectifs = "Revitaliser les bourgs des deux intercommunalités.";
  await note.getByLabel("Objectifs").fill(objectifs);
  await expect(perimetre.getByText("Section enregistrée automatiquement.")).toBeVisible();
  await expect(perimetre.getByRole("region", { name: "Ce que couvre le périmètre enregistré" })).toContainText(`${total} communes couvertes`);
  await page.getByRole("form", { name: "Calendrier" }).getByLabel("Durée prévue (en mois)").focus();
  await expect(note.getByText("Section enregistrée automatiquement.")).toBeVisible();

  // Ce qui a été enregistré en quittant les sections est bien en base : la fiche le montre, avec les
  // noms des intercommunalités écrits en entier.
  await page.goto(fiche);
  const contenu = page.getByRole("region", { name: "Contenu de la candidature" });
  await expect(contenu.getByText(objectifs)).toBeVisible();
  await expect(contenu).toContainText("Communauté d'agglomération Laval Agglomération");
  await expect(contenu).not.toContainText(LAVAL_AGGLO.nom);
  await expect(page.getByText(/modifie la section « Localisation et périmètre »/).first()).toBeVisible();
  const r3 = page.getByText(/Le périmètre couvre entièrement les EPCI/);
  await expect(r3).toContainText("Communauté de communes de l'Ernée");
  await expect(r3).toContainText(nomCollectiviteDeveloppe(epci.nom));

  // Session expirée pendant la saisie : rien n'est perdu ; on se reconnecte par lien de connexion dans
  // un autre onglet, qui ramène au formulaire, et l'enregistrement suivant passe.
  await page.goto(`${fiche}/modifier`);
  await page.waitForLoadState("load");
  const ressources = "PLUi approuvé en 2019 ; étude de revitalisation des centres-bourgs.";
  await page.getByLabel("Ressources").fill(ressources);
  // La session expire côté serveur (le cookie reste) : effacer les cookies du navigateur ne suffirait
  // pas, une lecture de /api/auth/session encore en vol les reposerait.
  await sql(`UPDATE session_connexion SET expires = now() - interval '1 minute' WHERE "utilisateurId" = $1`, [membre.id]);
  await note.getByRole("button", { name: "Enregistrer la section" }).click();
  const expiree = note.getByRole("alert").filter({ hasText: "Session expirée" }).or(note.locator(".fr-alert--error").filter({ hasText: "Session expirée" }));
  await expect(expiree).toBeVisible();
  await expect(page.getByLabel("Ressources")).toHaveValue(ressources);
  await verifierAccessibilite(page);
  const [onglet] = await Promise.all([page.context().waitForEvent("page"), note.getByRole("link", { name: "Se reconnecter dans un nouvel onglet" }).click()]);
  await onglet.waitForLoadState("load");
  await onglet.getByLabel("Adresse électronique").fill(membre.email);
  await onglet.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
  await onglet.waitForURL(/\/connexion\/verification/);
  await onglet.goto(`/dev/boite-mail?${new URLSearchParams({ destinataire: membre.email })}`);
  await onglet.getByRole("row").filter({ hasText: membre.email }).getByRole("link", { name: "Votre lien de connexion aux Ateliers des territoires" }).click();
  const lien = await onglet.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).getAttribute("href");
  await onglet.goto(lien!);
  await onglet.waitForURL(new RegExp(`${fiche}/modifier$`));
  await onglet.close();
  await note.getByRole("button", { name: "Enregistrer la section" }).click();
  await expect(note.getByText("Section enregistrée.")).toBeVisible();
  await page.goto(fiche);
  await expect(page.getByText(ressources)).toBeVisible();
});
