// Sélection (issue 13, « Done when »), comme la vivent de nouveaux utilisateurs.
// 1. Session nationale : un administrateur de la DGALN prépare une session (grille de trois critères)
//    et l'ouvre ; deux collectivités y déposent avec leur DDT (dépôt par le bouton de la fiche, R1
//    contrôlée par le serveur) ; la session se ferme d'elle-même à l'heure dite et un dépôt tardif est
//    refusé en français ; la DGALN déclare les deux recevables ; l'administrateur compose un jury de
//    trois et répartit ; chaque juré note sans voir les autres ; l'administrateur ouvre la délibération,
//    décide en lot (retenue, non retenue, motivées) et publie ; la page publique montre la lauréate
//    seule, chaque porteur lit sa décision et télécharge sa lettre PDF, l'atelier de la lauréate existe.
// 2. Flash : retenu au fil de l'eau depuis sa fiche par une référente ; lettre PDF, bilan de l'année
//    sur le tableau d'instruction.
// axe-core sur chaque état de la délibération ; captures du tableau à 1280 et 390 px.
import type { Browser, Page } from "@playwright/test";
import { verifierAccessibilite } from "./helpers/axe";
import { capturer, sansDefilementLateral } from "./helpers/mise-en-page";
import { expect, test, type UtilisateurTest } from "./helpers/fixtures";

/** « 2026-11-30T10:20 » : l'instant à l'heure de Paris, au format du champ date-heure. */
function heureParis(instant: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const anneeParis = () => new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date());

/** Une page dans un contexte neuf, connectée comme cet utilisateur. */
async function pageDe(browser: Browser, connecter: (p: Page, u: UtilisateurTest) => Promise<void>, utilisateur: UtilisateurTest): Promise<Page> {
  const p = await (await browser.newContext()).newPage();
  await connecter(p, utilisateur);
  return p;
}

/** Le DSFR dessine le bouton radio sur son libellé : on clique le libellé de la note, comme l'usager. */
async function noter(page: Page, critere: string, note: number) {
  const groupe = page.getByRole("group", { name: `Note pour « ${critere} »` });
  await groupe.locator(`label[for$="-${note}"]`).click();
  await expect(groupe.getByRole("radio", { name: new RegExp(`^${note}`) })).toBeChecked();
}

