// Notifications (issue 12, centre de notifications et résumé quotidien) sur une vraie base : créées
// par un vrai parcours pour les seules personnes des parties ; lues, comptées et marquées par leur
// seule destinataire ; courriel immédiat ou résumé quotidien selon la préférence ; un résumé par
// personne et par jour de Paris, même lancé deux fois en même temps ; jour de Paris des jours de
// changement d'heure.
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { retirerCandidature } from "@/lib/candidatures/retirer-candidature";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { Organisation } from "@/lib/generated/prisma/client";
import { marquerNotificationLue, marquerToutesNotificationsLues } from "@/lib/notifications/marquer-lues";
import { modifierPreferencesCourriels } from "@/lib/notifications/modifier-preferences";
import { compterNonLues, listerNotifications, trouverNotification } from "@/lib/notifications/queries";
import { envoyerResumesQuotidiens } from "@/lib/notifications/resume";
import { acteurDe } from "../helpers/acteurs";
import { candidatureSignee, donnees } from "../helpers/candidatures";
import * as f from "../helpers/factories";

// Assez de connexions pour que les deux résumés simultanés se rencontrent vraiment dans PostgreSQL.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = "20";
});

const acteur = async (organisation: Organisation, role: Parameters<typeof f.creerMembre>[1]) => acteurDe((await f.creerMembre(organisation, role)).id);

/** Une candidature d'Andouillé signée par les deux parties, ses porteurs, et des personnes qui n'y ont aucune part. */
async function monde() {
  const [andouille, saintNazaire, ddt53, ddtm44, dgaln] = await Promise.all([
    f.commune("53005"), f.commune("44184"), f.serviceEtat("53"), f.serviceEtat("44"), f.dgaln(),
  ]);
  const m = {
    membre: await acteur(andouille, "membre"),
    maire: await acteur(andouille, "signataire"),
    agent: await acteur(ddt53, "agent"),
    signataireEtat: await acteur(ddt53, "signataire_etat"),
    autreMaire: await acteur(saintNazaire, "signataire"),
    agent44: await acteur(ddtm44, "agent"),
    referent: await acteur(dgaln, "referent"),
    administrateur: await acteur(dgaln, "administrateur"),
  };
  const c = await candidatureSignee({ principale: andouille, redacteur: m.agent, signataireCollectivite: m.maire, signataireEtat: m.signataireEtat });
  return { ...m, c };
}

/** L'agent de la DDT modifie la candidature signée : les signatures sont annulées et les parties prévenues. */
async function annulerSignatures(w: Awaited<ReturnType<typeof monde>>) {
  const version = (await prisma.candidature.findUniqueOrThrow({ where: { id: w.c.id } })).version;
  donnees(await executerAction(modifierCandidature, w.agent, { candidatureId: w.c.id, version, section: "calendrier", debutPrevu: "2027-06-01", dureeMois: 20 }));
}

const notificationsDe = (a: { id: string }, candidatureId: string) =>
  prisma.notification.findMany({ where: { utilisateurId: a.id, candidatureId, type: "signatures_annulees" } });
const nonLuesEnBase = (a: { id: string }) => prisma.notification.count({ where: { utilisateurId: a.id, lueLe: null } });

