import { afterEach, describe, expect, it, vi } from "vitest";

// Un cookie de session présent : la session ne peut pas être lue sans base, la réponse reste un 503.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: (nom: string) => ({ name: nom, value: "session-quelconque" }) }) }));

const JETON = "jeton-de-supervision-0123456789abcdef";

afterEach(() => vi.unstubAllEnvs());

describe("GET /api/sante sans base joignable", () => {
  it("répond 503 : le statut seul au public, la raison en français à la supervision", async () => {
    // Un port fermé : le client Prisma de ce fichier pointe vers une base absente.
    process.env.DATABASE_URL = "postgresql://personne:secret@127.0.0.1:9/aucune";
    vi.stubEnv("SANTE_JETON", JETON);
    const { GET } = await import("@/app/api/sante/route");
    const publique = await GET(new Request("http://localhost/api/sante"));
    expect(publique.status).toBe(503);
    expect(await publique.json()).toEqual({ statut: "degrade" });

    const supervision = await GET(new Request("http://localhost/api/sante", { headers: { authorization: `Bearer ${JETON}` } }));
    expect(supervision.status).toBe(503);
    expect(await supervision.json()).toMatchObject({
      statut: "degrade",
      base: { statut: "injoignable", message: "La base de données ne répond pas." },
    });
  });
});
