// Phases d'un atelier (issue 14, décision 031), sur une vraie base : ce que voient le pilote (DDT)
// et les deux co-pilotes (signataire de la collectivité principale, signataire de la DDT) — le
// parcours complet, le refus sans livrable, l'annulation d'une validation par une nouvelle version,
// le renvoi commenté, les clics concurrents, et ce que les autres ne peuvent pas faire.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { demarrerPhase } from "@/lib/ateliers/phases/demarrer-phase";
import { deposerLivrable } from "@/lib/ateliers/phases/deposer-livrable";
import { etatLivrables } from "@/lib/ateliers/phases/commun";
import { renvoyerPhase } from "@/lib/ateliers/phases/renvoyer-phase";
import { soumettrePhase } from "@/lib/ateliers/phases/soumettre-phase";
import { validerPhase } from "@/lib/ateliers/phases/valider-phase";
import { verifierChaine } from "@/lib/audit/journal";
import type { Acteur } from "@/lib/auth/acteur";
import { porteeAtelier, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { TypePhase } from "@/lib/generated/prisma/client";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees, pdf } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

type Role = Parameters<typeof f.creerMembre>[1];
const acteur = async (organisation: { id: string }, role: Role, nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

/** Un atelier local d'Andouillé piloté par la DDT de la Mayenne, ses trois phases à venir. */
async function unAtelier() {
  const [principale, ddt] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
  const c = await f.creerCandidature({ collectivitePrincipale: principale, statut: "retenue" });
  const atelier = await f.creerAtelier(c);
  await prisma.phase.updateMany({ where: { atelierId: atelier.id }, data: { statut: "a_venir" } });
  const phases = await prisma.phase.findMany({ where: { atelierId: atelier.id } });
  const phase = (type: TypePhase) => phases.find((p) => p.type === type)!.id;
  return {
    atelier,
    candidature: c,
    appropriation: phase("appropriation"),
    animation: phase("animation"),
    restitution: phase("restitution"),
    pilote: await acteur(ddt, "agent", "Pilote"),
    signataireEtat: await acteur(ddt, "signataire_etat", "Directrice"),
    maire: await acteur(principale, "signataire", "Maire"),
    membre: await acteur(principale, "membre", "Secrétaire"),
  };
}

type Atelier = Awaited<ReturnType<typeof unAtelier>>;

const lirePhase = (id: string) => prisma.phase.findUniqueOrThrow({ where: { id } });
const empreinte = async (phaseId: string) => (await etatLivrables(prisma, phaseId)).empreinte;

async function demarrer(a: Atelier, phaseId: string, par: Acteur = a.pilote) {
  const { version } = await lirePhase(phaseId);
  return executerAction(demarrerPhase, par, { phaseId, versionLue: version });
}

async function soumettre(a: Atelier, phaseId: string, par: Acteur = a.pilote) {
  const { version } = await lirePhase(phaseId);
  return executerAction(soumettrePhase, par, { phaseId, versionLue: version, empreinteLue: await empreinte(phaseId) });
}

const deposerSynthese = (a: Atelier, phaseId: string, texte = "synthèse v1") =>
  executerAction(deposerLivrable, a.pilote, { phaseId, type: "synthese_enjeux", titre: "Synthèse des enjeux", nomFichier: "synthese.pdf", contenu: pdf(texte) });

const valider = (par: Acteur, partie: "collectivite" | "etat", phaseId: string, empreinteLue: string) =>
  executerAction(validerPhase, par, { phaseId, partie, empreinteLue });

/** L'appropriation démarrée, sa synthèse déposée, soumise : « à valider ». */
async function appropriationAValider(a: Atelier) {
  donnees(await demarrer(a, a.appropriation));
  donnees(await deposerSynthese(a, a.appropriation));
  donnees(await soumettre(a, a.appropriation));
  return empreinte(a.appropriation);
}

describe("phases d'un atelier : le parcours des co-pilotes", () => {
  it("le pilote démarre, dépose la synthèse, soumet ; les deux co-pilotes valident ; la phase suivante peut démarrer", async () => {
    const a = await unAtelier();
    const demarree = donnees(await demarrer(a, a.appropriation));
    expect(demarree).toMatchObject({ statut: "en_cours", version: 2 });
    expect((await lirePhase(a.appropriation)).debutReel).not.toBeNull();
    expect((await prisma.atelier.findUniqueOrThrow({ where: { id: a.atelier.id } })).statut).toBe("en_cours");

    const livrable = donnees(await deposerSynthese(a, a.appropriation));
    expect(livrable).toMatchObject({ type: "synthese_enjeux", version: 1, nomFichier: "synthese.pdf", typeMime: "application/pdf", validationsAnnulees: [] });
    expect((await prisma.livrable.findUniqueOrThrow({ where: { id: livrable.livrableId } })).sha256).toBe(livrable.sha256);

    // Les phases se suivent : l'animation attend la validation de l'appropriation.
    expect(await demarrer(a, a.animation)).toMatchObject({
      ok: false,
      code: "REGLE_NON_RESPECTEE",
      message: "La phase d'appropriation n'est pas encore validée par les deux co-pilotes : la phase d'animation ne peut pas démarrer avant.",
    });

    expect(donnees(await soumettre(a, a.appropriation))).toMatchObject({ statut: "a_valider", empreinteLivrables: livrable.empreinteLivrables });
    const lue = await empreinte(a.appropriation);
    expect(donnees(await valider(a.signataireEtat, "etat", a.appropriation, lue))).toMatchObject({ statut: "a_valider", partie: "etat" });
    expect((await lirePhase(a.appropriation)).statut).toBe("a_valider");
    expect(donnees(await valider(a.maire, "collectivite", a.appropriation, lue))).toMatchObject({ statut: "validee", partie: "collectivite" });

    const validee = await lirePhase(a.appropriation);
    expect(validee.statut).toBe("validee");
    expect(validee.finReelle).not.toBeNull();
    const validations = await prisma.validationPhase.findMany({ where: { phaseId: a.appropriation, invalideeLe: null } });
    expect(validations.map((v) => [v.partie, v.empreinteLivrables]).sort()).toEqual([
      ["collectivite", lue],
      ["etat", lue],
    ]);

    expect(donnees(await demarrer(a, a.animation))).toMatchObject({ statut: "en_cours" });

    const journal = await prisma.evenement.findMany({ where: { atelierId: a.atelier.id }, orderBy: { id: "asc" }, select: { type: true, resume: true } });
    expect(journal.map((e) => e.type)).toEqual([
      "phase.demarree",
      "livrable.depose",
      "phase.soumise",
      "phase.validation",
      "phase.validation",
      "phase.validee",
      "phase.demarree",
    ]);
    expect(journal[3]!.resume).toBe("Test Directrice valide la phase d'appropriation pour le service de l'État.");
    expect(journal[5]!.resume).toBe("La phase d'appropriation est validée par les deux co-pilotes.");
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });

    // Le maire a été prévenu, dans l'application, que la phase était à valider ; le pilote, qu'elle est validée.
    const titres = async (p: Acteur) =>
      (await prisma.notification.findMany({ where: { utilisateurId: p.id, type: "phase_atelier" }, orderBy: { creeLe: "asc" } })).map((n) => [n.titre, n.lien]);
    const lien = `/ateliers/${a.atelier.id}`;
    expect(await titres(a.maire)).toEqual(
      expect.arrayContaining([[expect.stringContaining("la phase d'appropriation est à valider"), lien], [expect.stringContaining("validation du service de l'État"), lien]]),
    );
    expect(await titres(a.pilote)).toEqual(expect.arrayContaining([[expect.stringContaining("la phase d'appropriation est validée"), lien]]));
  });

  it("refuse, en français, de soumettre une phase sans son livrable ; la phase reste en cours", async () => {
    const a = await unAtelier();
    donnees(await demarrer(a, a.appropriation));
    expect(await soumettre(a, a.appropriation)).toEqual({
      ok: false,
      code: "REGLE_NON_RESPECTEE",
      message: "La phase d'appropriation ne peut pas être soumise à validation sans son livrable : déposez la synthèse des enjeux.",
    });
    // Un autre document ne remplace pas la synthèse.
    donnees(await executerAction(deposerLivrable, a.pilote, { phaseId: a.appropriation, type: "note_de_cadrage", titre: "Note", nomFichier: "note.pdf", contenu: pdf("note") }));
    expect(await soumettre(a, a.appropriation)).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    expect((await lirePhase(a.appropriation)).statut).toBe("en_cours");
    // Une phase en cours ne se valide pas.
    expect(await valider(a.maire, "collectivite", a.appropriation, await empreinte(a.appropriation))).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
  });

  it("refuse un fichier qui n'est pas d'un type accepté, avec les contrôles des pièces", async () => {
    const a = await unAtelier();
    donnees(await demarrer(a, a.appropriation));
    const exe = await executerAction(deposerLivrable, a.pilote, {
      phaseId: a.appropriation,
      type: "synthese_enjeux",
      titre: "Synthèse",
      nomFichier: "synthese.pdf",
      contenu: Buffer.from("MZ\x90\x00 programme"),
    });
    expect(exe).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: expect.stringContaining("n'est pas d'un type accepté") });
    expect(await prisma.livrable.count({ where: { phaseId: a.appropriation } })).toBe(0);
  });

  it("une nouvelle version d'un livrable annule, visiblement, la validation en attente", async () => {
    const a = await unAtelier();
    const v1 = await appropriationAValider(a);
    donnees(await valider(a.signataireEtat, "etat", a.appropriation, v1));

    const v2 = donnees(await deposerSynthese(a, a.appropriation, "synthèse v2"));
    expect(v2).toMatchObject({ version: 2, validationsAnnulees: ["etat"] });
    expect(v2.empreinteLivrables).not.toBe(v1);
    const annulee = await prisma.validationPhase.findFirstOrThrow({ where: { phaseId: a.appropriation, partie: "etat" } });
    expect(annulee.invalideeLe).not.toBeNull();
    expect(annulee.motifInvalidation).toBe("nouvelle version du livrable « synthèse des enjeux » déposée par Test Pilote");
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { atelierId: a.atelier.id, type: "phase.validation_annulee" } });
    expect(evenement.resume).toBe(
      "La validation du service de l'État de la phase d'appropriation est annulée : nouvelle version du livrable « synthèse des enjeux » déposée par Test Pilote.",
    );
    expect(await prisma.livrable.findMany({ where: { phaseId: a.appropriation }, orderBy: { version: "asc" }, select: { version: true, courant: true } })).toEqual([
      { version: 1, courant: false },
      { version: 2, courant: true },
    ]);
    // La directrice de la DDT est prévenue.
    expect(await prisma.notification.count({ where: { utilisateurId: a.signataireEtat.id, titre: { contains: "validation de la phase d'appropriation annulée" } } })).toBe(1);

    // Le maire qui valide ce qu'il a lu avant la nouvelle version : CONFLIT qui dit qui a fait quoi.
    const perime = await valider(a.maire, "collectivite", a.appropriation, v1);
    expect(perime).toMatchObject({ ok: false, code: "CONFLIT", message: expect.stringContaining("Test Pilote dépose le livrable « synthèse des enjeux »") });
    // Sur la nouvelle version, sa validation ne suffit pas : celle de la DDT est tombée.
    expect(donnees(await valider(a.maire, "collectivite", a.appropriation, v2.empreinteLivrables)).statut).toBe("a_valider");
    expect(donnees(await valider(a.signataireEtat, "etat", a.appropriation, v2.empreinteLivrables)).statut).toBe("validee");
  });

  it("un co-pilote renvoie la phase avec un commentaire : en cours, validations annulées, commentaire gardé", async () => {
    const a = await unAtelier();
    const lue = await appropriationAValider(a);
    donnees(await valider(a.signataireEtat, "etat", a.appropriation, lue));

    const sansCommentaire = await executerAction(renvoyerPhase, a.maire, { phaseId: a.appropriation, partie: "collectivite", empreinteLue: lue, commentaire: "  " });
    expect(sansCommentaire).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { commentaire: [expect.stringContaining("Dites ce qu'il faut reprendre")] } });

    const renvoi = donnees(
      await executerAction(renvoyerPhase, a.maire, { phaseId: a.appropriation, partie: "collectivite", empreinteLue: lue, commentaire: "Les enjeux agricoles manquent." }),
    );
    expect(renvoi).toMatchObject({ statut: "en_cours", partie: "collectivite", validationsAnnulees: ["etat"] });
    expect((await lirePhase(a.appropriation)).statut).toBe("en_cours");
    expect(await prisma.renvoiPhase.findUniqueOrThrow({ where: { id: renvoi.renvoiId } })).toMatchObject({
      commentaire: "Les enjeux agricoles manquent.",
      partie: "collectivite",
      utilisateurId: a.maire.id,
      empreinteLivrables: lue,
    });
    expect(await prisma.validationPhase.count({ where: { phaseId: a.appropriation, invalideeLe: null } })).toBe(0);
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { atelierId: a.atelier.id, type: "phase.renvoyee" } });
    expect(evenement.resume).toBe("Test Maire renvoie la phase d'appropriation pour la collectivité : « Les enjeux agricoles manquent. ».");
    const notification = await prisma.notification.findFirstOrThrow({ where: { utilisateurId: a.pilote.id, titre: { contains: "est renvoyée" } } });
    expect(notification.texte).toContain("« Les enjeux agricoles manquent. »");

    // Le pilote reprend et soumet de nouveau ; la DDT peut aussi renvoyer.
    donnees(await deposerSynthese(a, a.appropriation, "synthèse reprise"));
    donnees(await soumettre(a, a.appropriation));
    const nouvelle = await empreinte(a.appropriation);
    expect(
      donnees(await executerAction(renvoyerPhase, a.signataireEtat, { phaseId: a.appropriation, partie: "etat", empreinteLue: nouvelle, commentaire: "Carte illisible." })).statut,
    ).toBe("en_cours");
  });
});

