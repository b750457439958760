// Décisions de recevabilité sur une vraie base (issue 11) : chaque décision d'un référent de la DGALN
// (ligne Decision, événement, statut, lettre PDF, courriels) ; refus pour chaque autre rôle et depuis
// chaque autre statut ; messages de validation ; deux référents en même temps → une décision et un
// CONFLIT qui dit laquelle ; la boucle complète des corrections jusqu'au récépissé -D2, la
// comparaison des dépôts et la recevabilité.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { StatutCandidature } from "@/lib/generated/prisma/client";
import { deciderRecevabilite } from "@/lib/instruction/decider";
import { chargerPanneauRecevabilite, comparerDerniersDepots, demandeCorrectionsEnCours } from "@/lib/instruction/queries";
import { jourParis } from "@/lib/instruction/decider.schema";
import { extraireTextePdf } from "@/lib/recepisse/texte-pdf";
import { acteurDe } from "@/tests/helpers/acteurs";
import { affecterJure, candidatureDeposee, donnees } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";
import { GET as lettre } from "@/app/api/candidatures/[id]/decisions/[decisionId]/lettre/route";

vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = "20";
});
const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton ? { name: nom, value: cookie.jeton } : undefined) }),
}));

async function connecter(acteur: Acteur | null) {
  cookie.jeton = acteur ? randomUUID() : undefined;
  if (acteur) await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton!, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
}

