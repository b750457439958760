// Ateliers in situ, supports et frais matériels (issue 14, décision 034), sur une vraie base : la
// saisie par le pilote, les refus (commune hors périmètre, phase d'animation pas ouverte, montants),
// les droits rôle par rôle (le membre de la collectivité saisit un frais mais pas un atelier in
// situ ; autre collectivité, DDT d'un autre département, juré : INTROUVABLE), les totaux, le
// conflit de version, la vignette et le 404 hors portée du téléchargement.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { enregistrerAtelierInSitu, modifierAtelierInSitu, supprimerAtelierInSitu } from "@/lib/ateliers/in-situ/ateliers-in-situ";
import { ajouterFrais, retirerFrais } from "@/lib/ateliers/in-situ/frais";
import { telechargerSupport } from "@/lib/ateliers/in-situ/http";
import { lireAteliersInSitu } from "@/lib/ateliers/in-situ/lecture";
import { deposerSupport, retirerSupport } from "@/lib/ateliers/in-situ/supports";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees, pdf } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

type Role = Parameters<typeof f.creerMembre>[1];
const acteur = async (organisation: { id: string }, role: Role, nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

/** Un atelier d'Andouillé (périmètre : Andouillé seule), piloté par la DDT de la Mayenne, animation en cours. */
async function unAtelier(statutAnimation: "a_venir" | "en_cours" | "a_valider" | "validee" = "en_cours") {
  const [principale, ddt] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
  const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
  await prisma.perimetreCommune.create({ data: { candidatureId: c.id, codeInsee: "53005" } });
  const atelier = await f.creerAtelier(c);
  await prisma.atelier.update({ where: { id: atelier.id }, data: { coutEquipeEuros: 30_000 } });
  await prisma.phase.updateMany({ where: { atelierId: atelier.id, type: "appropriation" }, data: { statut: "validee" } });
  await prisma.phase.updateMany({ where: { atelierId: atelier.id, type: "animation" }, data: { statut: statutAnimation } });
  return {
    atelier,
    candidature: c,
    pilote: await acteur(ddt, "agent", "Pilote"),
    maire: await acteur(principale, "signataire", "Maire"),
    membre: await acteur(principale, "membre", "Secrétaire"),
  };
}

const saisie = (atelierId: string, autres: Record<string, unknown> = {}) => ({
  atelierId,
  titre: "Atelier diagnostic en marchant",
  debutLe: "2026-03-12T18:30",
  lieu: "Salle des fêtes",
  codeInsee: "53005",
  theme: "diagnostic_enjeux",
  participantsElus: "6",
  participantsTechniciens: "3",
  participantsHabitants: "24",
  participantsPartenaires: "",
  compteRendu: "Balade du centre-bourg à la gare ; trois enjeux retenus.",
  ...autres,
});

/** La saisie d'une modification : la même, sans l'atelier (elle vise l'atelier in situ). */
const sansAtelier = (s: ReturnType<typeof saisie>) => Object.fromEntries(Object.entries(s).filter(([cle]) => cle !== "atelierId"));

const frais = (atelierInSituId: string, montant: string, nature = "restauration", libelle = "Buffet") => ({ atelierInSituId, libelle, nature, montant, engageLe: "2026-03-12" });

const image = () => sharp({ create: { width: 1200, height: 800, channels: 3, background: "#6a6af4" } }).png().toBuffer().then((b) => new Uint8Array(b));

describe("ateliers in situ : la saisie du pilote", () => {
  it("enregistre un atelier in situ, ses supports et ses frais ; la lecture et les totaux suivent", async () => {
    const a = await unAtelier();
    const cree = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    const ligne = await prisma.atelierInSitu.findUniqueOrThrow({ where: { id: cree.atelierInSituId } });
    expect(ligne).toMatchObject({
      codeInsee: "53005",
      theme: "diagnostic_enjeux",
      participantsElus: 6,
      participantsTechniciens: 3,
      participantsHabitants: 24,
      participantsPartenaires: 0,
      debutLe: new Date("2026-03-12T17:30:00Z"),
    });
    const phase = await prisma.phase.findFirstOrThrow({ where: { atelierId: a.atelier.id, type: "animation" } });
    expect(ligne.phaseId).toBe(phase.id);

    const support = donnees(await executerAction(deposerSupport, a.pilote, { atelierInSituId: cree.atelierInSituId, nomFichier: "plan.png", contenu: await image() }));
    expect(support.typeMime).toBe("image/png");
    donnees(await executerAction(deposerSupport, a.pilote, { atelierInSituId: cree.atelierInSituId, nomFichier: "diaporama.pdf", contenu: pdf("diaporama") }));
    // Le pilote et le membre de la collectivité saisissent chacun un frais.
    donnees(await executerAction(ajouterFrais, a.pilote, frais(cree.atelierInSituId, "1 234,50")));
    donnees(await executerAction(ajouterFrais, a.membre, frais(cree.atelierInSituId, "300", "location_salle", "Location de la salle")));

    const lu = (await lireAteliersInSitu(a.pilote, a.atelier.id))!;
    expect(lu).toMatchObject({ peutSaisir: true, peutSaisirFrais: true, animationOuverte: true, communes: [{ codeInsee: "53005", nom: "Andouillé" }] });
    const [item] = lu.ateliersInSitu;
    expect(item).toMatchObject({ commune: "Andouillé", libelleTheme: "diagnostic et enjeux", participants: { total: 33 }, sousTotalCentimes: 153_450 });
    expect(item!.supports.map((s) => [s.nomFichier, s.vignette !== null])).toEqual([
      ["plan.png", true],
      ["diaporama.pdf", false],
    ]);
    expect(lu.couts).toMatchObject({
      equipeCentimes: 3_000_000,
      fraisCentimes: 153_450,
      totalCentimes: 3_153_450,
      parNature: [
        { nature: "restauration", centimes: 123_450 },
        { nature: "location_salle", centimes: 30_000 },
      ],
    });

    // Vignette redimensionnée côté serveur ; fichier d'origine intact.
    const vignette = await telechargerSupport(a.pilote, support.supportId, true);
    expect(vignette.status).toBe(200);
    expect(vignette.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await vignette.arrayBuffer())).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(320);
    expect((await telechargerSupport(a.membre, support.supportId, false)).status).toBe(200);

    // Le membre lit, saisit des frais, ne saisit pas d'atelier in situ.
    expect(await lireAteliersInSitu(a.membre, a.atelier.id)).toMatchObject({ peutSaisir: false, peutSaisirFrais: true, communes: [] });
    const types = (await prisma.evenement.findMany({ where: { atelierId: a.atelier.id }, orderBy: { id: "asc" }, select: { type: true } })).map((e) => e.type);
    expect(types).toEqual(["atelier_in_situ.enregistre", "atelier_in_situ.support_depose", "atelier_in_situ.support_depose", "frais.ajoute", "frais.ajoute"]);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("refuse une commune hors du périmètre, accepte celles d'un EPCI inclus entier", async () => {
    const a = await unAtelier();
    const refus = await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id, { codeInsee: "53130" }));
    expect(refus).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", fieldErrors: { codeInsee: [expect.stringContaining("n'est pas dans le périmètre de l'atelier")] } });
    const andouille = await prisma.commune.findUniqueOrThrow({ where: { codeInsee: "53005" } });
    const voisine = await prisma.commune.findFirstOrThrow({ where: { epciSiren: andouille.epciSiren, codeInsee: { not: "53005" } } });
    await prisma.perimetreEpci.create({ data: { candidatureId: a.candidature.id, epciSiren: andouille.epciSiren! } });
    donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id, { codeInsee: voisine.codeInsee })));
    expect(await prisma.atelierInSitu.count({ where: { atelierId: a.atelier.id } })).toBe(1);
  });

  it("refuse tant que l'animation n'a pas démarré, et une fois validée ; accepte « à valider »", async () => {
    const avenir = await unAtelier("a_venir");
    expect(await executerAction(enregistrerAtelierInSitu, avenir.pilote, saisie(avenir.atelier.id))).toEqual({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "La phase d'animation n'a pas démarré : démarrez-la avant d'y enregistrer un atelier in situ.",
    });
    const validee = await unAtelier("validee");
    expect(await executerAction(enregistrerAtelierInSitu, validee.pilote, saisie(validee.atelier.id))).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "La phase d'animation est « validée » : ses ateliers in situ ne changent plus.",
    });
    const aValider = await unAtelier("a_valider");
    donnees(await executerAction(enregistrerAtelierInSitu, aValider.pilote, saisie(aValider.atelier.id)));
  });

  it("refuse les participants et montants invalides, en français, champ par champ", async () => {
    const a = await unAtelier();
    const r = await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id, { participantsElus: "-2", participantsHabitants: "3,5", debutLe: "" }));
    expect(r).toMatchObject({
      ok: false,
      code: "INVALIDE",
      fieldErrors: {
        participantsElus: ["Le nombre d'élus ne peut pas être négatif."],
        participantsHabitants: ["Le nombre d'habitants doit être un nombre entier."],
        debutLe: [expect.stringContaining("Indiquez la date et l'heure")],
      },
    });
    const { atelierInSituId } = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    expect(await executerAction(ajouterFrais, a.pilote, frais(atelierInSituId, "-12"))).toMatchObject({ code: "INVALIDE", fieldErrors: { montant: [expect.stringContaining("montant en euros positif")] } });
    expect(await executerAction(ajouterFrais, a.pilote, frais(atelierInSituId, "2 000 000"))).toMatchObject({ code: "INVALIDE", fieldErrors: { montant: [expect.stringContaining("ne dépasse pas 1 000 000 €")] } });
    expect(await prisma.fraisMateriel.count({ where: { atelierId: a.atelier.id } })).toBe(0);
  });

  it("deux modifications concurrentes : la seconde est refusée (CONFLIT) et dit qui a modifié", async () => {
    const a = await unAtelier();
    const directrice = await acteur(await f.serviceEtat("53"), "signataire_etat", "Directrice");
    const { atelierInSituId } = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    const { empreinte } = (await lireAteliersInSitu(a.pilote, a.atelier.id))!.ateliersInSitu[0]!;
    const modification = (autres: Record<string, unknown>) => {
      return { ...sansAtelier(saisie(a.atelier.id, autres)), atelierInSituId, empreinteLue: empreinte };
    };
    const [r1, r2] = await Promise.all([
      executerAction(modifierAtelierInSitu, a.pilote, modification({ participantsHabitants: "30" })),
      executerAction(modifierAtelierInSitu, directrice, modification({ compteRendu: "Autre version." })),
    ]);
    const resultats = [r1, r2];
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    const refus = resultats.find((r) => !r.ok)!;
    expect(refus).toMatchObject({ ok: false, code: "CONFLIT", message: expect.stringMatching(/(Pilote|Directrice) a modifié cet atelier in situ .*, pendant que vous le modifiiez : vos modifications n.ont pas été enregistrées/) });
    expect(await prisma.evenement.count({ where: { entiteId: atelierInSituId, type: "atelier_in_situ.modifie" } })).toBe(1);
  });

  it("un compte rendu modifié annule les validations en attente ; supprimer exige d'abord de retirer les frais", async () => {
    const a = await unAtelier("a_valider");
    const { atelierInSituId } = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    const phase = await prisma.phase.findFirstOrThrow({ where: { atelierId: a.atelier.id, type: "animation" } });
    await prisma.validationPhase.create({ data: { phaseId: phase.id, partie: "collectivite", organisationId: (await f.commune("53005")).id, utilisateurId: a.maire.id } });
    const { empreinte } = (await lireAteliersInSitu(a.pilote, a.atelier.id))!.ateliersInSitu[0]!;
    const champs = sansAtelier(saisie(a.atelier.id, { compteRendu: "Compte rendu corrigé." }));
    expect(donnees(await executerAction(modifierAtelierInSitu, a.pilote, { ...champs, atelierInSituId, empreinteLue: empreinte })).validationsAnnulees).toBe(1);
    expect((await prisma.validationPhase.findFirstOrThrow({ where: { phaseId: phase.id } })).motifInvalidation).toContain("compte rendu de l'atelier in situ");

    const { fraisId } = donnees(await executerAction(ajouterFrais, a.membre, frais(atelierInSituId, "80")));
    expect(await executerAction(supprimerAtelierInSitu, a.pilote, { atelierInSituId })).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: expect.stringContaining("retirez-les d'abord") });
    donnees(await executerAction(retirerFrais, a.membre, { fraisId }));
    donnees(await executerAction(supprimerAtelierInSitu, a.pilote, { atelierInSituId }));
    expect(await prisma.atelierInSitu.count({ where: { atelierId: a.atelier.id } })).toBe(0);
  });
});