describe("phases d'un atelier : actions concurrentes", () => {
  it("les deux co-pilotes valident au même moment : les deux validations comptent, la phase est validée une fois", async () => {
    const a = await unAtelier();
    const lue = await appropriationAValider(a);
    const resultats = await Promise.all([valider(a.maire, "collectivite", a.appropriation, lue), valider(a.signataireEtat, "etat", a.appropriation, lue)]);
    expect(resultats.map((r) => r.ok)).toEqual([true, true]);
    expect((await lirePhase(a.appropriation)).statut).toBe("validee");
    expect(await prisma.evenement.count({ where: { atelierId: a.atelier.id, type: "phase.validee" } })).toBe(1);
    expect(await prisma.validationPhase.count({ where: { phaseId: a.appropriation, invalideeLe: null } })).toBe(2);
  });

  it("deux signataires de la DDT valident au même moment : une validation, l'autre lit qui l'a donnée", async () => {
    const a = await unAtelier();
    const adjoint = await acteur(await f.serviceEtat("53"), "signataire_etat", "Adjoint");
    const lue = await appropriationAValider(a);
    const resultats = await Promise.all([valider(a.signataireEtat, "etat", a.appropriation, lue), valider(adjoint, "etat", a.appropriation, lue)]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    const refus = resultats.find((r) => !r.ok);
    expect(refus).toMatchObject({ ok: false, code: "CONFLIT", message: expect.stringMatching(/^Test (Directrice|Adjoint) a déjà validé la phase d'appropriation pour le service de l'État/) });
    expect(await prisma.validationPhase.count({ where: { phaseId: a.appropriation } })).toBe(1);
  });

  it("deux démarrages concurrents : un seul démarrage, l'autre lit qui a démarré la phase", async () => {
    const a = await unAtelier();
    const { version } = await lirePhase(a.appropriation);
    const resultats = await Promise.all([
      executerAction(demarrerPhase, a.pilote, { phaseId: a.appropriation, versionLue: version }),
      executerAction(demarrerPhase, a.signataireEtat, { phaseId: a.appropriation, versionLue: version }),
    ]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    expect(resultats.find((r) => !r.ok)).toMatchObject({ code: "CONFLIT", message: expect.stringMatching(/^Test (Pilote|Directrice) démarre la phase d'appropriation \(à .*\), pendant que vous vouliez démarrer la phase\. La phase est maintenant « en cours »/) });
    expect(await prisma.evenement.count({ where: { atelierId: a.atelier.id, type: "phase.demarree" } })).toBe(1);
  });

  it("un renvoi et une validation concurrents : l'un s'applique, l'autre lit un CONFLIT", async () => {
    const a = await unAtelier();
    const lue = await appropriationAValider(a);
    donnees(await valider(a.signataireEtat, "etat", a.appropriation, lue));
    const resultats = await Promise.all([
      valider(a.maire, "collectivite", a.appropriation, lue),
      executerAction(renvoyerPhase, a.signataireEtat, { phaseId: a.appropriation, partie: "etat", empreinteLue: lue, commentaire: "Finalement, non." }),
    ]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    expect(resultats.find((r) => !r.ok)).toMatchObject({ code: "CONFLIT" });
  });
});

describe("phases d'un atelier : ce que les autres ne peuvent pas faire", () => {
  /** Autre collectivité (signataire de son propre atelier), DDT d'un autre département, juré de la candidature. */
  async function etrangers(a: Atelier) {
    const autreCommune = await f.commune("53130");
    const autreAtelier = await f.creerAtelier(await f.creerCandidature({ collectivitePrincipale: autreCommune, statut: "retenue" }));
    const session = await f.creerSession();
    const jure = await f.ajouterJure(session);
    await f.affecter(jure.membreJury, a.candidature);
    return {
      autreAtelier,
      "signataire d'une autre collectivité": await acteur(autreCommune, "signataire", "Autre maire"),
      "signataire de la DDT d'un autre département": await acteur(await f.serviceEtat("44"), "signataire_etat", "DDTM 44"),
      "juré de la candidature": await acteurDe(jure.utilisateur.id),
    };
  }

  it("une autre collectivité, une DDT d'un autre département, un juré : refusés comme une ligne absente (INTROUVABLE)", async () => {
    const a = await unAtelier();
    const lue = await appropriationAValider(a);
    const { autreAtelier, ...personnes } = await etrangers(a);
    expect(autreAtelier.id).not.toBe(a.atelier.id);
    const inexistante = "00000000-0000-4000-8000-000000000000";
    for (const [qui, p] of Object.entries(personnes)) {
      for (const phaseId of [a.appropriation, inexistante]) {
        const { version } = await lirePhase(a.appropriation);
        const tentatives = [
          await executerAction(demarrerPhase, p, { phaseId, versionLue: version }),
          await executerAction(deposerLivrable, p, { phaseId, type: "synthese_enjeux", titre: "Intrus", nomFichier: "x.pdf", contenu: pdf("x") }),
          await executerAction(soumettrePhase, p, { phaseId, versionLue: version, empreinteLue: lue }),
          await executerAction(validerPhase, p, { phaseId, partie: "collectivite", empreinteLue: lue }),
          await executerAction(validerPhase, p, { phaseId, partie: "etat", empreinteLue: lue }),
          await executerAction(renvoyerPhase, p, { phaseId, partie: "etat", empreinteLue: lue, commentaire: "Intrus" }),
        ];
        for (const t of tentatives) expect(t, qui).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
      }
    }
    expect((await lirePhase(a.appropriation)).statut).toBe("a_valider");
    expect(await prisma.validationPhase.count({ where: { phaseId: a.appropriation } })).toBe(0);
  });

  it("qui voit l'atelier sans en avoir le droit lit pourquoi : le membre ne valide pas, l'agent de la DDT non plus, le maire ne démarre pas", async () => {
    const a = await unAtelier();
    const lue = await appropriationAValider(a);
    expect(await valider(a.membre, "collectivite", a.appropriation, lue)).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
      message: "Seul un signataire d'Andouillé, collectivité principale, valide ou renvoie une phase pour la collectivité.",
    });
    expect(await valider(a.pilote, "etat", a.appropriation, lue)).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: expect.stringContaining("service de l'État pilote") });
    expect(await valider(a.maire, "etat", a.appropriation, lue)).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect(await demarrer(a, a.animation, a.maire)).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
  });

  it("la matrice des droits suit la politique : refus si et seulement si l'atelier est hors de la portée de l'action", async () => {
    const a = await unAtelier();
    donnees(await demarrer(a, a.appropriation));
    const etrangersDeLAtelier = Object.fromEntries(Object.entries(await etrangers(a)).filter(([cle]) => cle !== "autreAtelier")) as Record<string, Acteur>;
    const personnes: Record<string, Acteur> = {
      pilote: a.pilote,
      "signataire de la DDT": a.signataireEtat,
      maire: a.maire,
      membre: a.membre,
      "référent DGALN": await acteur(await f.dgaln(), "referent", "Référente"),
      ...etrangersDeLAtelier,
    };
    const dansPortee = async (p: Acteur, action: ActionDe<"atelier">) =>
      (await prisma.atelier.count({ where: { AND: [{ id: a.atelier.id }, porteeAtelier(p, action)] } })) === 1;
    const refuse = (r: { ok: boolean; code?: string }) => !r.ok && (r.code === "INTROUVABLE" || r.code === "ACCES_REFUSE");
    const { version } = await lirePhase(a.animation);
    const lue = await empreinte(a.appropriation);
    for (const [qui, p] of Object.entries(personnes)) {
      // Sans rien écrire : version périmée (démarrer), phase en cours jamais soumise (valider).
      const demarrage = await executerAction(demarrerPhase, p, { phaseId: a.animation, versionLue: version + 10 });
      expect(refuse(demarrage), `${qui} démarrer`).toBe(!(await dansPortee(p, "modifier")));
      for (const partie of ["collectivite", "etat"] as const) {
        const validation = await executerAction(validerPhase, p, { phaseId: a.appropriation, partie, empreinteLue: lue });
        const permis = (await dansPortee(p, "valider_phase")) && (partie === "collectivite" ? qui === "maire" : qui === "signataire de la DDT");
        expect(refuse(validation), `${qui} valider pour ${partie}`).toBe(!permis);
        if (permis) expect(validation).toMatchObject({ code: "ETAT_INCOMPATIBLE" });
      }
    }
  });
});
