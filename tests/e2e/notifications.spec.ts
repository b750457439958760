// Issue 12, centre de notifications et résumé quotidien, dans Chromium : la signataire de la DDT a
// une notification (la signature du maire) ; elle voit le nombre sur la cloche de l'en-tête, ouvre
// /notifications, suit la notification jusqu'à la candidature, et le nombre baisse ; elle choisit
// ensuite le résumé quotidien sur « Mon compte ». Accessibilité (axe) des deux pages ; captures à
// 1280 et 390 px dans test-results/captures.
import { verifierAccessibilite } from "./helpers/axe";
import { expect, test } from "./helpers/fixtures";
import { capturer, LARGEURS, sansDefilementLateral } from "./helpers/mise-en-page";

const nomCloche = (n: number) => (n === 0 ? "Notifications" : `Notifications, ${n} non ${n > 1 ? "lues" : "lue"}`);

test("la cloche compte les non lues ; ouvrir une notification la marque lue et mène à la candidature", async ({ page, sql, connecter, preparerCandidature }) => {
  const c = await preparerCandidature({ signatures: ["collectivite"] });
  const moi = c.utilisateurs.signataireEtat;
  const nonLues = async () => Number((await sql<{ n: string }>(`SELECT count(*)::text AS n FROM notification WHERE "utilisateurId" = $1 AND "lueLe" IS NULL`, [moi.id]))[0]!.n);
  expect(await nonLues()).toBeGreaterThan(0);

  await connecter(page, moi);
  // Le compte de la cloche est celui de la base au moment de l'affichage : une notification peut encore
  // arriver juste après la préparation (sous charge) ; on relit la base et la page jusqu'à ce qu'elles disent la même chose.
  let avant = 0;
  await expect(async () => {
    avant = await nonLues();
    await page.goto("/candidatures");
    await expect(page.getByRole("link", { name: nomCloche(avant), exact: true }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000, intervals: [1_000] });
  const cloche = page.getByRole("link", { name: nomCloche(avant), exact: true }).first();
  await expect(cloche).toBeVisible();
  for (const { nom, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await capturer(page, `notifications-entete-${nom}`);
  }
  await page.setViewportSize(LARGEURS[0].viewport);

  await cloche.click();
  await page.waitForURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(`${avant} notification${avant > 1 ? "s" : ""} non lue${avant > 1 ? "s" : ""}`, { exact: false })).toBeVisible();
  const titre = `Candidature ${c.reference} : signature de la collectivité`;
  const lien = page.getByRole("link", { name: titre });
  await expect(lien).toBeVisible();
  await expect(page.getByText("Non lue").first()).toBeVisible();
  await verifierAccessibilite(page);
  for (const { nom, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await sansDefilementLateral(page);
    await capturer(page, `notifications-liste-${nom}`);
  }
  await page.setViewportSize(LARGEURS[0].viewport);

  await lien.click();
  await page.waitForURL(new RegExp(`/candidatures/${c.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // La notification suivie est marquée lue (sous charge, la lecture de la page peut précéder
  // l'écriture : on attend l'écriture). Le total, lui, peut remonter : la signataire appartient à la
  // DDT de la Mayenne, que les parcours menés en parallèle notifient aussi. L'en-tête relit le compte
  // à l'affichage suivant.
  const suivieNonLue = async () =>
    Number((await sql<{ n: string }>(`SELECT count(*)::text AS n FROM notification WHERE "utilisateurId" = $1 AND titre = $2 AND "lueLe" IS NULL`, [moi.id, titre]))[0]!.n);
  await expect.poll(suivieNonLue, { timeout: 15_000 }).toBe(0);
  await expect(async () => {
    const restantes = await nonLues();
    await page.reload();
    await expect(page.getByRole("link", { name: nomCloche(restantes), exact: true }).first()).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 45_000, intervals: [1_000] });

  // De retour dans la liste : « Tout marquer comme lu » vide la cloche (ce qui arrive ensuite d'un
  // parcours mené en parallèle est une nouvelle notification, hors de ce qui a été marqué).
  await page.goto("/notifications");
  const avantLeClic = new Date();
  if ((await nonLues()) > 0) {
    await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await expect(page.getByText("Toutes vos notifications sont lues", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: "Notifications", exact: true }).first()).toBeVisible();
  }
  const anciennesNonLues = await sql<{ n: string }>(
    `SELECT count(*)::text AS n FROM notification WHERE "utilisateurId" = $1 AND "lueLe" IS NULL AND "creeLe" <= $2`,
    [moi.id, avantLeClic.toISOString()],
  );
  expect(Number(anciennesNonLues[0]!.n)).toBe(0);
});

test("une personne choisit le résumé quotidien sur « Mon compte »", async ({ page, sql, seConnecterComme }) => {
  const moi = await seConnecterComme(page, { role: "sans_appartenance" });
  await page.goto("/mon-compte");
  const groupe = page.getByRole("group", { name: /Recevoir les courriels/ });
  await expect(groupe.getByRole("radio", { name: /À chaque événement/ })).toBeChecked();
  // Comme à la souris : le bouton radio du DSFR se coche par son libellé.
  await groupe.locator("label", { hasText: "Un résumé quotidien à 8 h" }).click();
  await expect(groupe.getByRole("radio", { name: /Un résumé quotidien à 8 h/ })).toBeChecked();
  await page.getByRole("button", { name: "Enregistrer ma préférence" }).click();
  await expect(page.getByText("Préférence enregistrée. Vous recevrez désormais un résumé quotidien à 8 h (heure de Paris).")).toBeVisible();
  const [ligne] = await sql<{ frequenceCourriels: string }>(`SELECT "frequenceCourriels"::text FROM utilisateur WHERE id = $1`, [moi.id]);
  expect(ligne!.frequenceCourriels).toBe("quotidien");
  await verifierAccessibilite(page);
  for (const { nom, viewport } of LARGEURS) {
    await page.setViewportSize(viewport);
    await sansDefilementLateral(page);
    await capturer(page, `mon-compte-courriels-${nom}`);
  }
  await page.reload();
  await expect(page.getByRole("radio", { name: /Un résumé quotidien à 8 h/ })).toBeChecked();
});