describe("notifications créées par un vrai parcours", () => {
  it("signatures annulées : une notification à chaque porteur des deux parties, sauf l'auteur de la modification ; rien aux autres", async () => {
    const w = await monde();
    await annulerSignatures(w);
    for (const porteur of [w.membre, w.maire, w.signataireEtat]) {
      const [n, ...autres] = await notificationsDe(porteur, w.c.id);
      expect(autres).toEqual([]);
      expect(n).toMatchObject({ titre: `Signatures annulées : la candidature ${w.c.reference} a été modifiée`, lien: `/candidatures/${w.c.id}`, lueLe: null });
      expect(n!.texte).toContain("par Test");
    }
    // L'auteur ne se notifie pas lui-même ; la DGALN, une autre commune, une autre DDT n'en savent rien.
    expect(await notificationsDe(w.agent, w.c.id)).toEqual([]);
    for (const autre of [w.autreMaire, w.agent44, w.referent, w.administrateur]) {
      expect(await prisma.notification.count({ where: { utilisateurId: autre.id } })).toBe(0);
    }
    // Les signatures qui ont précédé ont prévenu l'autre partie, chacune de son type.
    expect(await prisma.notification.count({ where: { utilisateurId: w.agent.id, candidatureId: w.c.id, type: "signature" } })).toBe(1);
  });

  it("immédiat ou quotidien : un courriel tout de suite pour l'un, rien avant le résumé pour l'autre", async () => {
    const w = await monde();
    donnees(await executerAction(modifierPreferencesCourriels, w.membre, { frequenceCourriels: "quotidien" }));
    expect((await prisma.utilisateur.findUniqueOrThrow({ where: { id: w.membre.id } })).frequenceCourriels).toBe("quotidien");
    await annulerSignatures(w);
    const sujet = `Signatures annulées : la candidature ${w.c.reference} a été modifiée`;

    const [duMaire] = await notificationsDe(w.maire, w.c.id);
    expect(duMaire!.courrielId).not.toBeNull();
    const courriel = await prisma.courriel.findUniqueOrThrow({ where: { id: duMaire!.courrielId! } });
    expect(courriel).toMatchObject({ destinataire: w.maire.email, sujet, categorie: "notification" });

    const [duMembre] = await notificationsDe(w.membre, w.c.id);
    expect(duMembre).toMatchObject({ courrielId: null, resumeLe: null });
    expect(await prisma.courriel.count({ where: { destinataire: w.membre.email, sujet } })).toBe(0);

    const maintenant = new Date();
    await envoyerResumesQuotidiens(maintenant);
    const resumes = await prisma.courriel.findMany({ where: { destinataire: w.membre.email, categorie: "resume" } });
    expect(resumes).toHaveLength(1);
    const resume = resumes[0]!;
    expect(resume.categorie).toBe("resume");
    expect(resume.sujet).toMatch(/^Votre résumé du .+ : \d+ notifications?$/);
    expect(resume.texte).toContain(`■ Candidature ${w.c.reference}`);
    expect(resume.texte).toContain(sujet);
    expect(resume.texte).toContain(`/candidatures/${w.c.id}`);
    expect(resume.html).toContain(`<html lang="fr">`);
    expect(resume.html).toContain(`Candidature ${w.c.reference}`);
    const apres = await prisma.notification.findUniqueOrThrow({ where: { id: duMembre!.id } });
    expect(apres.resumeLe).toEqual(maintenant);
    expect(apres.courrielId).toBe(resume.id);
    // Le maire, en « immédiat », a déjà eu son courriel : pas de résumé pour lui.
    expect(await prisma.courriel.count({ where: { destinataire: w.maire.email, categorie: "resume" } })).toBe(0);
  });

  it("une partie sans compte : le courriel part à l'adresse générique de l'organisation ; l'autre partie a ses notifications", async () => {
    const ddt = await f.serviceEtat("53");
    const signataireEtat = await acteur(ddt, "signataire_etat");
    const sansCompte = await prisma.organisation.findFirstOrThrow({
      where: { type: "commune", codeDepartement: "53", appartenances: { none: {} }, candidaturesPrincipales: { none: {} }, NOT: { codeInsee: "53005" } },
    });
    const generique = `mairie.${f.unique()}@commune.example`;
    await prisma.organisation.update({ where: { id: sansCompte.id }, data: { courriel: generique } });
    const c = await f.creerCandidature({ collectivitePrincipale: sansCompte, format: "flash" });
    donnees(await executerAction(retirerCandidature, signataireEtat, { candidatureId: c.id, motif: "Projet abandonné." }));
    expect(await prisma.courriel.count({ where: { destinataire: generique, sujet: `Candidature ${c.reference} retirée`, categorie: "notification" } })).toBe(1);
    // Les notifications vont aux personnes du service de l'État (co-rédacteurs de l'auteur), seules à avoir un compte.
    const notifies = await prisma.notification.findMany({ where: { candidatureId: c.id }, select: { utilisateurId: true, type: true } });
    expect(notifies.length).toBeGreaterThan(0);
    expect(notifies.every((n) => n.type === "retrait" && n.utilisateurId !== signataireEtat.id)).toBe(true);
    const membresDdt = await prisma.appartenance.count({ where: { organisationId: ddt.id, utilisateurId: { in: notifies.map((n) => n.utilisateurId) } } });
    expect(membresDdt).toBe(notifies.length);
    expect(notifies).not.toContainEqual(expect.objectContaining({ utilisateurId: signataireEtat.id }));
  });
});

