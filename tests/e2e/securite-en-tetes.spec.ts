// En-têtes de sécurité (issue 15, constats 2, 6 et 9 ; docs/decisions/014-en-tetes-de-securite.md) :
// chaque page, publique ou connectée, s'affiche et démarre le DSFR sous la CSP à nonce sans une seule
// violation ; un script injecté est bloqué ; « Accès refusé » répond 403 ; robots.txt et les icônes
// sont de vrais fichiers statiques.
import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./helpers/fixtures";

type Violation = { page: string; directive: string; bloque: string; extrait?: string; source?: string };

/** Relève les violations de CSP de la page : événements `securitypolicyviolation` et erreurs de console. */
async function surveillerCsp(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction("signalerViolationCsp", (v: Omit<Violation, "page">) => violations.push({ page: page.url(), ...v }));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const signaler = (window as unknown as { signalerViolationCsp: (v: object) => void }).signalerViolationCsp;
      signaler({ directive: e.effectiveDirective, bloque: e.blockedURI, extrait: e.sample, source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` });
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push({ page: page.url(), directive: "console", bloque: message.text() });
    }
  });
  return violations;
}

function nonceDe(reponse: APIResponse | { headers(): Record<string, string> } | null): string {
  const csp = reponse?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce, `nonce absent de la CSP « ${csp} »`).toBeTruthy();
  return nonce!;
}

/**
 * La page s'affiche, le DSFR a démarré (JavaScript, thème, polices), et chaque script et style du
 * HTML servi porte le nonce de la réponse (ceux que ces scripts chargent ensuite n'en ont pas besoin).
 */
async function verifierPage(page: Page, chemin: string, statut: number | null = 200) {
  const reponse = await page.goto(chemin);
  if (statut !== null) expect(reponse?.status(), chemin).toBe(statut);
  const nonce = nonceDe(reponse);
  const balises = (await reponse!.text()).match(/<(script|style)\b[^>]*>/g) ?? [];
  expect(balises.length, chemin).toBeGreaterThan(0);
  expect(balises.filter((b) => !b.includes(` nonce="${nonce}"`)), `balises sans nonce sur ${chemin}`).toEqual([]);
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", /^(light|dark)$/);
  const marianne = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check("1rem Marianne");
  });
  expect(marianne, `police Marianne sur ${chemin}`).toBe(true);
}

test.describe("politique de sécurité du contenu", () => {
  test("stricte, avec un nonce neuf à chaque requête, sans HSTS en http", async ({ request }) => {
    const [a, b] = [await request.get("/"), await request.get("/mentions-legales")];
    const csp = a.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(nonceDe(a)).not.toBe(nonceDe(b));
    expect(nonceDe(await request.get("/"))).not.toBe(nonceDe(a));
    // Les en-têtes de next.config.ts restent posés.
    expect(a.headers()["x-frame-options"]).toBe("DENY");
    expect(a.headers()["x-content-type-options"]).toBe("nosniff");
    expect(a.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("un script injecté dans la page est bloqué, et la violation est relevée", async ({ page }) => {
    const violations = await surveillerCsp(page);
    await page.goto("/");
    // Les deux formes d'une injection de HTML : un gestionnaire d'événement, un script lu par l'analyseur.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img alt="" src="/favicon.svg" onload="window.injecte = true">`);
      document.body.insertAdjacentHTML("beforeend", `<iframe title="essai" srcdoc="<script>parent.injecte = true</script>"></iframe>`);
    });
    await expect.poll(() => violations.some((v) => v.directive === "script-src-attr")).toBe(true);
    await expect.poll(() => violations.some((v) => v.directive === "script-src-elem" || /inline script/i.test(v.bloque))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { injecte?: boolean }).injecte)).toBeUndefined();
  });

  test("les pages publiques s'affichent sans aucune violation", async ({ page, creerUtilisateur }) => {
    const violations = await surveillerCsp(page);
    for (const chemin of ["/", "/connexion", "/connexion/verification", "/connexion/erreur", "/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles"]) {
      await verifierPage(page, chemin);
    }
    await verifierPage(page, "/page-qui-n-existe-pas", 404);
    await verifierPage(page, "/acces-refuse", 403);
    await verifierPage(page, `/invitation/${"x".repeat(43)}`, null);

    // Un courriel de connexion, puis la boîte de développement et le courriel (aperçu en iframe).
    await page.goto("/connexion");
    const { email } = await creerUtilisateur({ role: "sans_appartenance" });
    await page.getByLabel("Adresse électronique").fill(email);
    await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
    await expect(page).toHaveURL(/\/connexion\/verification/);
    await verifierPage(page, "/dev/boite-mail");
    await page.getByRole("row").filter({ hasText: email }).getByRole("link", { name: "Votre lien de connexion aux Ateliers des territoires" }).click();
    await expect(page.getByText(`À ${email}`)).toBeVisible();
    await verifierPage(page, new URL(page.url()).pathname);

    // Le DSFR répond sous la CSP : les paramètres d'affichage s'ouvrent et changent le thème.
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
    await page.getByRole("contentinfo").getByRole("button", { name: "Paramètres d'affichage" }).click();
    await page.getByRole("dialog", { name: "Paramètres d'affichage" }).getByText("Thème sombre").click();
    await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
    expect(violations).toEqual([]);
  });

  test("les pages connectées de chaque rôle s'affichent sans aucune violation", async ({ browser, connecter, seConnecterComme, preparerCandidature }) => {
    test.setTimeout(300_000);
    const c = await preparerCandidature({ signatures: ["collectivite"] });
    const { maire, agent } = c.utilisateurs;
    const fiche = `/candidatures/${c.id}`;
    const violations: Violation[] = [];
    const nouvellePage = async () => {
      const page = await (await browser.newContext()).newPage();
      const relevees = await surveillerCsp(page);
      return { page, relevees };
    };

    for (const u of [maire, agent]) {
      const { page, relevees } = await nouvellePage();
      await connecter(page, u);
      for (const chemin of ["/candidatures", "/candidatures/nouvelle", fiche, `${fiche}/signer`, `${fiche}/modifier`, "/mon-compte"]) await verifierPage(page, chemin);
      await page.goto("/mon-espace");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      violations.push(...relevees);
    }
    const { page: pageMaire, relevees: releveesMaire } = await nouvellePage();
    await connecter(pageMaire, maire);
    await pageMaire.goto("/mon-compte");
    await pageMaire.getByRole("link", { name: "Voir les membres" }).first().click();
    await expect(pageMaire).toHaveURL(/\/organisations\/[0-9a-f-]{36}\/membres$/);
    await verifierPage(pageMaire, new URL(pageMaire.url()).pathname);
    violations.push(...releveesMaire);

    for (const role of ["administrateur", "jure"] as const) {
      const { page, relevees } = await nouvellePage();
      await seConnecterComme(page, { role });
      for (const chemin of ["/candidatures", "/mon-compte"]) await verifierPage(page, chemin);
      if (role === "administrateur") {
        await verifierPage(page, fiche);
        await verifierPage(page, `/admin/organisations?q=${encodeURIComponent(c.commune)}`);
        await page.getByRole("link", { name: c.commune, exact: true }).first().click();
        await expect(page).toHaveURL(/\/admin\/organisations\/[0-9a-f-]{36}$/);
        await verifierPage(page, new URL(page.url()).pathname);
      }
      violations.push(...relevees);
    }
    expect(violations).toEqual([]);
  });
});

