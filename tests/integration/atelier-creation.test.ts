// Création de l'atelier d'une candidature retenue (DESIGN.md §9), sur une vraie base : ce que la DDT,
// les collectivités et la DGALN verront de l'atelier (collectivités, service, pilote, référent,
// contrat, trois phases au calendrier contigu), l'événement du journal, l'idempotence (deuxième
// appel, appels concurrents) et le refus hors instruction.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { creerAtelierDepuisCandidature } from "@/lib/ateliers/creer-depuis-candidature";
import { prisma } from "@/lib/db";
import { deciderRecevabilite } from "@/lib/instruction/decider";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidatureDeposee, donnees } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

const acteur = async (organisation: { id: string }, role: Parameters<typeof f.creerMembre>[1], nom?: string) =>
  acteurDe((await f.creerMembre(organisation, role, nom)).id);

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** Une candidature nationale déposée par la DDT puis déclarée recevable : en instruction. */
async function enInstruction() {
  const [principale, porteuse, ddt, dgaln] = await Promise.all([f.commune("53005"), f.commune("53130"), f.serviceEtat("53"), f.dgaln()]);
  const m = {
    redacteur: await acteur(principale, "membre"),
    maire: await acteur(principale, "signataire", "Maire"),
    agent: await acteur(ddt, "agent"),
    signataireEtat: await acteur(ddt, "signataire_etat", "Directrice"),
    referent: await acteur(dgaln, "referent", "Référente"),
  };
  const c = await candidatureDeposee({
    principale,
    porteuses: [porteuse],
    redacteur: m.redacteur,
    signataireCollectivite: m.maire,
    signataireEtat: m.signataireEtat,
  });
  donnees(
    await executerAction(deciderRecevabilite, m.referent, { candidatureId: c.id, decision: "declarer_recevable", statutLu: "deposee", depotLu: 1 }),
  );
  return { ...m, c, principale, porteuse, ddt };
}

const creer = (candidatureId: string, referent: Acteur) =>
  prisma.$transaction((tx) => creerAtelierDepuisCandidature(tx, { candidatureId, referentDgalnId: referent.id, acteurId: referent.id }));

const lireAtelier = (id: string) =>
  prisma.atelier.findUniqueOrThrow({
    where: { id },
    include: { collectivites: true, phases: { orderBy: { type: "asc" } } },
  });

