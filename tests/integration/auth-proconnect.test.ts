// Rattachement après connexion ProConnect : organisation du SIRET, à défaut du SIREN, rôle par
// défaut du type d'organisation, jamais de rôle DGALN, pas de doublon, événements d'audit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { finaliserConnexionProConnect } from "@/lib/auth/proconnect-rattachement";

const unique = () => randomUUID().slice(0, 8);

async function nouvelUtilisateur() {
  return prisma.utilisateur.create({ data: { email: `agent-${unique()}@exemple.gouv.fr` } });
}

async function evenementsDe(utilisateurId: string) {
  return prisma.evenement.findMany({ where: { acteurId: utilisateurId }, orderBy: { id: "asc" } });
}

describe("rattachement ProConnect", () => {
  it("rattache à la commune dont le SIREN commence le SIRET, comme membre", async () => {
    const u = await nouvelUtilisateur();
    const r = await finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret: "21530005400016", ip: "203.0.113.1", nouveauCompte: true });
    expect(r).toMatchObject({ statut: "rattache", role: "membre", par: "siren", organisationNom: expect.stringContaining("Andouillé") });
    const types = (await evenementsDe(u.id)).map((e) => e.type);
    expect(types).toEqual(["appartenance.creee", "connexion.reussie"]);
  });

  it("préfère l'organisation de même SIRET et donne le rôle agent à un service de l'État", async () => {
    const ddt = await prisma.organisation.findFirstOrThrow({ where: { type: "service_etat", codeDepartement: "44" } });
    const siret = `1300${String(Date.now()).slice(-10)}`;
    await prisma.organisation.update({ where: { id: ddt.id }, data: { siret } });
    const u = await nouvelUtilisateur();
    const r = await finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret, nouveauCompte: false });
    expect(r).toMatchObject({ statut: "rattache", organisationId: ddt.id, role: "agent", par: "siret" });
    expect(await prisma.appartenance.findFirstOrThrow({ where: { utilisateurId: u.id } })).toMatchObject({ organisationId: ddt.id, role: "agent" });
  });

  it("ne donne aucun rôle à la DGALN : seul un administrateur l'attribue", async () => {
    const dgaln = await prisma.organisation.findFirstOrThrow({ where: { type: "dgaln" } });
    const siret = "11000000000017";
    await prisma.organisation.update({ where: { id: dgaln.id }, data: { siret } });
    const u = await nouvelUtilisateur();
    const r = await finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret, nouveauCompte: true });
    expect(r).toMatchObject({ statut: "sans_role_par_defaut", organisationId: dgaln.id });
    expect(await prisma.appartenance.count({ where: { utilisateurId: u.id } })).toBe(0);
    expect((await evenementsDe(u.id)).map((e) => e.type)).toEqual(["connexion.reussie"]);
  });

  it("garde le rôle existant d'un membre et ne crée pas de doublon, même sous deux connexions simultanées", async () => {
    const andouille = await prisma.organisation.findFirstOrThrow({ where: { siren: "215300054" } });
    const signataire = await prisma.utilisateur.create({
      data: { email: `maire-${unique()}@andouille.example`, appartenances: { create: { organisationId: andouille.id, role: "signataire" } } },
    });
    const r = await finaliserConnexionProConnect(prisma, { utilisateurId: signataire.id, siret: "21530005400016", nouveauCompte: false });
    expect(r.statut).toBe("deja_membre");
    expect(await prisma.appartenance.findFirstOrThrow({ where: { utilisateurId: signataire.id } })).toMatchObject({ role: "signataire" });

    const u = await nouvelUtilisateur();
    const resultats = await Promise.all([
      finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret: "21530005400016", nouveauCompte: true }),
      finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret: "21530005400016", nouveauCompte: true }),
    ]);
    expect(resultats.map((x) => x.statut).sort()).toEqual(["deja_membre", "rattache"]);
    expect(await prisma.appartenance.count({ where: { utilisateurId: u.id } })).toBe(1);
  });

  it("ne rattache rien sans SIRET ou sans organisation correspondante, mais journalise la connexion", async () => {
    const u = await nouvelUtilisateur();
    expect((await finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret: null, nouveauCompte: true })).statut).toBe("sans_siret");
    expect((await finaliserConnexionProConnect(prisma, { utilisateurId: u.id, siret: "99999999900018", nouveauCompte: false })).statut).toBe(
      "aucune_organisation",
    );
    const connexions = (await evenementsDe(u.id)).filter((e) => e.type === "connexion.reussie");
    expect(connexions.map((e) => (e.donnees as { rattachement: string }).rattachement)).toEqual(["sans_siret", "aucune_organisation"]);
  });
});
