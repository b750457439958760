// Avis d'expert (issue 12) sur une vraie base : la portée de l'expert tirée de la politique (il ne voit
// que la candidature sur laquelle on l'a sollicité, plus rien une fois la demande annulée, jamais les
// messages), les avis d'expert internes à la DGALN, l'échéance, les demandes simultanées et le lien
// de l'expert extérieur (adresse, expiration).
import { beforeAll, describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { espaceDe } from "@/lib/auth/espace";
import { statutAdresse } from "@/lib/auth/lien-connexion";
import { ACTIONS, aUnDroit, droitsDe, RESSOURCES, type ActionDe, type Ressource } from "@/lib/autorisations/politique";
import { accepterDemandeAvis } from "@/lib/avis/accepter-demande-avis";
import { annulerDemandeAvis } from "@/lib/avis/annuler-demande-avis";
import { demanderAvis } from "@/lib/avis/demander-avis";
import { avisServiceEtat, listerDemandesAvis, listerMesDemandesAvis, trouverMaDemandeAvis } from "@/lib/avis/queries";
import { rendreAvis } from "@/lib/avis/rendre-avis";
import { listerMesCandidatures } from "@/lib/candidatures/liste";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { Organisation } from "@/lib/generated/prisma/client";
import { jourParis } from "@/lib/instruction/decider.schema";
import { empreinteJeton, nouveauJeton } from "@/lib/invitations/jeton";
import { listerMessages } from "@/lib/messages/queries";
import { listerPieces } from "@/lib/pieces/queries";
import { acteurDe } from "../helpers/acteurs";
import { candidatureDeposee, donnees, type CandidaturePrete } from "../helpers/candidatures";
import * as f from "../helpers/factories";

const JOUR = 86_400_000;
const dansJours = (n: number) => jourParis(new Date(Date.now() + n * JOUR));

let andouille: Organisation, ddt53: Organisation, dgaln: Organisation;
let colSignataire: Acteur, ddtSignataire: Acteur, referent: Acteur, administrateur: Acteur, jure: Acteur;
/** cA : la candidature sur laquelle l'expert est sollicité ; cB : une autre, déposée aussi. */
let cA: CandidaturePrete, cB: CandidaturePrete;

async function expertSollicite(options: { candidature?: { id: string }; annulee?: boolean; echeance?: Date } = {}) {
  const u = await f.creerUtilisateur();
  await f.creerDemandeAvis({ candidature: options.candidature ?? cA, demandePar: referent, expert: u, annulee: options.annulee, echeance: options.echeance });
  return acteurDe(u.id);
}

beforeAll(async () => {
  [andouille, ddt53, dgaln] = await Promise.all([f.commune("53005"), f.serviceEtat("53"), f.dgaln()]);
  colSignataire = await acteurDe((await f.creerMembre(andouille, "signataire")).id);
  ddtSignataire = await acteurDe((await f.creerMembre(ddt53, "signataire_etat")).id);
  referent = await acteurDe((await f.creerMembre(dgaln, "referent")).id);
  administrateur = await acteurDe((await f.creerMembre(dgaln, "administrateur")).id);
  const preparation = { principale: andouille, redacteur: ddtSignataire, signataireCollectivite: colSignataire, signataireEtat: ddtSignataire };
  cA = await candidatureDeposee(preparation);
  cB = await candidatureDeposee(preparation);
  const u = await f.creerUtilisateur();
  const { membreJury } = await f.ajouterJure(cA.session, u);
  await f.affecter(membreJury, cA);
  jure = await acteurDe(u.id);
}, 120_000);

// ─── La portée de l'expert, tirée de la politique ──────────────────────────────────────────────

/** Ce que la politique ouvre à l'expert (profil `expert`, ou tout utilisateur connecté) : rien d'autre. */
// Tout utilisateur connecté lit les sessions publiées et ses propres notifications ; le reste est propre à l'expert.
const OUVERT_A_L_EXPERT = ["candidature.lire", "piece.lire", "piece.telecharger", "session.lire", "avis.lire", "avis.rendre", "notification.lire", "notification.marquer"];

describe("l'expert dans la politique", () => {
  it("la politique ne lui ouvre que la lecture de la candidature, de ses pièces, et son avis", async () => {
    const expert = await expertSollicite();
    expect(expert.expert).toBe(true);
    const paires = RESSOURCES.flatMap((r) => (ACTIONS[r] as readonly string[]).map((a) => [r, a] as [Ressource, string]));
    const ouvertes = paires
      .filter(([r, a]) => droitsDe(r, a as ActionDe<typeof r>).some((d) => d.profil === "expert" || d.profil === "connecte"))
      .map(([r, a]) => `${r}.${a}`);
    expect(ouvertes.sort()).toEqual([...OUVERT_A_L_EXPERT].sort());
    // Sans autre rôle, c'est exactement ce que son acteur peut faire : ni messages, ni tableau d'instruction, ni notes.
    const permises = paires.filter(([r, a]) => aUnDroit(expert, r, a as ActionDe<typeof r>)).map(([r, a]) => `${r}.${a}`);
    expect(permises.sort()).toEqual([...OUVERT_A_L_EXPERT].sort());
  });

  it("il ne voit que la candidature demandée, ses pièces, jamais ses messages ; ailleurs, comme une ligne absente", async () => {
    const expert = await expertSollicite();
    for (const visibilite of ["tous", "etat_dgaln", "dgaln"] as const) await f.creerMessage({ candidature: cA, auteur: referent, visibilite });

    expect((await trouverCandidature(expert, cA.id))?.id).toBe(cA.id);
    expect(await trouverCandidature(expert, cB.id)).toBeNull();
    expect((await listerMesCandidatures(expert, { tri: "reference", page: 1 })).lignes.map((l) => l.id)).toEqual([cA.id]);
    expect((await listerPieces(expert, cA.id)).length).toBeGreaterThan(0);
    expect(await listerPieces(expert, cB.id)).toEqual([]);
    expect(await listerMessages(expert, cA.id)).toEqual([]);
    for (const action of ["modifier", "signer_etat", "deposer", "instruire", "tableau"] as const) {
      expect(await trouverCandidature(expert, cA.id, action), action).toBeNull();
    }
    expect(aUnDroit(expert, "candidature", "tableau")).toBe(false);
    // Il lit l'avis du service de l'État de la candidature demandée, pas celui d'une autre.
    expect(await avisServiceEtat(expert, cA.id)).toMatchObject({ sens: "favorable" });
    expect(await avisServiceEtat(expert, cB.id)).toBeNull();
    expect(espaceDe(expert)).toBe("/mes-avis");
  });

  it("une demande annulée ne lui ouvre plus rien", async () => {
    const expert = await expertSollicite({ annulee: true });
    expect(expert.expert).toBe(false);
    expect(await trouverCandidature(expert, cA.id)).toBeNull();
    expect(await listerPieces(expert, cA.id)).toEqual([]);
    expect(await listerMesDemandesAvis(expert)).toEqual([]);
  });

  it("annulée par la DGALN, la demande referme l'accès et l'avis n'est plus reçu", async () => {
    const u = await f.creerUtilisateur();
    const demande = await f.creerDemandeAvis({ candidature: cA, demandePar: referent, expert: u });
    expect(await trouverCandidature(await acteurDe(u.id), cA.id)).not.toBeNull();
    donnees(await executerAction(annulerDemandeAvis, administrateur, { demandeId: demande.id }));
    const expert = await acteurDe(u.id);
    expect(await trouverCandidature(expert, cA.id)).toBeNull();
    expect(await trouverMaDemandeAvis(expert, demande.id)).toBeNull();
    const r = await executerAction(rendreAvis, expert, { demandeId: demande.id, sens: "favorable", avis: "Trop tard." });
    expect(r).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    const encore = await executerAction(annulerDemandeAvis, referent, { demandeId: demande.id });
    expect(encore).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: "Cette demande d'avis est déjà annulée." });
  });
});

