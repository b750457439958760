// Comptes de démonstration : session next-auth ordinaire, réservée aux adresses de démonstration.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { chargerActeurDeSession } from "@/lib/auth/acteur-chargement";
import { demoActivee, listerComptesDemo, ouvrirSessionDemo } from "@/lib/auth/comptes-demo";
import { seedDemo } from "@/prisma/seed/seed";

describe("comptes de démonstration", () => {
  it("ne s'active que sur la base embarquée ou sur demande explicite", () => {
    expect(demoActivee({ ATELIERS_BASE_EMBARQUEE: "1" })).toBe(true);
    expect(demoActivee({ COMPTES_DEMO: "1" })).toBe(true);
    expect(demoActivee({ COMPTES_DEMO: "0" })).toBe(false);
    expect(demoActivee({})).toBe(false);
  });

  it("liste les comptes par groupe, ouvre une session pour l'un d'eux et la journalise", async () => {
    await prisma.$transaction((tx) => seedDemo(tx, () => {}), { timeout: 120_000 });
    const groupes = await listerComptesDemo(prisma);
    expect(groupes.map((g) => g.titre)).toEqual(["Collectivités", "Services de l'État", "DGALN", "Jury"]);
    expect(groupes[0]!.comptes[0]).toMatchObject({ nom: "Claire Martin", role: "Membre", organisation: expect.stringContaining("Andouillé") });
    expect(groupes[3]!.comptes[0]).toMatchObject({ nom: "Isabelle Noël", role: "Membre du jury" });

    const session = await ouvrirSessionDemo(prisma, { email: "thomas.blanc@dgaln.example", ip: "127.0.0.1" });
    expect(session).not.toBeNull();
    const acteur = await chargerActeurDeSession(prisma, session!.jeton);
    expect(acteur).toMatchObject({ email: "thomas.blanc@dgaln.example", appartenances: [{ typeOrganisation: "dgaln", role: "administrateur" }] });
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "connexion.demo" }, orderBy: { id: "desc" } });
    expect(evenement).toMatchObject({ acteurId: acteur!.id, donnees: { methode: "demo", ip: "127.0.0.1" } });
  });

  it("refuse toute adresse qui n'est pas un compte de démonstration", async () => {
    const reel = await prisma.utilisateur.create({ data: { email: "vrai.agent@exemple.gouv.fr" } });
    expect(await ouvrirSessionDemo(prisma, { email: reel.email })).toBeNull();
    expect(await prisma.sessionConnexion.count({ where: { utilisateurId: reel.id } })).toBe(0);
  });
});