describe("une notification n'est lue, comptée et marquée que par sa destinataire", () => {
  it("matrice des rôles : les autres ne la trouvent pas, ne la comptent pas, ne la marquent pas", async () => {
    const w = await monde();
    await annulerSignatures(w);
    const [cible] = await notificationsDe(w.maire, w.c.id);
    const autres: Acteur[] = [w.membre, w.agent, w.signataireEtat, w.autreMaire, w.agent44, w.referent, w.administrateur];

    for (const autre of autres) {
      const avant = await nonLuesEnBase(autre);
      expect(await trouverNotification(autre, cible!.id)).toBeNull();
      expect(await trouverNotification(autre, cible!.id, "marquer")).toBeNull();
      expect((await listerNotifications(autre, { parPage: 100 })).lignes.map((l) => l.id)).not.toContain(cible!.id);
      // Le compte de l'en-tête : exactement ses propres non lues, jamais celles d'un autre.
      expect(await compterNonLues(autre)).toBe(avant);
      const refus = await executerAction(marquerNotificationLue, autre, { notificationId: cible!.id });
      expect(refus).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
      // Identique au refus d'un identifiant inexistant : un refus ne révèle pas qu'elle existe.
      expect(await executerAction(marquerNotificationLue, autre, { notificationId: crypto.randomUUID() })).toEqual(refus);
      donnees(await executerAction(marquerToutesNotificationsLues, autre, {}));
      expect(await compterNonLues(autre)).toBe(0);
    }
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: cible!.id } })).lueLe).toBeNull();

    // La destinataire la voit, l'ouvre (marquée lue), et son compte baisse d'autant.
    const liste = await listerNotifications(w.maire);
    expect(liste.lignes.map((l) => l.id)).toContain(cible!.id);
    const avant = await compterNonLues(w.maire);
    expect(avant).toBe(await nonLuesEnBase(w.maire));
    expect(await executerAction(marquerNotificationLue, w.maire, { notificationId: cible!.id })).toMatchObject({
      ok: true,
      data: { notificationId: cible!.id, lien: `/candidatures/${w.c.id}` },
    });
    expect(await compterNonLues(w.maire)).toBe(avant - 1);
    // L'ouvrir une seconde fois (autre onglet) n'est pas une erreur.
    expect(await executerAction(marquerNotificationLue, w.maire, { notificationId: cible!.id })).toMatchObject({ ok: true });
  });

  it("la liste : les plus récentes d'abord, par pages, avec le nombre de non lues", async () => {
    const u = await f.creerUtilisateur();
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 25; i++) await f.creerNotification({ utilisateur: u, titre: `N${i}`, creeLe: new Date(base + i * 1000), lueLe: i < 5 ? new Date() : null });
    const a = await acteurDe(u.id);
    const p1 = await listerNotifications(a, { page: 1 });
    expect(p1).toMatchObject({ total: 25, nonLues: 20, pages: 2, page: 1 });
    expect(p1.lignes.map((l) => l.titre).slice(0, 3)).toEqual(["N24", "N23", "N22"]);
    const p2 = await listerNotifications(a, { page: 2 });
    expect(p2.lignes.map((l) => l.titre)).toEqual(["N4", "N3", "N2", "N1", "N0"]);
    expect(donnees(await executerAction(marquerToutesNotificationsLues, a, {}))).toEqual({ marquees: 20 });
    expect(await compterNonLues(a)).toBe(0);
  });
});

