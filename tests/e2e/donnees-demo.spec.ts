// Les données de démonstration telles qu'un visiteur les lit : les bonnes personnes signent pour leur
// propre organisation, la chronologie est datée du passé et ne montre jamais un code, l'accueil
// annonce autant de lauréats qu'il en liste.
import { LIBELLES_EVENEMENTS } from "../../lib/audit/evenements";
import { expect, test } from "./helpers/fixtures";
import { verifierAccessibilite } from "./helpers/axe";

test("la chronologie d'une candidature de démonstration : libellés français, dates passées, signataires de chaque partie", async ({ page, sql, seConnecterComme }) => {
  const [candidature] = await sql<{ id: string }>(`SELECT id FROM candidature WHERE reference = 'ADT-2026-00009'`);
  await seConnecterComme(page, { role: "referent" });
  await page.goto(`/candidatures/${candidature!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Embrun : la traversée de la RN 94");

  const signatures = page.getByRole("region", { name: "Signatures" });
  await expect(signatures).toContainText("Bernard Michel");
  await expect(signatures).toContainText("Sandrine Blanchard");
  await expect(signatures).not.toContainText("Emma Leroy");

  const chronologie = page.getByRole("region", { name: "Chronologie" });
  await expect(chronologie.getByText("Corrections demandées", { exact: true })).toBeVisible();
  await expect(chronologie.getByText("Dépôt", { exact: true })).toBeVisible();
  for (const code of Object.keys(LIBELLES_EVENEMENTS)) await expect(chronologie).not.toContainText(code);
  const dates = await chronologie.locator("time").evaluateAll((elements) => elements.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThanOrEqual(8);
  for (const d of dates) expect(new Date(d).getTime()).toBeLessThan(Date.now());
  // Du plus récent au plus ancien.
  expect([...dates].sort().reverse()).toEqual(dates);
  await verifierAccessibilite(page);
});

test("l'accueil liste les six lauréats de la session 2023 qu'il annonce", async ({ page }) => {
  await page.goto("/");
  const section = page.getByRole("region", { name: "Lauréats des sessions précédentes" });
  await expect(section).toContainText("Session 2023 — 6 lauréats, désignés le 15 juin 2023");
  await expect(section.getByRole("listitem")).toHaveCount(6);
  await expect(section.getByText("Communauté de communes des Coëvrons")).toBeVisible();
});
