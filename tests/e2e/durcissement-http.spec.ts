// Ce qu'une sonde extérieure a trouvé (issue 15) vérifié sur le vrai serveur `next start` : ce que
// seuls le serveur HTTP et l'entrée installée par instrumentation.ts peuvent montrer.
import { randomUUID } from "node:crypto";
import { expect, test } from "./helpers/fixtures";

const ETRANGER = "http://evil.example";

test.describe("durcissement HTTP", () => {
  test("l'adresse journalisée d'une demande de lien est celle de la socket, pas celle que le client écrit", async ({ request, sql }) => {
    const email = `inconnu-${randomUUID().slice(0, 8)}@exemple.fr`;
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const reponse = await request.post("/api/auth/signin/email", {
      form: { email, csrfToken, callbackUrl: "/" },
      headers: { "x-forwarded-for": "198.51.100.77", "x-real-ip": "198.51.100.78", "x-adresse-socket": "198.51.100.79" },
      maxRedirects: 0,
    });
    expect(reponse.status()).toBeLessThan(400);
    const lignes = await sql<{ ip: string }>(
      `SELECT donnees->>'ip' AS ip FROM evenement WHERE type = 'connexion.echouee' AND donnees->>'email' = $1`,
      [email],
    );
    expect(lignes).toHaveLength(1);
    expect(lignes[0]!.ip).toMatch(/^(::1|127\.0\.0\.1|::ffff:127\.0\.0\.1)$/);
  });

  test("le téléversement d'une pièce depuis un autre site est refusé en 403, en français", async ({ page, seConnecterComme }) => {
    await seConnecterComme(page, { role: "referent" });
    const reponse = await page.request.post(`/api/candidatures/${randomUUID()}/pieces`, {
      headers: { origin: ETRANGER },
      multipart: { type: "autre", fichier: { name: "note.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") } },
    });
    expect(reponse.status()).toBe(403);
    expect((await reponse.json()).message).toContain("ne vient pas de l'application");
  });

  test("une action serveur appelée depuis un autre site reçoit 403, pas 500", async ({ request }) => {
    const reponse = await request.post("/connexion", {
      headers: { origin: ETRANGER, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(reponse.status()).toBe(403);
    expect(await reponse.text()).toContain("ne vient pas de l'application");
  });

  test("chaque réponse porte un identifiant de requête neuf (X-Request-Id), jamais celui qu'envoie le client", async ({ request }) => {
    const impose = "identifiant-choisi-par-le-client";
    const ids = new Set<string>();
    for (const chemin of ["/", "/connexion", "/api/sante", "/api/auth/csrf"]) {
      const reponse = await request.get(chemin, { headers: { "x-request-id": impose } });
      const id = reponse.headers()["x-request-id"] ?? "";
      expect(id, chemin).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(4);
    // Les routes d'API n'ont pas de politique de contenu (JSON, fichiers) : l'identifiant seul.
    expect((await request.get("/api/sante")).headers()["content-security-policy"]).toBeUndefined();
  });

  for (const chemin of ["/candidatures/%ED%A0%80", "/api/pieces/%ED%A0%80", "/invitation/%ED%A0%80", "/organisations/%ED%A0%80/membres"]) {
    test(`${chemin} (UTF-8 invalide) mène à la page 404`, async ({ page }) => {
      const reponse = await page.goto(chemin);
      expect(reponse?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
    });
  }
});
