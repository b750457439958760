import { describe, expect, it } from "vitest";

describe("GET /api/sante sans base joignable", () => {
  it("répond 503 et dit en français que la base ne répond pas", async () => {
    // Un port fermé : le client Prisma de ce fichier pointe vers une base absente.
    process.env.DATABASE_URL = "postgresql://personne:secret@127.0.0.1:9/aucune";
    const { GET } = await import("@/app/api/sante/route");
    const reponse = await GET();
    expect(reponse.status).toBe(503);
    expect(await reponse.json()).toMatchObject({
      statut: "degrade",
      base: { statut: "injoignable", message: "La base de données ne répond pas." },
    });
  });
});