// ─── Internes à la DGALN ───────────────────────────────────────────────────────────────────────

describe("les avis d'expert sont internes à la DGALN", () => {
  it("la collectivité, le service de l'État et le juré ne les voient pas et n'en demandent pas", async () => {
    await f.creerDemandeAvis({ candidature: cA, demandePar: referent, expert: await f.creerUtilisateur() });
    expect((await listerDemandesAvis(referent, cA.id)).length).toBeGreaterThan(0);
    for (const acteur of [colSignataire, ddtSignataire, jure]) {
      expect(await listerDemandesAvis(acteur, cA.id)).toEqual([]);
      const r = await executerAction(demanderAvis, acteur, { candidatureId: cA.id, destinataire: "exterieur", email: "x@exemple.fr", question: "Avis ?", echeance: dansJours(5) });
      expect(r).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: "Seule la DGALN demande un avis d'expert sur une candidature." });
    }
    const personne = await acteurDe((await f.creerUtilisateur()).id);
    const r = await executerAction(demanderAvis, personne, { candidatureId: cA.id, destinataire: "exterieur", email: "x@exemple.fr", question: "Avis ?", echeance: dansJours(5) });
    expect(r).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
  });

  it("un expert ne lit que sa propre demande, pas celles des autres experts", async () => {
    const expert = await expertSollicite();
    const siennes = await listerDemandesAvis(expert, cA.id);
    expect(siennes).toHaveLength(1);
    expect((await listerDemandesAvis(referent, cA.id)).length).toBeGreaterThan(1);
  });
});

