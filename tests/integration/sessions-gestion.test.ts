// Gestion des sessions nationales par les administrateurs DGALN (issue 13, partie 1) : création avec
// sa grille (poids à 100 %), refus en français, verrou optimiste, ouverture qui pose la tâche de
// clôture à l'instant prévu, grille figée une fois ouverte, page publique sans les brouillons et sans
// lauréats avant la publication ; référent, DDT, collectivité et juré refusés.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { changerStatutSession, enregistrerSession } from "@/lib/sessions/gerer-session";
import { sessionAAdministrer } from "@/lib/sessions/administration";
import { trouverSessionPublique } from "@/lib/sessions/queries";
import type { SessionEntree } from "@/lib/sessions/session.schema";
import { acteurDe } from "@/tests/helpers/acteurs";
import { commune, creerCandidature, creerMembre, dgaln, serviceEtat } from "@/tests/helpers/factories";

const SAISIE: SessionEntree = {
  theme: "Habiter les territoires en transition",
  description: "Session de test : territoires ruraux et périurbains face à la sobriété foncière.",
  ouvertureLe: "2027-01-15T09:00",
  clotureLe: "2027-03-28T23:59",
  selectionLe: "2027-05-20",
  quotaLaureats: "6",
  budgetEuros: "1 200 000",
  piecesRequises: ["note_opportunite", "courrier_engagement_etat"],
  criteres: [
    { libelle: "Pertinence du territoire", description: "Les enjeux du territoire rejoignent le thème.", poids: "50" },
    { libelle: "Portage politique", description: "", poids: "30" },
    { libelle: "Mobilisation des acteurs", description: "", poids: "20" },
  ],
};

const administrateur = async () => acteurDe((await creerMembre(await dgaln(), "administrateur")).id);

