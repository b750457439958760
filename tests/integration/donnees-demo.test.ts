import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estTypeEvenement } from "@/lib/audit/evenements";
import { verifierChaine } from "@/lib/audit/journal";
import { TYPES_EVENEMENTS_CONTENU } from "@/lib/candidatures/conflit";
import { CHIFFRES_FORMATS } from "@/lib/candidatures/regles/formats";
import { createPrismaClient } from "@/lib/prisma-client";
import { tableauDeliberation } from "@/lib/jury/deliberation";
import { listerLaureatsPublies } from "@/lib/sessions/queries";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { calculerCouts } from "@/lib/ateliers/in-situ/couts";
import { COMPTES_DEMO, PERSONNES_DEMO } from "@/prisma/seed/comptes-demo";
import { EXPERTS_JURY, SLUG_DELIBERATION } from "@/prisma/seed/deliberation-demo";
import { acteurDe } from "@/tests/helpers/acteurs";

const prisma = createPrismaClient(process.env.DATABASE_URL!);

beforeAll(async () => {
  expect(await seedIfEmpty(prisma)).toBe(true);
}, 60_000);
afterAll(() => prisma.$disconnect());

describe("données de démonstration", () => {
  it("ne recrée rien sur une base qui a déjà des données", async () => {
    expect(await seedIfEmpty(prisma)).toBe(false);
    expect(await prisma.candidature.count()).toBe(24);
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
      where: { statut: "retenue", session: { theme: "Aménager des territoires productifs, sobres et créateurs de valeurs" }, collectivitePrincipale: { siren: "200033298" } },
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
    expect(await prisma.utilisateur.count()).toBe(COMPTES_DEMO.length + PERSONNES_DEMO.length + 1 + EXPERTS_JURY.length);
    const jure = await prisma.utilisateur.findUniqueOrThrow({ where: { email: "isabelle.noel@jury.example" }, include: { membresJury: { include: { affectations: true } } } });
    const affectations = jure.membresJury.flatMap((m) => m.affectations);
    expect(affectations.filter((a) => a.soumiseLe === null)).toHaveLength(1);
    expect(affectations.filter((a) => a.soumiseLe !== null)).toHaveLength(4);
  });

  it("fait signer chaque candidature par un signataire de sa collectivité principale et un du service de l'État compétent", async () => {
    const candidatures = await prisma.candidature.findMany({
      include: { signatures: { include: { utilisateur: { include: { appartenances: true } } } }, creePar: { include: { appartenances: true } } },
    });
    const signees = candidatures.filter((c) => c.signatures.length > 0);
    expect(signees.length).toBeGreaterThanOrEqual(12);
    const dgaln = await prisma.organisation.findFirstOrThrow({ where: { type: "dgaln" } });
    for (const c of signees) {
      const attendu = { collectivite: [c.collectivitePrincipaleId, "signataire"], etat: [c.serviceEtatId, "signataire_etat"] } as const;
      expect(c.signatures.map((s) => s.partie).sort(), c.reference).toEqual(["collectivite", "etat"]);
      for (const s of c.signatures) {
        const [organisationId, role] = attendu[s.partie];
        expect(s.organisationId, c.reference).toBe(organisationId);
        expect(s.utilisateur.appartenances.some((a) => a.organisationId === organisationId && a.role === role), `${c.reference} : ${s.utilisateur.nom}`).toBe(true);
      }
    }
    // Et chaque candidature est créée par quelqu'un de ses organisations, jamais par la DGALN.
    for (const c of candidatures) {
      const siennes = c.creePar?.appartenances.map((a) => a.organisationId) ?? [];
      expect(siennes.includes(c.collectivitePrincipaleId) || siennes.includes(c.serviceEtatId), c.reference).toBe(true);
      expect(siennes).not.toContain(dgaln.id);
    }
  });

  it("date les événements de façon cohérente : dans l'ordre du journal, jamais dans le futur ni avant la création de la candidature", async () => {
    const maintenant = new Date();
    const evenements = await prisma.evenement.findMany({ orderBy: { id: "asc" }, include: { candidature: true } });
    for (const [i, e] of evenements.entries()) {
      expect(e.survenuLe.getTime(), e.resume).toBeLessThanOrEqual(maintenant.getTime());
      if (i > 0) expect(e.survenuLe.getTime(), e.resume).toBeGreaterThanOrEqual(evenements[i - 1]!.survenuLe.getTime());
      if (e.candidature) expect(e.survenuLe.getTime(), e.resume).toBeGreaterThanOrEqual(e.candidature.creeLe.getTime());
      expect(estTypeEvenement(e.type), e.type).toBe(true);
    }
    const candidatures = await prisma.candidature.findMany({ include: { depots: true, signatures: true, decisions: true, session: true, pieces: true } });
    for (const c of candidatures) {
      const journal = evenements.filter((e) => e.candidatureId === c.id);
      // La date de dépôt affichée est celle de l'événement de dépôt, et la dernière mise à jour celle du dernier événement.
      const depot = journal.find((e) => e.type === "candidature.deposee");
      expect(depot?.survenuLe ?? null, c.reference).toEqual(c.deposeeLe);
      expect(c.modifieLe.getTime(), c.reference).toBeLessThanOrEqual(maintenant.getTime());
      for (const s of c.signatures) expect(s.signeeLe.getTime()).toBeLessThanOrEqual((c.deposeeLe ?? maintenant).getTime());
      for (const d of c.decisions) expect(d.decideeLe.getTime()).toBeGreaterThan(c.deposeeLe!.getTime());
      for (const p of c.pieces) expect(p.creeLe.getTime()).toBeGreaterThanOrEqual(c.creeLe.getTime());
      if (c.session && c.deposeeLe) expect(c.deposeeLe.getTime(), c.reference).toBeLessThan(c.session.clotureLe.getTime());
      // La version suit les écritures de contenu du journal : les conflits d'enregistrement restent détectables.
      const ecritures = journal.filter((e) => TYPES_EVENEMENTS_CONTENU.includes(e.type));
      expect((ecritures.at(-1)?.donnees as { versionApres: number }).versionApres, c.reference).toBe(c.version);
    }
  });

  it("compte autant de lauréats de la session 2023 sur la page d'accueil que de lauréats annoncés, pour le budget annoncé", async () => {
    const session = await prisma.sessionAmi.findUniqueOrThrow({ where: { slug: "2023-territoires-productifs" } });
    const annonce = CHIFFRES_FORMATS.national.coutEquipe;
    const laureats = (await listerLaureatsPublies()).find((s) => s.id === session.id)!.laureats;
    expect("laureats" in annonce && annonce.laureats).toBe(6);
    expect(laureats).toHaveLength(6);
    expect(session.quotaLaureats).toBe(6);
    expect(laureats.map((l) => l.collectivite)).toContain("CC des Coëvrons");
    const ateliers = await prisma.atelier.aggregate({ where: { candidature: { sessionId: session.id } }, _sum: { coutEquipeEuros: true }, _count: true });
    expect(ateliers._count).toBe(6);
    expect(ateliers._sum.coutEquipeEuros).toBe(annonce.montantEuros);
    expect(session.budgetEuros).toBe(annonce.montantEuros);
  });

  it("montre à l'administrateur DGALN une session en délibération : six candidatures classées, toutes notées, un désaccord et un ex aequo", async () => {
    const session = await prisma.sessionAmi.findUniqueOrThrow({ where: { slug: SLUG_DELIBERATION }, include: { criteres: true, projetsDecision: true } });
    const maintenant = Date.now();
    expect(session.statut).toBe("en_deliberation");
    expect(session.clotureLe.getTime()).toBeLessThan(maintenant);
    expect(session.selectionLe!.getTime()).toBeGreaterThan(maintenant);
    expect(session.criteres.reduce((t, c) => t + c.poids, 0)).toBe(100);
    expect(session.projetsDecision).toHaveLength(0);

    const admin = await prisma.utilisateur.findUniqueOrThrow({ where: { email: "thomas.blanc@dgaln.example" } });
    const tableau = (await tableauDeliberation(await acteurDe(admin.id), session.id))!;
    expect(tableau.lignes).toHaveLength(6);
    expect(tableau.evaluationsManquantes).toBe(0);
    expect(tableau.decomptes.aDecider).toBe(6);
    for (const l of tableau.lignes) {
      expect(l.statut, l.reference).toBe("en_instruction");
      expect(l.rang, l.reference).not.toBeNull();
      expect(l.notesParJure, l.reference).toHaveLength(3);
    }
    expect(tableau.lignes.some((l) => l.desaccords.length > 0)).toBe(true);
    const rangs = tableau.lignes.map((l) => l.rang);
    expect(new Set(rangs).size).toBeLessThan(rangs.length);
    expect(tableau.lignes.filter((l) => l.dansLeQuota).length).toBeGreaterThan(session.quotaLaureats!);

    // Chaque candidature a un dépôt et son récépissé ; aucun juré n'est de son organisation ni de son département.
    const candidatures = await prisma.candidature.findMany({
      where: { sessionId: session.id },
      include: {
        depots: true,
        affectations: { include: { membreJury: { include: { utilisateur: { include: { appartenances: { include: { organisation: true } } } } } } } },
      },
    });
    expect(new Set(candidatures.map((c) => c.codeRegion)).size).toBe(6);
    for (const c of candidatures) {
      expect(c.depots.map((d) => d.numeroRecepisse), c.reference).toEqual([`${c.reference}-D1`]);
      for (const a of c.affectations) {
        for (const ap of a.membreJury.utilisateur.appartenances) {
          expect([c.collectivitePrincipaleId, c.serviceEtatId], c.reference).not.toContain(ap.organisationId);
          expect(ap.organisation.codeDepartement, c.reference).not.toBe(c.codeDepartement);
        }
      }
    }
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

describe("données de démonstration : ateliers in situ détaillés (décision 034)", () => {
  it("l'atelier flash d'Andouillé porte deux ateliers in situ dans son périmètre, avec leurs frais", async () => {
    const atelier = await prisma.atelier.findFirstOrThrow({
      where: { candidature: { reference: "ADT-2023-00002" } },
      select: { coutEquipeEuros: true, ateliersInSitu: { orderBy: { debutLe: "asc" }, select: { id: true, codeInsee: true, theme: true, participantsHabitants: true } }, frais: true },
    });
    expect(atelier.ateliersInSitu.map((a) => [a.codeInsee, a.theme])).toEqual([
      ["53005", "diagnostic_enjeux"],
      ["53005", "strategie"],
    ]);
    expect(atelier.frais.every((f) => f.atelierInSituId !== null)).toBe(true);
    const couts = calculerCouts({ coutEquipeEuros: atelier.coutEquipeEuros, ateliersInSituIds: atelier.ateliersInSitu.map((a) => a.id), frais: atelier.frais });
    expect(couts).toMatchObject({ equipeCentimes: 2_000_000, fraisCentimes: 89_330, horsAtelierInSitu: 0, totalCentimes: 2_089_330 });
  });
});