// ─── Demander ──────────────────────────────────────────────────────────────────────────────────

describe("demander un avis", () => {
  it("refuse en français une question vide, une échéance passée, un statut hors instruction", async () => {
    const r = await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "exterieur", email: "pas-une-adresse", question: "  ", echeance: jourParis() });
    expect(r).toMatchObject({ ok: false, code: "INVALIDE" });
    if (r.ok) return;
    expect(r.fieldErrors).toMatchObject({
      question: ["Écrivez la question posée à l'expert."],
      echeance: ["L'échéance doit être postérieure à aujourd'hui."],
      email: ["Indiquez l'adresse électronique de l'expert, au format nom@exemple.fr."],
    });
    const sansDate = await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "exterieur", email: "x@exemple.fr", question: "Avis ?", echeance: "" });
    expect(sansDate).toMatchObject({ ok: false, fieldErrors: { echeance: ["Indiquez l'échéance : le jour où l'avis est attendu au plus tard."] } });
    const brouillon = await f.creerCandidature({ collectivitePrincipale: andouille, format: "flash" });
    const refus = await executerAction(demanderAvis, referent, { candidatureId: brouillon.id, destinataire: "exterieur", email: "x@exemple.fr", question: "Avis ?", echeance: dansJours(5) });
    expect(refus).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    if (!refus.ok) expect(refus.message).toContain("déposée, en instruction ou à corriger");
  });

  it("à une collègue de la DGALN : elle est notifiée et voit la demande", async () => {
    const r = donnees(await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "dgaln", expertId: administrateur.id, question: "Le budget est-il réaliste ?", echeance: dansJours(10) }));
    const notification = await prisma.notification.findFirstOrThrow({ where: { utilisateurId: administrateur.id, type: "avis_demande" } });
    expect(notification.lien).toBe(`/mes-avis/${r.demandeId}`);
    const mienne = await trouverMaDemandeAvis(await acteurDe(administrateur.id), r.demandeId);
    expect(mienne).toMatchObject({ etat: "en_attente", question: "Le budget est-il réaliste ?" });
    // Ni un utilisateur hors DGALN, ni soi-même.
    const autre = await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "dgaln", expertId: colSignataire.id, question: "?", echeance: dansJours(10) });
    expect(autre).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { expertId: ["Choisissez une personne de la DGALN dans la liste."] } });
    const soi = await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "dgaln", expertId: referent.id, question: "?", echeance: dansJours(10) });
    expect(soi).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { expertId: ["Choisissez une autre personne que vous-même."] } });
  });

  it("deux personnes de la DGALN qui demandent en même temps : deux demandes", async () => {
    const avant = await prisma.demandeAvis.count({ where: { candidatureId: cB.id } });
    const [a, b] = await Promise.all(
      [referent, administrateur].map((acteur, i) =>
        executerAction(demanderAvis, acteur, { candidatureId: cB.id, destinataire: "exterieur", email: `simultane-${i}-${f.unique()}@exemple.fr`, question: "Avis ?", echeance: dansJours(7) }),
      ),
    );
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    expect(await prisma.demandeAvis.count({ where: { candidatureId: cB.id } })).toBe(avant + 2);
  });
});