const acteur = async (organisation: { id: string }, role: Parameters<typeof f.creerMembre>[1], nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

const MOTIVATION = "Le courrier d'engagement de la DDT ne précise pas la durée de portage de l'atelier.";
const POINTS = ["Préciser la durée d'engagement de la DDT (10 à 12 mois).", "Compléter les objectifs de l'atelier."];

/** Une candidature déposée (dépôt n° 1) et tous ceux qui la regardent. */
async function deposee() {
  const [principale, ddt, dgaln] = await Promise.all([f.commune("53005"), f.serviceEtat("53"), f.dgaln()]);
  const m = {
    redacteur: await acteur(principale, "membre"),
    maire: await acteur(principale, "signataire", "Maire"),
    agent: await acteur(ddt, "agent"),
    signataireEtat: await acteur(ddt, "signataire_etat", "Directrice"),
    referent: await acteur(dgaln, "referent", "Référente"),
    autreReferent: await acteur(dgaln, "referent", "Adjoint"),
    administrateur: await acteur(dgaln, "administrateur"),
  };
  const c = await candidatureDeposee({ principale, redacteur: m.redacteur, signataireCollectivite: m.maire, signataireEtat: m.signataireEtat });
  const jure = await f.creerUtilisateur();
  await affecterJure(jure, c);
  return { ...m, c, jure: await acteurDe(jure.id) };
}

const entree = (c: { id: string }, decision: string, autres: Record<string, unknown> = {}) => ({
  candidatureId: c.id,
  decision,
  statutLu: "deposee",
  depotLu: 1,
  ...autres,
});

const demain = () => jourParis(new Date(Date.now() + 2 * 86_400_000));

describe("décider de la recevabilité", () => {
  it("recevable : en instruction, décision motivée ou non, événement chaîné, pas de lettre, courriel aux deux parties", async () => {
    const { c, referent, maire, signataireEtat } = await deposee();
    const r = donnees(await executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable")));
    expect(r).toMatchObject({ type: "recevable", statut: "en_instruction", depotNumero: 1, cheminLettre: null });
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } });
    expect(ligne.statut).toBe("en_instruction");
    expect(ligne.decideeLe).not.toBeNull();
    const decision = await prisma.decision.findUniqueOrThrow({ where: { id: r.decisionId } });
    expect(decision).toMatchObject({ type: "recevable", decideParId: referent.id, depotNumero: 1, lettreId: null, points: [] });
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { candidatureId: c.id, type: "decision.recevable" } });
    expect(evenement.donnees).toMatchObject({ decisionId: r.decisionId, statutApres: "en_instruction", depotNumero: 1 });
    for (const a of [maire, signataireEtat]) {
      await prisma.courriel.findFirstOrThrow({ where: { destinataire: a.email, sujet: `Candidature ${c.reference} déclarée recevable` } });
    }
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("irrecevable : final, lettre PDF avec la motivation, téléchargeable par les deux parties et la DGALN, 404 pour les autres", async () => {
    const { c, referent, maire, agent } = await deposee();
    const r = donnees(await executerAction(deciderRecevabilite, referent, entree(c, "declarer_irrecevable", { motivation: MOTIVATION })));
    expect(r).toMatchObject({ type: "irrecevable", statut: "irrecevable" });
    expect(r.cheminLettre).toBe(`/api/candidatures/${c.id}/decisions/${r.decisionId}/lettre`);
    const decision = await prisma.decision.findUniqueOrThrow({ where: { id: r.decisionId }, include: { lettre: true } });
    expect(decision.motivation).toBe(MOTIVATION);
    expect(extraireTextePdf(Buffer.from(decision.lettre!.contenu)).replace(/\s+/g, " ")).toContain(MOTIVATION);
    const etranger = await acteur(await f.serviceEtat("44"), "signataire_etat");
    const contexte = { params: Promise.resolve({ id: c.id, decisionId: r.decisionId }) };
    for (const a of [maire, agent, referent]) {
      await connecter(a);
      const reponse = await lettre(new Request(`http://localhost${r.cheminLettre}`), contexte);
      expect(reponse.status).toBe(200);
      expect(reponse.headers.get("content-type")).toBe("application/pdf");
      const octets = Buffer.from(await reponse.arrayBuffer());
      expect(octets.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(extraireTextePdf(octets)).toContain("Décision d'irrecevabilité");
    }
    for (const a of [etranger]) {
      await connecter(a);
      const reponse = await lettre(new Request(`http://localhost${r.cheminLettre}`), contexte);
      expect(reponse.status).toBe(404);
      expect(await reponse.json()).toMatchObject({ code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
    await connecter(null);
    expect((await lettre(new Request(`http://localhost${r.cheminLettre}`), contexte)).status).toBe(401);
    // Finale : plus aucune décision possible.
    const encore = await executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable", { statutLu: "irrecevable" }));
    expect(encore).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
  });

  it("corrections : à corriger, points, échéance en fin de journée à Paris, lettre, bannière des porteurs, chronologie avec le lien", async () => {
    const { c, administrateur, maire } = await deposee();
    const echeance = demain();
    const r = donnees(await executerAction(deciderRecevabilite, administrateur, entree(c, "demander_corrections", { motivation: MOTIVATION, points: POINTS, echeance })));
    expect(r).toMatchObject({ type: "corrections_demandees", statut: "a_corriger" });
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } });
    expect(ligne.statut).toBe("a_corriger");
    expect(jourParis(ligne.correctionsEcheance!)).toBe(echeance);
    const decision = await prisma.decision.findUniqueOrThrow({ where: { id: r.decisionId }, include: { lettre: true } });
    expect(decision.points).toEqual(POINTS);
    const texte = extraireTextePdf(Buffer.from(decision.lettre!.contenu)).replace(/\s+/g, " ");
    expect(texte).toContain(`1. ${POINTS[0]}`);
    expect(texte).toContain(`2. ${POINTS[1]}`);
    const demande = await demandeCorrectionsEnCours(maire, c.id);
    expect(demande).toMatchObject({ points: POINTS, motivation: MOTIVATION, cheminLettre: r.cheminLettre });
    const chronologie = await listerEvenementsCandidature(maire, c.id);
    expect(chronologie!.at(-1)).toMatchObject({ libelle: "Corrections demandées", lien: { href: r.cheminLettre, libelle: "Lettre de décision" } });
    const etape = (await checklistCandidature(maire, c.id))!.prochaineEtape;
    expect(etape.titre).toBe("À vous : corriger la candidature à la demande de la DGALN");
    await prisma.courriel.findFirstOrThrow({ where: { destinataire: maire.email, sujet: `Candidature ${c.reference} : corrections demandées par la DGALN` } });
  });

  it("refuse chaque autre rôle : ACCES_REFUSE pour qui lit la candidature, INTROUVABLE pour les autres, rien d'écrit", async () => {
    const { c, redacteur, maire, agent, signataireEtat, jure } = await deposee();
    const etranger = await acteur(await f.commune("44184"), "signataire");
    for (const a of [redacteur, maire, agent, signataireEtat, jure]) {
      const r = await executerAction(deciderRecevabilite, a, entree(c, "declarer_recevable"));
      expect(r).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: "La recevabilité d'une candidature est décidée par un référent ou un administrateur de la DGALN." });
    }
    expect(await executerAction(deciderRecevabilite, etranger, entree(c, "declarer_recevable"))).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    expect(await executerAction(deciderRecevabilite, null, entree(c, "declarer_recevable"))).toMatchObject({ ok: false, code: "NON_AUTHENTIFIE" });
    expect(await prisma.decision.count({ where: { candidatureId: c.id } })).toBe(0);
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("deposee");
    expect(await chargerPanneauRecevabilite(maire, c.id)).toBeNull();
  });

  it("refuse depuis chaque autre statut ; corrections seules encore possibles en instruction", async () => {
    const { c, referent } = await deposee();
    const autres: StatutCandidature[] = ["brouillon", "signee", "a_corriger", "irrecevable", "retenue", "non_retenue", "retiree"];
    for (const statut of autres) {
      await prisma.candidature.update({ where: { id: c.id }, data: { statut } });
      for (const decision of ["declarer_recevable", "declarer_irrecevable", "demander_corrections"]) {
        const r = await executerAction(deciderRecevabilite, referent, entree(c, decision, { statutLu: statut, motivation: MOTIVATION, points: POINTS }));
        expect(r, `${decision} depuis ${statut}`).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
      }
    }
    await prisma.candidature.update({ where: { id: c.id }, data: { statut: "en_instruction" } });
    const lu = { statutLu: "en_instruction", motivation: MOTIVATION, points: POINTS };
    expect(await executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable", lu))).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    expect(await executerAction(deciderRecevabilite, referent, entree(c, "demander_corrections", lu))).toMatchObject({ ok: true });
    expect(await prisma.decision.count({ where: { candidatureId: c.id } })).toBe(1);
  });

  it("valide la saisie avec des messages en français, champ par champ", async () => {
    const { c, referent } = await deposee();
    const trop = Array.from({ length: 21 }, (_, i) => `Point ${i + 1}`);
    const cas: [Record<string, unknown>, Record<string, string[]>][] = [
      [entree(c, "declarer_irrecevable", { motivation: "Trop court" }), { motivation: ["Motivez la décision : au moins 20 caractères, que les porteurs liront dans la lettre."] }],
      [entree(c, "demander_corrections", { motivation: MOTIVATION, points: [] }), { points: ["Indiquez au moins un point à corriger."] }],
      [entree(c, "demander_corrections", { motivation: MOTIVATION, points: ["Un point", "   "] }), { "points.1": ["Ce point est vide : écrivez-le ou retirez-le."] }],
      [entree(c, "demander_corrections", { motivation: MOTIVATION, points: ["x".repeat(501)] }), { "points.0": ["Un point à corriger ne doit pas dépasser 500 caractères."] }],
      [entree(c, "demander_corrections", { motivation: MOTIVATION, points: trop }), { points: ["Indiquez au plus 20 points à corriger."] }],
      [entree(c, "demander_corrections", { motivation: MOTIVATION, points: POINTS, echeance: jourParis() }), { echeance: ["L'échéance doit être postérieure à aujourd'hui."] }],
      [entree(c, "accepter"), { decision: ["Choisissez une décision parmi celles proposées."] }],
    ];
    for (const [saisie, champs] of cas) {
      const r = await executerAction(deciderRecevabilite, referent, saisie);
      expect(r).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: champs });
    }
    expect(await prisma.decision.count({ where: { candidatureId: c.id } })).toBe(0);
  });

  it("deux référents décident en même temps : une seule décision, l'autre lit un CONFLIT qui dit ce qui a été décidé et par qui", async () => {
    for (let essai = 0; essai < 3; essai++) {
      const { c, referent, autreReferent } = await deposee();
      const [a, b] = await Promise.all([
        executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable")),
        executerAction(deciderRecevabilite, autreReferent, entree(c, "declarer_irrecevable", { motivation: MOTIVATION })),
      ]);
      const gagnant = [a, b].filter((r) => r.ok);
      const perdant = [a, b].find((r) => !r.ok);
      expect(gagnant).toHaveLength(1);
      expect(await prisma.decision.count({ where: { candidatureId: c.id } })).toBe(1);
      expect(perdant).toMatchObject({ ok: false, code: "CONFLIT" });
      const message = perdant && !perdant.ok ? perdant.message : "";
      expect(message).toMatch(
        a.ok
          ? /^Une décision vient d'être prise par quelqu'un d'autre : Test Référente a déclaré la candidature recevable à \d+\sh\s\d+\. La candidature est maintenant « en instruction »/
          : /^Une décision vient d'être prise par quelqu'un d'autre : Test Adjoint a déclaré la candidature irrecevable à \d+\sh\s\d+\. La candidature est maintenant « irrecevable »/,
      );
      expect(message).toContain("Votre décision n'a pas été enregistrée");
      expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: { startsWith: "decision." } } })).toBe(1);
    }
  });

  it("boucle des corrections : corrections → modification → deux signatures → nouveau dépôt -D2 → ce qui a changé → recevable", async () => {
    const { c, referent, redacteur, maire, signataireEtat } = await deposee();
    donnees(await executerAction(deciderRecevabilite, referent, entree(c, "demander_corrections", { motivation: MOTIVATION, points: POINTS })));
    const modifiee = donnees(
      await executerAction(modifierCandidature, redacteur, { candidatureId: c.id, version: c.version, section: "calendrier", debutPrevu: "2027-03-01", dureeMois: 20 }),
    );
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("brouillon");
    // La demande reste affichée aux porteurs pendant qu'ils corrigent, jusqu'au nouveau dépôt.
    expect(await demandeCorrectionsEnCours(redacteur, c.id)).toMatchObject({ points: POINTS });
    const hashContenu = modifiee.hashContenu!;
    donnees(await executerAction(signerCandidature, maire, { candidatureId: c.id, partie: "collectivite", hashContenu }));
    donnees(await executerAction(signerCandidature, signataireEtat, { candidatureId: c.id, partie: "etat", hashContenu, avis: "favorable" }));
    const depot = donnees(await executerAction(deposerCandidature, signataireEtat, { candidatureId: c.id, hashContenu }));
    expect(depot).toMatchObject({ numero: 2, numeroRecepisse: `${c.reference}-D2`, dejaDeposee: false });
    expect(await demandeCorrectionsEnCours(redacteur, c.id)).toBeNull();
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).correctionsEcheance).toBeNull();

    const diff = await comparerDerniersDepots(referent, c.id);
    expect(diff).toMatchObject({ avant: { numero: 1 }, apres: { numero: 2, numeroRecepisse: `${c.reference}-D2` } });
    expect(diff!.comparaison.champs).toEqual([
      { cle: "dureeMois", section: "Calendrier", libelle: "Durée prévue", avant: { type: "texte", texte: "18\u00a0mois" }, apres: { type: "texte", texte: "20\u00a0mois" } },
    ]);
    expect(diff!.comparaison.pieces).toEqual([]);

    const panneau = await chargerPanneauRecevabilite(referent, c.id);
    expect(panneau).toMatchObject({ depot: { numero: 2 }, decisions: [{ action: "declarer_recevable" }, { action: "declarer_irrecevable" }, { action: "demander_corrections" }] });
    expect(panneau!.signatures.map((s) => [s.partie, s.avis])).toEqual([["collectivite", null], ["etat", "favorable"]]);
    // Une page restée ouverte sur le premier dépôt ne décide pas à l'aveugle.
    expect(await executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable", { depotLu: 1 }))).toMatchObject({ ok: false, code: "CONFLIT" });
    const r = donnees(await executerAction(deciderRecevabilite, referent, entree(c, "declarer_recevable", { depotLu: 2 })));
    expect(r).toMatchObject({ statut: "en_instruction", depotNumero: 2 });
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });
});