describe("résumé quotidien", () => {
  async function abonne(notifications = 2) {
    const u = await prisma.utilisateur.update({ where: { id: (await f.creerUtilisateur()).id }, data: { frequenceCourriels: "quotidien" } });
    const c = await f.creerCandidature({ collectivitePrincipale: await f.commune("53005"), format: "flash" });
    for (let i = 0; i < notifications; i++) {
      await f.creerNotification({ utilisateur: u, candidature: c, type: "depot", titre: `Événement ${i + 1} de ${c.reference}`, creeLe: new Date(Date.now() - 60_000 * (i + 1)) });
    }
    return { u, c };
  }
  const resumesDe = (email: string) => prisma.courriel.findMany({ where: { destinataire: email, categorie: "resume" } });

  it("lancé deux fois en même temps : un seul courriel par personne et par jour", async () => {
    const personnes = await Promise.all([abonne(), abonne(3), abonne(1)]);
    const maintenant = new Date();
    await Promise.all([envoyerResumesQuotidiens(maintenant), envoyerResumesQuotidiens(maintenant)]);
    for (const [i, { u, c }] of personnes.entries()) {
      const resumes = await resumesDe(u.email);
      expect(resumes).toHaveLength(1);
      const nombre = [2, 3, 1][i]!;
      expect(resumes[0]!.sujet).toContain(`${nombre} notification`);
      expect(resumes[0]!.texte).toContain(`Candidature ${c.reference}`);
      expect(await prisma.resumeQuotidien.findMany({ where: { utilisateurId: u.id } })).toEqual([
        expect.objectContaining({ courrielId: resumes[0]!.id, nombre }),
      ]);
      expect(await prisma.notification.count({ where: { utilisateurId: u.id, resumeLe: null } })).toBe(0);
    }

    // Une nouvelle notification le même jour attend le lendemain ; sans notification, pas de courriel.
    const { u, c } = personnes[0]!;
    await f.creerNotification({ utilisateur: u, candidature: c, titre: "Arrivée après le résumé" });
    await envoyerResumesQuotidiens(new Date(maintenant.getTime() + 1000));
    expect(await resumesDe(u.email)).toHaveLength(1);
    const lendemain = new Date(maintenant.getTime() + 86_400_000);
    await envoyerResumesQuotidiens(lendemain);
    const resumes = await resumesDe(u.email);
    expect(resumes).toHaveLength(2);
    expect(resumes.find((r) => r.texte.includes("Arrivée après le résumé"))).toBeDefined();
    await envoyerResumesQuotidiens(new Date(lendemain.getTime() + 86_400_000));
    expect(await resumesDe(u.email)).toHaveLength(2);
  });

  it("ni aux personnes en « immédiat », ni aux comptes désactivés", async () => {
    const immediat = await f.creerUtilisateur();
    await f.creerNotification({ utilisateur: immediat, creeLe: new Date(Date.now() - 60_000) });
    const { u: desactive } = await abonne();
    await prisma.utilisateur.update({ where: { id: desactive.id }, data: { actif: false } });
    await envoyerResumesQuotidiens(new Date());
    expect(await resumesDe(immediat.email)).toEqual([]);
    expect(await resumesDe(desactive.email)).toEqual([]);
  });

  it("le jour du résumé est le jour de Paris, y compris aux changements d'heure", async () => {
    const cas = [
      // 28 mars 2027, passage à l'heure d'été : 8 h à Paris = 6 h UTC.
      { maintenant: "2027-03-28T06:00:00Z", jour: "2027-03-28" },
      // 31 octobre 2027, 1 h 30 à Paris (heure d'été encore), 30 octobre 23 h 30 UTC.
      { maintenant: "2027-10-30T23:30:00Z", jour: "2027-10-31" },
      // 31 octobre 2027, 8 h à Paris (heure d'hiver) = 7 h UTC.
      { maintenant: "2027-10-31T07:00:00Z", jour: "2027-10-31" },
    ];
    for (const { maintenant, jour } of cas) {
      const { u } = await abonne(1);
      await envoyerResumesQuotidiens(new Date(maintenant));
      const [ligne, ...autres] = await prisma.resumeQuotidien.findMany({ where: { utilisateurId: u.id } });
      expect(autres).toEqual([]);
      expect(ligne!.jour.toISOString().slice(0, 10)).toBe(jour);
    }
  });
});