// ─── Rendre ────────────────────────────────────────────────────────────────────────────────────

describe("rendre un avis", () => {
  it("avant l'échéance : enregistré une fois, la DGALN prévenue ; ensuite, en lecture seule", async () => {
    const u = await f.creerUtilisateur();
    const demande = await f.creerDemandeAvis({ candidature: cA, demandePar: referent, expert: u });
    const expert = await acteurDe(u.id);
    const vide = await executerAction(rendreAvis, expert, { demandeId: demande.id, sens: "favorable", avis: " " });
    expect(vide).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { avis: ["Rédigez votre avis : il est lu par la DGALN."] } });
    donnees(await executerAction(rendreAvis, expert, { demandeId: demande.id, sens: "reserve", avis: "Le calendrier est serré." }));
    const lue = (await listerDemandesAvis(referent, cA.id)).find((d) => d.id === demande.id);
    expect(lue).toMatchObject({ etat: "rendu", sens: "reserve", avis: "Le calendrier est serré." });
    const notification = await prisma.notification.findFirstOrThrow({ where: { utilisateurId: referent.id, type: "avis_rendu", candidatureId: cA.id } });
    expect(notification.titre).toBe(`Avis rendu sur ${cA.reference}`);
    const encore = await executerAction(rendreAvis, expert, { demandeId: demande.id, sens: "favorable", avis: "Autre avis." });
    expect(encore).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: "Vous avez déjà rendu votre avis sur cette demande : il ne peut plus être modifié." });
    const annulation = await executerAction(annulerDemandeAvis, referent, { demandeId: demande.id });
    expect(annulation).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
  });

  it("après l'échéance : refusé en français, rien d'écrit ; la demande est « en retard »", async () => {
    const expert = await expertSollicite({ echeance: new Date(Date.now() - 60_000) });
    const [demande] = await listerMesDemandesAvis(expert);
    expect(demande).toMatchObject({ etat: "en_retard" });
    const r = await executerAction(rendreAvis, expert, { demandeId: demande!.id, sens: "favorable", avis: "Favorable." });
    expect(r).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    if (!r.ok) expect(r.message).toMatch(/^L'échéance de cette demande d'avis, le .*, est passée/);
    expect(await prisma.demandeAvis.findUniqueOrThrow({ where: { id: demande!.id } })).toMatchObject({ sens: null, renduLe: null });
  });

  it("une autre personne ne rend pas l'avis d'un expert : refus identique à une demande inexistante", async () => {
    const expert = await expertSollicite();
    const [demande] = await listerMesDemandesAvis(expert);
    const intrus = await expertSollicite({ candidature: cB });
    for (const acteur of [intrus, referent, ddtSignataire]) {
      expect(await executerAction(rendreAvis, acteur, { demandeId: demande!.id, sens: "favorable", avis: "Non." })).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
  });
});