describe("ateliers in situ : les droits, rôle par rôle", () => {
  it("le membre et le maire saisissent un frais, mais ni un atelier in situ ni un support (ACCES_REFUSE expliqué)", async () => {
    const a = await unAtelier();
    const { atelierInSituId } = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    for (const p of [a.membre, a.maire]) {
      expect(await executerAction(enregistrerAtelierInSitu, p, saisie(a.atelier.id))).toMatchObject({
        ok: false,
        code: "ACCES_REFUSE",
        message: expect.stringContaining("Seul le service de l'État pilote de l'atelier (ou la DGALN) enregistre les ateliers in situ"),
      });
      expect(await executerAction(deposerSupport, p, { atelierInSituId, nomFichier: "x.pdf", contenu: pdf("x") })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
      expect(await executerAction(supprimerAtelierInSitu, p, { atelierInSituId })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
      donnees(await executerAction(ajouterFrais, p, frais(atelierInSituId, "12,5")));
    }
    expect(await prisma.fraisMateriel.aggregate({ where: { atelierId: a.atelier.id }, _sum: { montantCentimes: true } })).toEqual({ _sum: { montantCentimes: 2_500 } });
  });

  it("une autre collectivité, une DDT d'un autre département, un juré : INTROUVABLE partout, et 404 au téléchargement", async () => {
    const a = await unAtelier();
    const { atelierInSituId } = donnees(await executerAction(enregistrerAtelierInSitu, a.pilote, saisie(a.atelier.id)));
    const { supportId } = donnees(await executerAction(deposerSupport, a.pilote, { atelierInSituId, nomFichier: "plan.png", contenu: await image() }));
    const { fraisId } = donnees(await executerAction(ajouterFrais, a.pilote, frais(atelierInSituId, "50")));
    const autreCommune = await f.commune("53130");
    await f.creerAtelier(await f.creerCandidature({ collectivitePrincipale: autreCommune, statut: "retenue" }));
    const session = await f.creerSession();
    const jure = await f.ajouterJure(session);
    await f.affecter(jure.membreJury, a.candidature);
    const personnes = {
      "membre d'une autre collectivité": await acteur(autreCommune, "membre", "Autre secrétaire"),
      "signataire de la DDT d'un autre département": await acteur(await f.serviceEtat("44"), "signataire_etat", "DDTM 44"),
      "juré de la candidature": await acteurDe(jure.utilisateur.id),
    };
    const introuvable = { ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE };
    const { empreinte } = (await lireAteliersInSitu(a.pilote, a.atelier.id))!.ateliersInSitu[0]!;
    const champs = sansAtelier(saisie(a.atelier.id));
    for (const [qui, p] of Object.entries(personnes)) {
      const tentatives = [
        await executerAction(enregistrerAtelierInSitu, p, saisie(a.atelier.id)),
        await executerAction(modifierAtelierInSitu, p, { ...champs, atelierInSituId, empreinteLue: empreinte }),
        await executerAction(supprimerAtelierInSitu, p, { atelierInSituId }),
        await executerAction(deposerSupport, p, { atelierInSituId, nomFichier: "x.pdf", contenu: pdf("x") }),
        await executerAction(retirerSupport, p, { supportId }),
        await executerAction(ajouterFrais, p, frais(atelierInSituId, "1")),
        await executerAction(retirerFrais, p, { fraisId }),
      ];
      for (const t of tentatives) expect(t, qui).toEqual(introuvable);
      expect(await lireAteliersInSitu(p, a.atelier.id), qui).toBeNull();
      for (const vignette of [true, false]) expect((await telechargerSupport(p, supportId, vignette)).status, qui).toBe(404);
    }
    expect((await telechargerSupport(a.pilote, "00000000-0000-4000-8000-000000000000", false)).status).toBe(404);
    expect(await prisma.fraisMateriel.count({ where: { atelierId: a.atelier.id } })).toBe(1);
    expect(await prisma.supportAtelierInSitu.count({ where: { atelierInSituId } })).toBe(1);
  });
});
