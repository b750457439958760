import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifierChaine } from "@/lib/audit/journal";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { COMPTES_DEMO } from "@/prisma/seed/comptes-demo";

const prisma = createPrismaClient(process.env.DATABASE_URL!);

beforeAll(async () => {
  expect(await seedIfEmpty(prisma)).toBe(true);
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("données de démonstration", () => {
  it("ne recrée rien sur une base qui a déjà des données", async () => {
    expect(await seedIfEmpty(prisma)).toBe(false);
    expect(await prisma.candidature.count()).toBe(13);
  });

  it("couvre chaque statut et chaque format de candidature, sur plusieurs régions", async () => {
    const statuts = await prisma.candidature.groupBy({ by: ["statut"], _count: true });
    expect(statuts.map((s) => s.statut).sort()).toEqual(
      ["a_corriger", "brouillon", "deposee", "en_instruction", "irrecevable", "non_retenue", "retenue", "retiree", "signee"],
    );
    const formats = await prisma.candidature.groupBy({ by: ["format"], _count: true });
    expect(formats.map((f) => f.format).sort()).toEqual(["flash", "local", "national"]);
    const regions = await prisma.candidature.groupBy({ by: ["codeRegion"], _count: true });
    expect(regions.length).toBeGreaterThanOrEqual(5);
  });

  it("contient la session 2023–2025 avec la CC des Coëvrons lauréate et l'atelier flash d'Andouillé", async () => {
    const laureate = await prisma.candidature.findFirstOrThrow({
      where: { statut: "retenue", session: { theme: "Aménager des territoires productifs, sobres et créateurs de valeurs" } },
      include: { collectivitePrincipale: true, serviceEtat: true, atelier: { include: { phases: true } } },
    });
    expect(laureate.collectivitePrincipale.siren).toBe("200033298");
    expect(laureate.serviceEtat.nom).toBe("DDT de la Mayenne");
    expect(laureate.atelier?.phases).toHaveLength(3);

    const andouille = await prisma.candidature.findFirstOrThrow({
      where: { format: "flash", collectivitePrincipale: { codeInsee: "53005" } },
      include: { atelier: true, communes: true },
    });
    expect(andouille.statut).toBe("retenue");
    expect(andouille.communes.map((c) => c.codeInsee)).toEqual(["53005"]);
    expect(andouille.atelier?.statut).toBe("termine");
  });

  it("lie les signatures valides à l'empreinte courante du contenu", async () => {
    const signee = await prisma.candidature.findFirstOrThrow({ where: { statut: "signee" }, include: { signatures: true } });
    expect(signee.signatures.map((s) => s.partie).sort()).toEqual(["collectivite", "etat"]);
    for (const s of signee.signatures) {
      expect(s.hashContenu).toBe(signee.hashContenu);
      expect(s.invalideeLe).toBeNull();
    }
  });

  it("donne un compte de démonstration à chaque rôle, et un juré affecté", async () => {
    const roles = await prisma.appartenance.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(
      ["administrateur", "agent", "membre", "referent", "signataire", "signataire_etat"],
    );
    expect(await prisma.utilisateur.count()).toBe(COMPTES_DEMO.length + 1);
    expect(await prisma.affectationJury.count()).toBe(1);
  });

  it("écrit un journal dont la chaîne d'empreintes se vérifie, et détecte une altération", async () => {
    const avant = await verifierChaine(prisma);
    expect(avant).toMatchObject({ valide: true });
    expect(avant.evenements).toBeGreaterThan(13);
    // Le déclencheur interdit UPDATE ; on le contourne comme le ferait un administrateur malveillant.
    await prisma.$executeRawUnsafe(`ALTER TABLE "evenement" DISABLE TRIGGER USER`);
    await prisma.$executeRawUnsafe(`UPDATE "evenement" SET "resume" = 'modifié' WHERE id = (SELECT min(id) + 3 FROM "evenement")`);
    await prisma.$executeRawUnsafe(`ALTER TABLE "evenement" ENABLE TRIGGER USER`);
    const apres = await verifierChaine(prisma);
    expect(apres).toMatchObject({ valide: false, raison: "le contenu de l'événement a été modifié" });
  });
});