// ─── Le lien de l'expert extérieur ─────────────────────────────────────────────────────────────

describe("le lien de l'expert extérieur", () => {
  it("courriel avec le lien, connexion possible, rattachement à la bonne adresse seulement", async () => {
    const email = `${f.unique("expert")}@exemple.fr`;
    const { demandeId } = donnees(await executerAction(demanderAvis, referent, { candidatureId: cA.id, destinataire: "exterieur", email: email.toUpperCase(), question: "Avis paysager ?", echeance: dansJours(10) }));
    const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: email, categorie: "avis_expert" } });
    const jeton = /\/avis-expert\/([A-Za-z0-9_-]{43})/.exec(courriel.texte)?.[1];
    expect(jeton).toBeDefined();
    const demande = await prisma.demandeAvis.findUniqueOrThrow({ where: { id: demandeId } });
    expect(demande.jetonHash).toBe(empreinteJeton(jeton!));
    expect(demande.jetonExpireLe!.getTime()).toBe(demande.echeance.getTime() + 7 * JOUR);
    expect(await statutAdresse(prisma, email)).toBe("invite");

    const autre = await acteurDe((await f.creerUtilisateur()).id);
    const refus = await executerAction(accepterDemandeAvis, autre, { jeton });
    expect(refus).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    if (!refus.ok) expect(refus.message).toContain("envoyée à une autre adresse électronique");
    expect(await trouverCandidature(await acteurDe(autre.id), cA.id)).toBeNull();

    const compte = await prisma.utilisateur.create({ data: { email } });
    donnees(await executerAction(accepterDemandeAvis, await acteurDe(compte.id), { jeton }));
    // Rouvrir le lien ne fait rien de plus.
    donnees(await executerAction(accepterDemandeAvis, await acteurDe(compte.id), { jeton }));
    expect(await prisma.demandeAvis.findUniqueOrThrow({ where: { id: demandeId } })).toMatchObject({ expertId: compte.id });
    const expert = await acteurDe(compte.id);
    expect((await trouverCandidature(expert, cA.id))?.id).toBe(cA.id);
    expect(await trouverCandidature(expert, cB.id)).toBeNull();
    expect(await statutAdresse(prisma, email)).toBe("actif");
    // Rattachée, la demande ne l'est plus à personne d'autre.
    expect(await executerAction(accepterDemandeAvis, autre, { jeton })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
  });

  it("un lien expiré ou annulé est refusé", async () => {
    const email = `${f.unique("expert")}@exemple.fr`;
    const jeton = nouveauJeton();
    await f.creerDemandeAvis({ candidature: cA, demandePar: referent, email, echeance: new Date(Date.now() - 8 * JOUR), jetonHash: empreinteJeton(jeton) });
    const compte = await acteurDe((await prisma.utilisateur.create({ data: { email } })).id);
    const r = await executerAction(accepterDemandeAvis, compte, { jeton });
    expect(r).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    if (!r.ok) expect(r.message).toMatch(/^Ce lien n'est plus valable/);

    const email2 = `${f.unique("expert")}@exemple.fr`;
    const jeton2 = nouveauJeton();
    await f.creerDemandeAvis({ candidature: cA, demandePar: referent, email: email2, jetonHash: empreinteJeton(jeton2), annulee: true });
    expect(await statutAdresse(prisma, email2)).toBe("inconnu");
    const r2 = await executerAction(accepterDemandeAvis, await acteurDe((await prisma.utilisateur.create({ data: { email: email2 } })).id), { jeton: jeton2 });
    expect(r2).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: "Cette demande d'avis a été annulée par la DGALN : votre avis n'est plus attendu." });
    expect(await executerAction(accepterDemandeAvis, compte, { jeton: nouveauJeton() })).toMatchObject({ ok: false, code: "INTROUVABLE" });
  });
});