test.describe("« Accès refusé »", () => {
  test("répond 403 avec la page DSFR", async ({ page, request }) => {
    expect((await request.get("/acces-refuse")).status()).toBe(403);
    const reponse = await page.goto("/acces-refuse");
    expect(reponse?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
    await expect(page.getByText("Erreur 403")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  });
});

test.describe("fichiers statiques de public/", () => {
  test("robots.txt tient les espaces connectés hors des index, pas les pages publiques", async ({ request }) => {
    const reponse = await request.get("/robots.txt");
    expect(reponse.status()).toBe(200);
    expect(reponse.headers()["content-type"]).toMatch(/^text\/plain/);
    const regles = (await reponse.text()).split("\n").filter((l) => /^(User-agent|Disallow|Allow):/.test(l));
    expect(regles[0]).toBe("User-agent: *");
    const interdits = regles.filter((l) => l.startsWith("Disallow:")).map((l) => l.slice("Disallow:".length).trim());
    for (const prive of ["/candidatures", "/mon-compte", "/mon-espace", "/admin", "/organisations", "/invitation", "/api/", "/dev/"]) {
      expect(interdits, prive).toContain(prive);
    }
    const bloque = (chemin: string) => interdits.some((prefixe) => prefixe !== "" && chemin.startsWith(prefixe));
    for (const publique of ["/", "/connexion", "/plan-du-site", "/accessibilite", "/mentions-legales", "/donnees-personnelles"]) {
      expect(bloque(publique), publique).toBe(false);
    }
  });

  test("les icônes du site sont servies à la racine et annoncées par les pages", async ({ page, request }) => {
    for (const [chemin, type] of [["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/], ["/favicon.svg", /image\/svg\+xml/], ["/apple-touch-icon.png", /image\/png/]] as const) {
      const reponse = await request.get(chemin);
      expect(reponse.status(), chemin).toBe(200);
      expect(reponse.headers()["content-type"], chemin).toMatch(type);
    }
    await page.goto("/");
    await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/favicon.svg");
  });
});