describe("créer l'atelier d'une candidature retenue", () => {
  it("l'atelier reprend la candidature : collectivités, service, pilote signataire de la DDT, référent, marché national, trois phases contiguës", async () => {
    const { c, referent, signataireEtat, principale, porteuse, ddt } = await enInstruction();
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("en_instruction");

    const r = await creer(c.id, referent);
    expect(r.cree).toBe(true);
    const a = await lireAtelier(r.atelierId);
    expect(a).toMatchObject({
      candidatureId: c.id,
      format: "national",
      titre: c.titre,
      statut: "en_preparation",
      serviceEtatId: ddt.id,
      codeDepartement: "53",
      codeRegion: c.codeRegion,
      piloteId: signataireEtat.id,
      referentDgalnId: referent.id,
      typeContrat: "marche_national",
    });
    expect(a.collectivites.map((x) => [x.organisationId, x.principale]).sort()).toEqual(
      [
        [principale.id, true],
        [porteuse.id, false],
      ].sort(),
    );
    // Calendrier de la candidature : 1er mars 2027, 18 mois, soit 550 jours ; fins à 138 et 413 jours
    // (137,5 et 412,5 arrondis au jour suivant), la dernière la veille du 1er septembre 2028.
    expect(a.phases.map((p) => [p.type, p.statut, iso(p.debutPrevu), iso(p.finPrevue)])).toEqual([
      ["appropriation", "a_venir", "2027-03-01", "2027-07-16"],
      ["animation", "a_venir", "2027-07-17", "2028-04-16"],
      ["restitution", "a_venir", "2028-04-17", "2028-08-31"],
    ]);
    for (const [i, p] of a.phases.entries()) {
      if (i > 0) expect(p.debutPrevu!.getTime() - a.phases[i - 1]!.finPrevue!.getTime()).toBe(86_400_000);
    }

    const evenement = await prisma.evenement.findFirstOrThrow({ where: { type: "atelier.cree", atelierId: a.id } });
    expect(evenement).toMatchObject({
      candidatureId: c.id,
      acteurId: referent.id,
      entite: "atelier",
      entiteId: a.id,
      resume: `Atelier créé à partir de la candidature ${c.reference} retenue.`,
      donnees: { reference: c.reference },
    });
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("un deuxième appel rend le même atelier (cree = false) et n'écrit rien", async () => {
    const { c, referent } = await enInstruction();
    const premier = await creer(c.id, referent);
    const compter = () =>
      Promise.all([
        prisma.atelier.count({ where: { candidatureId: c.id } }),
        prisma.phase.count({ where: { atelierId: premier.atelierId } }),
        prisma.atelierCollectivite.count({ where: { atelierId: premier.atelierId } }),
        prisma.evenement.count({ where: { candidatureId: c.id, type: "atelier.cree" } }),
      ]);
    const avant = await compter();
    expect(avant).toEqual([1, 3, 2, 1]);
    expect(await creer(c.id, referent)).toEqual({ atelierId: premier.atelierId, cree: false });
    expect(await compter()).toEqual(avant);
  });

  it("deux créations concurrentes : un seul atelier, une seule création", async () => {
    const { c, referent } = await enInstruction();
    const resultats = await Promise.all([creer(c.id, referent), creer(c.id, referent)]);
    expect(resultats.map((r) => r.cree).sort()).toEqual([false, true]);
    expect(new Set(resultats.map((r) => r.atelierId)).size).toBe(1);
    expect(await prisma.atelier.count({ where: { candidatureId: c.id } })).toBe(1);
    expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "atelier.cree" } })).toBe(1);
  });

  it("candidature d'un EPCI avec plusieurs porteuses : toutes dans l'atelier ; sans signature ni début prévu, ni pilote ni dates", async () => {
    const [epci, andouille, autre, dgaln] = await Promise.all([f.collectivite("245300355"), f.commune("53005"), f.commune("53130"), f.dgaln()]);
    const referent = await acteur(dgaln, "referent");
    const c = await f.creerCandidature({ collectivitePrincipale: epci, porteuses: [andouille, autre], format: "local", statut: "retenue" });

    const r = await creer(c.id, referent);
    const a = await lireAtelier(r.atelierId);
    expect(a.collectivites.filter((x) => x.principale).map((x) => x.organisationId)).toEqual([epci.id]);
    expect(a.collectivites.filter((x) => !x.principale).map((x) => x.organisationId).sort()).toEqual([andouille.id, autre.id].sort());
    expect(a).toMatchObject({ format: "local", typeContrat: "marche_subsequent", piloteId: null, referentDgalnId: referent.id });
    expect(a.phases.map((p) => [p.type, p.debutPrevu, p.finPrevue])).toEqual([
      ["appropriation", null, null],
      ["animation", null, null],
      ["restitution", null, null],
    ]);
  });

  it("flash sans durée : bon de commande, la durée minimale du format (3 mois)", async () => {
    const [commune, dgaln] = await Promise.all([f.commune("44184"), f.dgaln()]);
    const referent = await acteur(dgaln, "referent");
    const c = await f.creerCandidature({ collectivitePrincipale: commune, format: "flash", statut: "retenue" });
    await prisma.candidature.update({ where: { id: c.id }, data: { debutPrevu: new Date("2027-01-31T00:00:00Z"), dureeMois: null } });

    const a = await lireAtelier((await creer(c.id, referent)).atelierId);
    expect(a.typeContrat).toBe("bon_de_commande");
    expect(iso(a.phases[0]!.debutPrevu)).toBe("2027-01-31");
    expect(iso(a.phases[2]!.finPrevue)).toBe("2027-04-30");
  });

  it("le signataire de la DDT qui a quitté le service n'est pas pilote", async () => {
    const { c, referent, signataireEtat, ddt } = await enInstruction();
    await prisma.appartenance.deleteMany({ where: { utilisateurId: signataireEtat.id, organisationId: ddt.id } });
    const a = await lireAtelier((await creer(c.id, referent)).atelierId);
    expect(a.piloteId).toBeNull();
  });

  it("refuse une candidature qui n'est ni en instruction ni retenue, sans rien écrire", async () => {
    const [commune, dgaln] = await Promise.all([f.commune("53005"), f.dgaln()]);
    const referent = await acteur(dgaln, "referent");
    for (const statut of ["brouillon", "non_retenue", "retiree"] as const) {
      const c = await f.creerCandidature({ collectivitePrincipale: commune, format: "flash", statut });
      await expect(creer(c.id, referent)).rejects.toMatchObject({ code: "ETAT_INCOMPATIBLE" });
      expect(await prisma.atelier.count({ where: { candidatureId: c.id } })).toBe(0);
      expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "atelier.cree" } })).toBe(0);
    }
  });
});