/** Recharge la fiche jusqu'à ce que la lettre de décision (produite par le travailleur) y figure ; rend son adresse. */
async function lienLettre(page: Page, fiche: string): Promise<string> {
  // En tête de la fiche, la décision qui fixe le statut, sa motivation et sa lettre (produite par la file pour une session).
  const lien = page.getByRole("region", { name: /^Décision de la DGALN du / }).getByRole("link", { name: /Télécharger la lettre de décision/ });
  await expect(async () => {
    await page.goto(fiche);
    await expect(lien.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000, intervals: [3_000] });
  return (await lien.last().getAttribute("href"))!;
}

async function verifierPdf(page: Page, adresse: string) {
  expect(adresse).toMatch(/^\/api\/candidatures\/.+\/decisions\/.+\/lettre$/);
  const reponse = await page.request.get(adresse);
  expect(reponse.status()).toBe(200);
  expect(Buffer.from(await reponse.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
}

const CRITERES = ["Pertinence du territoire et des enjeux", "Portage politique et partenarial", "Capacité à mobiliser les acteurs locaux"];
const MOTIVATION_RETENUE = "Le jury salue un territoire aux enjeux clairs et un portage politique solide.";
const MOTIVATION_NON_RETENUE = "Le jury relève un projet encore peu partagé avec les acteurs locaux.";

test.describe("sélection", () => {
  test("session nationale : dépôts, clôture à l'heure, jury, délibération en lot, publication, lettres et atelier", async ({
    page,
    browser,
    sql,
    connecter,
    creerUtilisateur,
    seConnecterComme,
    preparerCandidature,
  }) => {
    test.setTimeout(600_000);
    const theme = `Sobriété foncière et centres-bourgs ${Date.now()}`;
    let sessionId = "";
    try {
      await seConnecterComme(page, { role: "administrateur" }, { prenom: "Agathe", nom: "Administratrice" });

      await test.step("a. l'administrateur prépare la session (trois critères, trois pièces) et l'ouvre", async () => {
        await page.goto("/admin/sessions/nouvelle");
        await page.getByRole("textbox", { name: /^Thème/ }).fill(theme);
        await page.getByRole("textbox", { name: /^Description/ }).fill("Des centres-bourgs plus sobres : habiter, commercer, se déplacer.");
        await page.getByLabel("Ouverture (heure de Paris)").fill(heureParis(new Date(Date.now() - 3_600_000)));
        // Une clôture lointaine d'abord : les dépôts prennent un temps variable sur une machine chargée.
        // L'administrateur l'avancera à la minute qui suit, une fois les dépôts faits (étape c).
        await page.getByLabel("Clôture (heure de Paris)").fill(heureParis(new Date(Date.now() + 86_400_000)));
        await page.getByLabel("Nombre de lauréats (facultatif)").fill("1");
        // La session n'exige pas le courrier du préfet : les trois pièces des candidatures préparées.
        await page.getByText("Courrier de soutien du préfet ou du sous-préfet", { exact: true }).click();
        await expect(page.getByRole("checkbox", { name: "Courrier de soutien du préfet ou du sous-préfet" })).not.toBeChecked();
        for (const [i, libelle] of CRITERES.entries()) await expect(page.getByLabel(`Critère ${i + 1} : intitulé`)).toHaveValue(libelle);
        await expect(page.getByText("Total des poids : 100 %")).toBeVisible();
        await page.getByRole("button", { name: "Créer la session (en préparation)" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme);
        sessionId = /\/admin\/sessions\/([0-9a-f-]{36})/.exec(page.url())![1]!;
        await page.getByRole("button", { name: "Ouvrir la session aux candidatures" }).click();
        await page.getByRole("button", { name: "Confirmer" }).click();
        await expect(page.getByText("Ouverte", { exact: true })).toBeVisible();
      });

      // Trois candidatures nationales de la session, créées pendant qu'elle est ouverte par les vrais
      // cas d'usage et signées par les deux parties ; la troisième sera déposée trop tard.
      // L'une après l'autre : deux préparations simultanées pourraient tirer la même commune libre.
      const [a, b, tardive] = await test.step("b. trois collectivités préparent et signent leur candidature avec leur DDT", async () => {
        const preparees = [];
        for (let i = 0; i < 3; i++) preparees.push(await preparerCandidature({ sessionId, signatures: ["collectivite", "etat"] }));
        return preparees;
      });

      await test.step("b. la DDT de chacune des deux premières la dépose depuis la fiche", async () => {
        for (const c of [a!, b!]) {
          const ddt = await pageDe(browser, connecter, c.utilisateurs.signataireEtat);
          await ddt.goto(`/candidatures/${c.id}`);
          await ddt.getByRole("button", { name: "Déposer la candidature" }).click();
          await ddt.getByRole("button", { name: "Confirmer le dépôt" }).click();
          // Le dépôt produit le récépissé PDF puis recharge la fiche : plus long sur une machine chargée.
          // Un refus s'affiche en alerte : son texte est alors l'échec du test.
          const depose = ddt.getByText("La candidature est déposée : le récépissé est téléchargeable ci-dessous");
          const refus = ddt.locator(".fr-alert--error");
          await expect(depose.or(refus).first()).toBeVisible({ timeout: 45_000 });
          expect(await refus.count(), await refus.allInnerTexts().then((t) => t.join(" / "))).toBe(0);
          await expect(depose).toBeVisible();
          await ddt.context().close();
        }
      });

      await test.step("c. la session se ferme d'elle-même à l'heure dite ; un dépôt tardif est refusé", async () => {
        // L'administrateur avance la clôture à la minute qui suit (au moins 20 s plus tard) : la tâche
        // posée pour cet instant, ou la tâche de chaque minute, doit fermer la session sans autre geste.
        const cloture = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
        await page.goto(`/admin/sessions/${sessionId}`);
        await page.getByLabel("Clôture (heure de Paris)").fill(heureParis(cloture));
        await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
        await expect(page.getByText("Session enregistrée")).toBeVisible();
        await expect(async () => {
          await page.reload();
          await expect(page.getByText("Clôturée", { exact: true })).toBeVisible({ timeout: 2_000 });
        }).toPass({ timeout: 150_000, intervals: [5_000] });
        expect(Date.now()).toBeGreaterThanOrEqual(cloture.getTime());

        const ddt = await pageDe(browser, connecter, tardive!.utilisateurs.signataireEtat);
        await ddt.goto(`/candidatures/${tardive!.id}`);
        await expect(ddt.getByText(new RegExp(`La session « ${theme} » est close depuis le .+ \\(heure de Paris\\) : les candidatures ne peuvent plus y être déposées\\.`)).first()).toBeVisible();
        await expect(ddt.getByRole("button", { name: "Déposer la candidature" })).toHaveCount(0);
        await ddt.context().close();
      });

      await test.step("d. la DGALN déclare les deux candidatures recevables", async () => {
        const referente = await pageDe(browser, connecter, await creerUtilisateur({ role: "referent" }, { prenom: "Élise", nom: "Référente" }));
        for (const c of [a!, b!]) {
          await referente.goto(`/candidatures/${c.id}`);
          const panneau = referente.getByRole("region", { name: "Recevabilité" });
          await panneau.getByText("Déclarer recevable").click();
          await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
          await panneau.getByRole("button", { name: "Confirmer la décision" }).click();
          await expect(referente.getByText("La candidature est déclarée recevable : elle entre en instruction.")).toBeVisible();
        }
        await referente.context().close();
      });

      const jures = [
        await creerUtilisateur({ role: "sans_appartenance" }, { prenom: "Inès", nom: `Durand-${Date.now() % 10_000}` }),
        await creerUtilisateur({ role: "sans_appartenance" }, { prenom: "Marc", nom: `Petit-${Date.now() % 10_000}` }),
        await creerUtilisateur({ role: "sans_appartenance" }, { prenom: "Lucie", nom: `Moreau-${Date.now() % 10_000}` }),
      ];

      await test.step("e. l'administrateur compose un jury de trois et répartit automatiquement", async () => {
        await page.goto(`/admin/sessions/${sessionId}`);
        await page.getByRole("link", { name: "Jury et répartition des candidatures" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Jury de la session « ${theme} »`);
        for (const j of jures) {
          await page.getByLabel("Adresse électronique").fill(j.email);
          await page.getByRole("button", { name: "Ajouter au jury" }).click();
          await expect(page.getByRole("row").filter({ hasText: j.nomComplet })).toBeVisible();
        }
        await page.getByLabel("Jurés par candidature").fill("3");
        await page.getByRole("button", { name: "Répartir automatiquement" }).click();
        await expect(page.getByText("6 affectations ajoutées")).toBeVisible();
        // Chaque juré a reçu au moins une candidature ; les six affectations portent sur les deux déposées.
        for (const j of jures) await expect(page.getByRole("row").filter({ hasText: j.nomComplet })).toContainText(/0 sur [12]/);
        const affectees = await sql<{ id: string }>(
          `SELECT DISTINCT af."candidatureId" AS id FROM affectation_jury af JOIN membre_jury mj ON mj.id = af."membreJuryId" WHERE mj."sessionId" = $1`,
          [sessionId],
        );
        expect(affectees.map((x) => x.id).sort()).toEqual([a!.id, b!.id].sort());
        // Les membres du jury de la session : les trois jurés ajoutés, et eux seuls.
        const membres = await sql<{ id: string }>(`SELECT "utilisateurId" AS id FROM membre_jury WHERE "sessionId" = $1`, [sessionId]);
        expect(membres.map((m) => m.id).sort()).toEqual(jures.map((j) => j.id).sort());
      });

      await test.step("f. chaque juré note et soumet, sans voir les notes des autres", async () => {
        // A reçoit de bonnes notes, B de moins bonnes : A sera classée première.
        const notes = new Map([
          [a!.id, [5, 4, 5]],
          [b!.id, [2, 3, 2]],
        ]);
        for (const [n, jure] of jures.entries()) {
          const p = await pageDe(browser, connecter, jure);
          // Les candidatures confiées à ce juré par la répartition (lues en base), que « Mes évaluations » lui liste.
          const ids = (
            await sql<{ id: string }>(
              `SELECT af."candidatureId" AS id FROM affectation_jury af JOIN membre_jury mj ON mj.id = af."membreJuryId" WHERE mj."sessionId" = $1 AND mj."utilisateurId" = $2`,
              [sessionId, jure.id],
            )
          ).map((x) => x.id);
          const listees = [a!, b!].filter((c) => ids.includes(c.id));
          expect(listees.length).toBeGreaterThan(0);
          await p.goto("/jury");
          await expect(p.getByRole("heading", { level: 1 })).toHaveText("Mes évaluations");
          for (const c of listees) await expect(p.getByRole("listitem").filter({ hasText: c.reference }).first()).toBeVisible();
          for (const c of listees) {
            await p.goto(`/jury/${c.id}`);
            await expect(p.getByRole("heading", { level: 2, name: "Votre évaluation" })).toBeVisible();
            // Les notes déjà soumises par les autres jurés restent scellées : ni leur nom ni leur note.
            for (const autre of jures.slice(0, n)) await expect(p.getByText(autre.nom)).toHaveCount(0);
            for (const [i, critere] of CRITERES.entries()) await noter(p, critere, notes.get(c.id)![i]!);
            await p.getByRole("button", { name: "Soumettre l'évaluation" }).click();
            await p.getByRole("button", { name: "Confirmer la soumission" }).click();
            await expect(p.getByText(/Évaluation soumise le .+ : elle ne se modifie plus\./)).toBeVisible();
          }
          await p.context().close();
        }
      });

      await test.step("g. l'administrateur ouvre la délibération, décide en lot et publie", async () => {
        await page.goto(`/admin/sessions/${sessionId}`);
        await page.getByRole("button", { name: "Ouvrir la délibération" }).click();
        await page.getByRole("button", { name: "Confirmer" }).click();
        await expect(page.getByText("En délibération", { exact: true })).toBeVisible();
        await page.getByRole("link", { name: "Tableau de délibération" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de délibération");
        await expect(page.getByText("Toutes les évaluations attendues sont soumises.")).toBeVisible();
        const classement = page.getByRole("table", { name: "Classement des candidatures" });
        await expect(classement.getByRole("row").filter({ hasText: a!.reference })).toContainText(/^\s*1/);
        await expect(classement.getByRole("row").filter({ hasText: b!.reference })).toContainText(/^\s*2/);

        const formulaire = page.getByRole("form", { name: "Décisions de la session" });
        const ligneA = formulaire.getByRole("group", { name: new RegExp(`^1\\. ${a!.reference}`) });
        const ligneB = formulaire.getByRole("group", { name: new RegExp(`^2\\. ${b!.reference}`) });
        await expect(ligneA).toBeVisible();
        await expect(ligneB).toBeVisible();
        await expect(formulaire.getByRole("button", { name: "Préremplir selon le classement (2 sans décision)" })).toBeVisible();
        await expect(formulaire.getByRole("button", { name: "Enregistrer les décisions (0)" })).toBeDisabled();
        await verifierAccessibilite(page);
        await capturer(page, "selection-deliberation-tableau");
        await page.setViewportSize({ width: 390, height: 844 });
        await sansDefilementLateral(page);
        await capturer(page, "selection-deliberation-tableau-390");
        await page.setViewportSize({ width: 1280, height: 800 });

        await ligneA.locator('label[for$="-0"]').click();
        await expect(ligneA.getByRole("radio", { name: "Retenue", exact: true })).toBeChecked();
        await formulaire.getByRole("textbox", { name: new RegExp(`^Motivation pour ${a!.reference}`) }).fill(MOTIVATION_RETENUE);
        await ligneB.locator('label[for$="-1"]').click();
        await expect(ligneB.getByRole("radio", { name: "Non retenue", exact: true })).toBeChecked();
        await formulaire.getByRole("textbox", { name: new RegExp(`^Motivation pour ${b!.reference}`) }).fill(MOTIVATION_NON_RETENUE);
        await formulaire.getByRole("button", { name: "Enregistrer les décisions (2)" }).click();
        await expect(page.getByText("2 décisions enregistrées. Elles ne sont visibles que de la DGALN jusqu'à la publication des résultats.")).toBeVisible();
        await expect(page.getByText(/Décisions préparées : 1 retenue pour 1 place, 1 non retenue, 0 en liste complémentaire ; 0 sans décision\./)).toBeVisible();
        await expect(formulaire.getByText(/Décision préparée par Agathe Administratrice : retenue\./)).toBeVisible();
        await verifierAccessibilite(page);
        await capturer(page, "selection-deliberation-enregistree");

        await page.getByRole("link", { name: "depuis la page de la session" }).click();
        await page.getByRole("button", { name: "Publier les résultats" }).click();
        await page.getByRole("button", { name: "Confirmer" }).click();
        await expect(page.getByText("Résultats publiés", { exact: true })).toBeVisible();
        await page.getByRole("link", { name: "Tableau de délibération" }).click();
        await expect(page.getByText("Résultats publiés : 1 retenue, 1 non retenue, 0 en liste complémentaire.")).toBeVisible();
        await expect(page.getByRole("form", { name: "Décisions de la session" })).toHaveCount(0);
        await verifierAccessibilite(page);
        await capturer(page, "selection-deliberation-publiee");
      });

      await test.step("h. la page publique nomme la lauréate, et elle seule", async () => {
        const [session] = await sql<{ slug: string }>(`SELECT slug FROM session_ami WHERE id = $1`, [sessionId]);
        const visiteur = await (await browser.newContext()).newPage();
        await visiteur.goto(`/sessions/${session!.slug}`);
        await expect(visiteur.getByRole("heading", { level: 1 })).toHaveText(theme);
        const laureats = visiteur.locator("h2:text-is('Lauréats') + ul");
        await expect(laureats.getByRole("listitem")).toHaveCount(1);
        await expect(laureats.getByRole("listitem")).toContainText(a!.commune);
        await expect(laureats).not.toContainText(b!.commune);
        await verifierAccessibilite(visiteur);
        await visiteur.context().close();
      });

      await test.step("i. chaque porteur lit sa décision et télécharge sa lettre", async () => {
        for (const [c, statut] of [
          [a!, "Retenue"],
          [b!, "Non retenue"],
        ] as const) {
          const membre = await pageDe(browser, connecter, c.utilisateurs.membre);
          const fiche = `/candidatures/${c.id}`;
          const adresse = await lienLettre(membre, fiche);
          await expect(membre.getByText(statut, { exact: true }).first()).toBeVisible();
          await expect(membre.getByRole("heading", { level: 2, name: statut === "Retenue" ? "Candidature retenue" : "Candidature non retenue" })).toBeVisible();
          await verifierPdf(membre, adresse);
          await verifierAccessibilite(membre);
          await capturer(membre, `selection-fiche-${statut === "Retenue" ? "retenue" : "non-retenue"}`);
          await membre.context().close();
        }
      });

      await test.step("j. l'atelier de la lauréate existe, et sa fiche le dit", async () => {
        expect(await sql(`SELECT id FROM atelier WHERE "candidatureId" = $1`, [a!.id])).toHaveLength(1);
        expect(await sql(`SELECT id FROM atelier WHERE "candidatureId" = $1`, [b!.id])).toHaveLength(0);
        const maire = await pageDe(browser, connecter, a!.utilisateurs.maire);
        await maire.goto(`/candidatures/${a!.id}`);
        await expect(maire.getByRole("heading", { level: 2, name: "Candidature retenue" })).toBeVisible();
        await expect(maire.getByText("L'atelier est créé : il se suit dans ses trois phases (appropriation, animation, restitution).")).toBeVisible();
        await maire.setViewportSize({ width: 390, height: 844 });
        await sansDefilementLateral(maire);
        await capturer(maire, "selection-fiche-retenue-390");
        await maire.context().close();
      });
    } finally {
      // Interrompu avant la clôture : les autres parcours ne doivent pas rencontrer une session ouverte.
      if (sessionId) await sql(`UPDATE session_ami SET statut = 'cloturee', "clotureLe" = now() WHERE id = $1 AND statut = 'ouverte'`, [sessionId]);
    }
  });

  test("flash : retenu au fil de l'eau depuis sa fiche, lettre, bilan de l'année", async ({ page, browser, connecter, creerUtilisateur, preparerCandidature }) => {
    test.setTimeout(240_000);
    const c = await preparerCandidature({ depot: true });
    const fiche = `/candidatures/${c.id}`;
    await connecter(page, await creerUtilisateur({ role: "referent" }, { prenom: "Élise", nom: "Référente" }));

    await test.step("la référente déclare la candidature recevable", async () => {
      await page.goto(fiche);
      const panneau = page.getByRole("region", { name: "Recevabilité" });
      await panneau.getByText("Déclarer recevable").click();
      await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
      await panneau.getByRole("button", { name: "Confirmer la décision" }).click();
      await expect(page.getByText("La candidature est déclarée recevable : elle entre en instruction.")).toBeVisible();
    });

    await test.step("puis la retient, motivée, depuis le panneau de décision", async () => {
      // Sans recharger : le formulaire de la décision suivante repart vide (rien de coché, pas de confirmation ouverte).
      const panneau = page.getByRole("region", { name: "Décision de la DGALN" });
      await expect(panneau.getByText("Ne pas retenir la candidature")).toBeVisible();
      await expect(panneau.getByRole("radio", { checked: true })).toHaveCount(0);
      await expect(panneau.getByRole("button", { name: "Confirmer la décision" })).toHaveCount(0);
      // Le libellé de l'option porte aussi son aide : on clique le libellé qui commence par l'option.
      await panneau.locator("label").filter({ hasText: /^Retenir la candidature/ }).click();
      await expect(panneau.getByRole("radio", { name: /^Retenir la candidature/ })).toBeChecked();
      await panneau.getByLabel("Motivation (obligatoire)").fill(MOTIVATION_RETENUE);
      await panneau.getByRole("button", { name: "Enregistrer la décision" }).click();
      await panneau.getByRole("button", { name: "Confirmer la décision" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Candidature retenue" })).toBeVisible();
      await expect(page.getByText("Retenue", { exact: true }).first()).toBeVisible();
      await verifierPdf(page, await lienLettre(page, fiche));
    });

    await test.step("le tableau d'instruction fait le bilan de l'année", async () => {
      await page.goto("/instruction");
      const bilan = page.locator(".fr-callout").filter({ has: page.getByRole("heading", { name: `Sélection au fil de l'eau en ${anneeParis()}` }) });
      await expect(bilan).toContainText(/[1-9]\d* ateliers? flashs? retenus?\./);
      await verifierAccessibilite(page);
    });

    await test.step("la collectivité lit « Retenue » et télécharge la lettre", async () => {
      const membre = await pageDe(browser, connecter, c.utilisateurs.membre);
      const adresse = await lienLettre(membre, fiche);
      await expect(membre.getByText("Retenue", { exact: true }).first()).toBeVisible();
      await verifierPdf(membre, adresse);
      await membre.context().close();
    });
  });
});