describe("sessions nationales : création et modification", () => {
  it("un administrateur crée une session en préparation, avec sa grille ; les dates sont lues à l'heure de Paris", async () => {
    const admin = await administrateur();
    const r = await executerAction(enregistrerSession, admin, SAISIE);
    expect(r).toMatchObject({ ok: true, data: { creee: true, slug: "habiter-les-territoires-en-transition-2027" } });
    if (!r.ok) return;
    const s = await prisma.sessionAmi.findUniqueOrThrow({ where: { id: r.data.sessionId }, include: { criteres: { orderBy: { ordre: "asc" } } } });
    expect(s).toMatchObject({ statut: "brouillon", quotaLaureats: 6, budgetEuros: 1_200_000 });
    expect(s.clotureLe.toISOString()).toBe("2027-03-28T21:59:00.000Z");
    expect(s.ouvertureLe.toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(s.criteres.map((c) => [c.libelle, c.poids])).toEqual([
      ["Pertinence du territoire", 50],
      ["Portage politique", 30],
      ["Mobilisation des acteurs", 20],
    ]);
    // Le formulaire relit les mêmes valeurs, à l'heure de Paris.
    const relu = await sessionAAdministrer(admin, s.id);
    expect(relu?.valeurs).toMatchObject({ ouvertureLe: "2027-01-15T09:00", clotureLe: "2027-03-28T23:59", selectionLe: "2027-05-20", quotaLaureats: "6" });
    // Un second thème identique reçoit une adresse distincte.
    const bis = await executerAction(enregistrerSession, admin, SAISIE);
    expect(bis).toMatchObject({ ok: true, data: { slug: "habiter-les-territoires-en-transition-2027-2" } });
  });

  it("refuse en français une grille qui ne fait pas 100 %, une clôture avant l'ouverture, deux critères homonymes", async () => {
    const admin = await administrateur();
    const r = await executerAction(enregistrerSession, admin, {
      ...SAISIE,
      clotureLe: "2027-01-01T12:00",
      criteres: [
        { libelle: "Pertinence", description: "", poids: "50" },
        { libelle: "pertinence", description: "", poids: "40" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("INVALIDE");
    expect(r.fieldErrors?.criteres).toEqual(["Les poids des critères doivent faire 100 % au total (ils font 90 %)."]);
    expect(r.fieldErrors?.clotureLe).toEqual(["La clôture doit venir après l'ouverture."]);
    expect(r.fieldErrors?.["criteres.1.libelle"]).toEqual(["Deux critères portent le même intitulé."]);
  });

  it("refuse la création et la modification à qui n'est pas administrateur DGALN", async () => {
    const referent = await acteurDe((await creerMembre(await dgaln(), "referent")).id);
    const agent = await acteurDe((await creerMembre(await serviceEtat("53"), "agent")).id);
    const maire = await acteurDe((await creerMembre(await commune("53130"), "signataire")).id);
    for (const acteur of [referent, agent, maire]) {
      expect(await executerAction(enregistrerSession, acteur, SAISIE)).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    }
    const admin = await administrateur();
    const cree = await executerAction(enregistrerSession, admin, SAISIE);
    if (!cree.ok) throw new Error(cree.message);
    for (const acteur of [referent, agent, maire]) {
      expect(await executerAction(enregistrerSession, acteur, { ...SAISIE, sessionId: cree.data.sessionId, version: 1 })).toMatchObject({ ok: false, code: "INTROUVABLE" });
      expect(await executerAction(changerStatutSession, acteur, { sessionId: cree.data.sessionId, version: 1, action: "ouvrir" })).toMatchObject({ ok: false, code: "INTROUVABLE" });
      expect(await sessionAAdministrer(acteur, cree.data.sessionId)).toBeNull();
    }
  });

  it("deux administrateurs modifient la même version : le second lit un conflit, rien n'est écrasé", async () => {
    const [a, b] = [await administrateur(), await administrateur()];
    const cree = await executerAction(enregistrerSession, a, SAISIE);
    if (!cree.ok) throw new Error(cree.message);
    const id = cree.data.sessionId;
    expect(await executerAction(enregistrerSession, a, { ...SAISIE, sessionId: id, version: 1, theme: "Thème de A" })).toMatchObject({ ok: true });
    const r = await executerAction(enregistrerSession, b, { ...SAISIE, sessionId: id, version: 1, theme: "Thème de B" });
    expect(r).toMatchObject({ ok: false, code: "CONFLIT" });
    expect((await prisma.sessionAmi.findUniqueOrThrow({ where: { id } })).theme).toBe("Thème de A");
  });
});

describe("sessions nationales : ouverture et page publique", () => {
  it("l'ouverture pose la tâche de clôture à l'instant prévu, fige la grille ; la page publique apparaît", async () => {
    const admin = await administrateur();
    const cloture = new Date(Date.now() + 10 * 86_400_000);
    const saisie = { ...SAISIE, theme: "Session ouverte de test", ouvertureLe: "2026-01-01T09:00", clotureLe: "2099-12-31T23:59", selectionLe: "" };
    const cree = await executerAction(enregistrerSession, admin, saisie);
    if (!cree.ok) throw new Error(cree.message);
    const id = cree.data.sessionId;
    await prisma.sessionAmi.update({ where: { id }, data: { clotureLe: cloture } });
    expect(await trouverSessionPublique(cree.data.slug)).toBeNull();

    expect(await executerAction(changerStatutSession, admin, { sessionId: id, version: 1, action: "ouvrir" })).toMatchObject({ ok: true, data: { statut: "ouverte" } });
    const taches = await prisma.$queryRawUnsafe<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = 'sessions-cloture' AND data->>'sessionId' = $1`,
      id,
    );
    expect(taches.map((t) => t.start_after.getTime())).toEqual([cloture.getTime()]);
    // Deux clics : la seconde ouverture lit un conflit (version dépassée).
    expect(await executerAction(changerStatutSession, admin, { sessionId: id, version: 1, action: "ouvrir" })).toMatchObject({ ok: false });

    const publique = await trouverSessionPublique(cree.data.slug);
    expect(publique).toMatchObject({ theme: "Session ouverte de test", statut: "ouverte", laureats: [] });
    expect(publique?.criteres.map((c) => c.poids)).toEqual([50, 30, 20]);

    const s = await prisma.sessionAmi.findUniqueOrThrow({ where: { id } });
    const grille = await executerAction(enregistrerSession, admin, {
      ...saisie,
      sessionId: id,
      version: s.version,
      criteres: [{ libelle: "Un seul critère", description: "", poids: "100" }],
    });
    expect(grille).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: "La session est ouverte : sa grille d'évaluation ne se modifie plus (les porteurs candidatent sur cette grille)." });
  });

  it("les lauréats ne sont publics qu'une fois les résultats publiés", async () => {
    const admin = await administrateur();
    const cree = await executerAction(enregistrerSession, admin, { ...SAISIE, theme: "Session à publier" });
    if (!cree.ok) throw new Error(cree.message);
    const id = cree.data.sessionId;
    await prisma.sessionAmi.update({ where: { id }, data: { statut: "en_deliberation" } });
    const laval = await commune("53130");
    await creerCandidature({ collectivitePrincipale: laval, session: { id }, statut: "retenue" });
    expect((await trouverSessionPublique(cree.data.slug))?.laureats).toEqual([]);
    const s = await prisma.sessionAmi.findUniqueOrThrow({ where: { id } });
    expect(await executerAction(changerStatutSession, admin, { sessionId: id, version: s.version, action: "publier_resultats" })).toMatchObject({ ok: true });
    expect((await trouverSessionPublique(cree.data.slug))?.laureats).toEqual([expect.objectContaining({ collectivite: "Laval", departement: "Mayenne (53)" })]);
  });
});
