import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { envServeurE2E } from "./tests/e2e/helpers/env-serveur";

// Les navigateurs de Playwright ne se téléchargent pas sur nos machines : on utilise le Chromium
// de Debian (PLATFORM.md, « Browser tests »).
function cheminChromium(): string {
  const candidat = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(candidat)) {
    throw new Error(
      `Chromium introuvable (${candidat}). Installez-le avec « apt-get install -y chromium » ` +
        "ou indiquez son chemin dans la variable d'environnement CHROMIUM_PATH.",
    );
  }
  return candidat;
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
// « localhost » : l'origine doit être celle de NEXTAUTH_URL (scripts/start.ts).
const BASE_URL = `http://localhost:${PORT}`;
// Base embarquée des tests de bout en bout, sur un port connu d'avance : les fixtures y créent
// directement l'utilisateur et la session de chaque test (tests/e2e/helpers/fixtures.ts).
const PORT_BASE = Number(process.env.E2E_DB_PORT ?? PORT + 51_000);
process.env.E2E_DATABASE_URL = `postgresql://ateliers:ateliers@127.0.0.1:${PORT_BASE}/ateliers`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Jamais de nouvelle tentative : un test doit passer du premier coup, même sur une machine chargée.
  retries: 0,
  workers: 2,
  // Le temps est compté par étape, pas par test : sur 2 cœurs partagés avec le serveur, la base et
  // l'autre navigateur, une étape prend jusqu'à ~5 fois son temps au repos (page dynamique ≈ 1 s →
  // 5 s). Chaque attente a donc sa marge (attendu 15 s, action 20 s, navigation 45 s), et un test
  // de 10 à 20 étapes tient dans 180 s même quand chacune est lente ; les parcours plus longs
  // gardent leur test.setTimeout. Un blocage réel échoue toujours à l'étape qui bloque.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  outputDir: "test-results",
  // Fournisseur OpenID Connect local tenant lieu de ProConnect (tests/e2e/connexion.spec.ts).
  globalSetup: "./tests/e2e/helpers/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: cheminChromium(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // Base embarquée dédiée, remise à zéro, migrée, référentiel et démonstration, build puis `next start`.
    command: `npx tsx scripts/start.ts --port ${PORT} --data .data/postgres-e2e --db-port ${PORT_BASE} --reset`,
    url: `http://127.0.0.1:${PORT}/api/sante`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // SIGTERM plutôt que SIGKILL : scripts/start.ts arrête alors `next start` (lancé dans son propre
    // groupe de processus) et PostgreSQL ; avec SIGKILL, le serveur Next restait orphelin sur le port.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: envServeurE2E(PORT),
  },
});
