// Limitation de débit partagée : deux clients Prisma distincts (deux « instances » de
// l'application, chacune avec son pool) se disputent le même compteur dans PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";
import { consommer } from "@/lib/limites/limiter";

const instanceA = createPrismaClient(process.env.DATABASE_URL!, 10);
const instanceB = createPrismaClient(process.env.DATABASE_URL!, 10);

afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

const QUINZE_MINUTES = 15 * 60_000;
const LIMITE = { limite: 5, fenetreMs: QUINZE_MINUTES };

describe("limitation de débit en base", () => {
  it("30 demandes simultanées sur deux instances : exactement 5 passent", async () => {
    const maintenant = new Date("2026-11-20T10:03:00Z");
    const cle = "connexion:adresse:claire.martin@andouille.example";
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => consommer(i % 2 ? instanceA : instanceB, cle, LIMITE, maintenant)),
    );
    expect(decisions.filter((d) => d.autorise)).toHaveLength(5);
    // Chaque demande a lu un rang différent : aucune mise à jour perdue.
    expect(decisions.map((d) => d.compteur).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(decisions.filter((d) => d.premierRefus)).toHaveLength(1);
    expect(decisions.every((d) => d.reessayerDansMinutes === 12)).toBe(true);
    const ligne = await instanceA.limiteDebit.findFirstOrThrow({ where: { cle } });
    expect(ligne.compteur).toBe(30);
    expect(ligne.fenetreDebut.toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("compte séparément chaque clé et chaque fenêtre", async () => {
    const t0 = new Date("2026-11-20T11:14:00Z");
    for (let i = 0; i < 5; i++) expect((await consommer(instanceA, "cle:x", LIMITE, t0)).autorise).toBe(true);
    expect((await consommer(instanceB, "cle:x", LIMITE, t0)).autorise).toBe(false);
    expect((await consommer(instanceB, "cle:y", LIMITE, t0)).autorise).toBe(true);
    const fenetreSuivante = new Date("2026-11-20T11:15:00Z");
    const decision = await consommer(instanceA, "cle:x", LIMITE, fenetreSuivante);
    expect(decision).toMatchObject({ autorise: true, compteur: 1 });
  });
});
