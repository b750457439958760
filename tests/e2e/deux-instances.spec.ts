// Deux instances de l'application sur une même base (issue 15, « Several instances ») : la seconde
// est lancée ici par `scripts/start.ts --no-build` (même construction .next, DATABASE_URL = la base
// de la première : migrations déjà faites, référentiel à jour, pas de données de démonstration), sur
// le port 3101. Le parcours conjoint passe de l'une à l'autre : la collectivité signe sur A, la DDT
// signe sur B, le dépôt se fait sur A, le récépissé se lit sur B, identique à celui de A ; une
// session vaut sur les deux et se termine sur les deux ; la limite de demandes de lien compte les
// demandes faites aux deux. Rien ne dépend de la mémoire ni du disque d'une instance.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { envServeurE2E } from "./helpers/env-serveur";
import { expect, test } from "./helpers/fixtures";

const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = Number(process.env.E2E_PORT_B ?? PORT_A + 1);
const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;

let instanceB: ChildProcess | undefined;
let sortieB = "";

async function attendreSante(url: string, delaiMs: number) {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    if (instanceB?.exitCode != null) throw new Error(`L'instance B s'est arrêtée (code ${instanceB.exitCode}) :\n${sortieB}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // pas encore à l'écoute
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`L'instance B ne répond pas sur ${url} après ${delaiMs} ms :\n${sortieB}`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Même secret que l'instance A (scripts/start.ts le garde à côté de la base embarquée) : en
  // production, NEXTAUTH_SECRET est le même pour toutes les instances.
  const secret = process.env.NEXTAUTH_SECRET ?? readFileSync(".data/postgres-e2e.secret", "utf8").trim();
  instanceB = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--port", String(PORT_B), "--no-build"], {
    env: {
      ...process.env,
      ...envServeurE2E(PORT_B),
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      DATABASE_POOL_MAX: "4",
      NEXTAUTH_URL: B,
      NEXTAUTH_SECRET: secret,
      // Même base embarquée que A : mêmes réglages de développement (boîte de courriels, comptes de démonstration).
      ATELIERS_BASE_EMBARQUEE: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  instanceB.stdout?.on("data", (d: Buffer) => (sortieB += d.toString()));
  instanceB.stderr?.on("data", (d: Buffer) => (sortieB += d.toString()));
  await attendreSante(`http://127.0.0.1:${PORT_B}/api/sante`, 150_000);
});

test.afterAll(async () => {
  if (!instanceB?.pid || instanceB.exitCode !== null) return;
  const arret = new Promise((r) => instanceB!.once("exit", r));
  // scripts/start.ts arrête `next start` (son propre groupe) sur SIGTERM.
  process.kill(instanceB.pid, "SIGTERM");
  await Promise.race([arret, new Promise((r) => setTimeout(r, 15_000))]);
  if (instanceB.exitCode === null) process.kill(-instanceB.pid, "SIGKILL");
});

async function telechargerRecepisse(page: Page): Promise<Buffer> {
  const telechargement = page.waitForEvent("download");
  await page.getByRole("link", { name: /Télécharger le récépissé de dépôt/ }).click();
  const fichier = await telechargement;
  expect(await fichier.failure()).toBeNull();
  return readFile(await fichier.path());
}

const sha256 = (octets: Buffer) => createHash("sha256").update(octets).digest("hex");

test("parcours conjoint sur deux instances : signer sur A, signer sur B, déposer sur A, récépissé sur B", async ({ browser, connecter, preparerCandidature }) => {
  const c = await preparerCandidature();
  const { maire, signataireEtat } = c.utilisateurs;
  const fiche = (origine: string) => `${origine}/candidatures/${c.id}`;

  // Chaque réponse porte son identifiant de requête, tiré par l'instance qui répond.
  const [idA, idB] = await Promise.all([fetch(`${A}/api/sante`), fetch(`${B}/api/sante`)].map(async (r) => (await r).headers.get("x-request-id")));
  expect(idA).toMatch(/^[0-9a-f-]{36}$/);
  expect(idB).toMatch(/^[0-9a-f-]{36}$/);
  expect(idA).not.toBe(idB);

  // La collectivité signe sur A.
  const pageMaire = await (await browser.newContext()).newPage();
  await connecter(pageMaire, maire);
  await pageMaire.goto(`${fiche(A)}/signer`);
  await pageMaire.getByRole("button", { name: "Signer pour la collectivité principale" }).click();
  await pageMaire.getByRole("button", { name: "Confirmer la signature" }).click();
  await expect(pageMaire.getByText(`Votre signature pour ${c.commune} est enregistrée.`)).toBeVisible();

  // La DDT lit cette signature sur B et y signe à son tour.
  const pageDdt = await (await browser.newContext()).newPage();
  await connecter(pageDdt, signataireEtat);
  await pageDdt.goto(fiche(B));
  await expect(pageDdt.getByRole("heading", { level: 2, name: "À vous : relire et signer la candidature" })).toBeVisible();
  await pageDdt.goto(`${fiche(B)}/signer`);
  await pageDdt.getByText("Avis favorable").click();
  await pageDdt.getByRole("button", { name: "Signer pour le service de l'État" }).click();
  await pageDdt.getByRole("button", { name: "Confirmer la signature" }).click();
  await expect(pageDdt.getByText("Votre signature pour DDT de la Mayenne est enregistrée.")).toBeVisible();
  expect(new URL(pageDdt.url()).port).toBe(String(PORT_B));

  // Le dépôt se fait sur A.
  await pageDdt.goto(fiche(A));
  await expect(pageDdt.getByRole("heading", { level: 2, name: "À vous : déposer la candidature" })).toBeVisible();
  await pageDdt.getByRole("button", { name: "Déposer la candidature" }).click();
  await pageDdt.getByRole("button", { name: "Confirmer le dépôt" }).click();
  await expect(pageDdt.getByText("La candidature est déposée : le récépissé est téléchargeable ci-dessous")).toBeVisible();
  const recepisseA = await telechargerRecepisse(pageDdt);

  // Le maire lit le récépissé sur B : le même document, octet pour octet.
  await pageMaire.goto(fiche(B));
  await expect(pageMaire.getByRole("heading", { level: 2, name: "En attente de l'examen de recevabilité par la DGALN" })).toBeVisible();
  const recepisseB = await telechargerRecepisse(pageMaire);
  expect(recepisseB.subarray(0, 5).toString()).toBe("%PDF-");
  expect(sha256(recepisseB)).toBe(sha256(recepisseA));

  // La session vaut sur les deux instances, et la déconnexion sur B la termine aussi sur A.
  await pageMaire.goto(`${A}/mon-compte`);
  await expect(pageMaire).toHaveURL(`${A}/mon-compte`);
  await pageMaire.goto(`${B}/deconnexion`);
  await pageMaire.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(pageMaire).toHaveURL(new RegExp(`^${B}/connexion\\?deconnecte=1$`));
  await pageMaire.goto(`${A}/mon-compte`);
  await expect(pageMaire).toHaveURL(new RegExp(`^${A}/connexion\\?callbackUrl=%2Fmon-compte$`));
});

test("la limite de demandes de lien par adresse compte les demandes faites aux deux instances", async ({ request }) => {
  const email = `deux-instances-${randomUUID().slice(0, 8)}@exemple.fr`;
  // Jeton CSRF obtenu sur A, accepté par B : même secret, cookies du même hôte.
  const { csrfToken } = await (await request.get(`${A}/api/auth/csrf`)).json();
  const demander = async (origine: string) => {
    const reponse = await request.post(`${origine}/api/auth/signin/email`, { form: { email, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
    expect(reponse.status(), origine).toBeLessThan(400);
    return reponse.headers().location ?? "";
  };
  // Cinq demandes par quart d'heure pour une adresse (CONNEXION_LIENS_PAR_ADRESSE) : A, B, A, B, A.
  for (const origine of [A, B, A, B, A]) expect(await demander(origine)).not.toContain("TropDeDemandes");
  // La sixième, sur B, est refusée : B a compté celles reçues par A.
  expect(await demander(B)).toContain("erreur=TropDeDemandes");
  expect(await demander(A)).toContain("erreur=TropDeDemandes");
});
