// Notation par les jurés (issue 13) : brouillon puis soumission ; notes scellées — avant la
// délibération un juré ne lit que ses notes, personne ne lit le brouillon d'un autre, la DGALN ne lit
// que les évaluations soumises ; une fois la délibération ouverte, les jurés lisent les notes soumises
// des autres. Candidature non affectée : la même réponse qu'une candidature inexistante.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { listerEvaluations, listerTableauSession } from "@/lib/evaluations/queries";
import { tableauDeliberation } from "@/lib/jury/deliberation";
import { evaluerCandidature } from "@/lib/jury/evaluer";
import { acteurDe } from "@/tests/helpers/acteurs";
import { affecter, ajouterJure, commune, creerCandidature, creerMembre, creerSession, creerUtilisateur, dgaln } from "@/tests/helpers/factories";

async function monde() {
  const session = await creerSession({ statut: "cloturee", criteres: 3 });
  const c1 = await creerCandidature({ collectivitePrincipale: await commune("53130"), session, statut: "deposee" });
  const c2 = await creerCandidature({ collectivitePrincipale: await commune("44109"), session, statut: "deposee" });
  const j1 = await ajouterJure(session, await creerUtilisateur());
  const j2 = await ajouterJure(session, await creerUtilisateur());
  await affecter(j1.membreJury, c1);
  await affecter(j2.membreJury, c1);
  await affecter(j2.membreJury, c2);
  return {
    session,
    c1,
    c2,
    jure1: await acteurDe(j1.utilisateur.id),
    jure2: await acteurDe(j2.utilisateur.id),
    referent: await acteurDe((await creerMembre(await dgaln(), "referent")).id),
  };
}

const notes = (criteres: { id: string }[], valeurs: (number | null)[]) =>
  criteres.map((c, i) => ({ critereId: c.id, note: valeurs[i] ?? null, commentaire: valeurs[i] === null ? "" : `Commentaire ${i + 1}` }));

describe("notation par les jurés, notes scellées", () => {
  it("brouillon lu par son seul auteur ; soumission complète exigée ; DGALN et autres jurés ne lisent que le soumis, après ouverture pour les jurés", async () => {
    const { session, c1, jure1, jure2, referent } = await monde();
    const brouillon = await executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [4, 3, null]), soumettre: false });
    expect(brouillon).toMatchObject({ ok: true, data: { soumise: false, notees: 2 } });
    expect(await listerEvaluations(jure1, { candidatureId: c1.id })).toHaveLength(2);
    expect(await listerEvaluations(jure2, { candidatureId: c1.id })).toEqual([]);
    expect(await listerEvaluations(referent, { candidatureId: c1.id })).toEqual([]);

    const incomplete = await executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [4, 3, null]), soumettre: true });
    expect(incomplete).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", message: "Notez chaque critère avant de soumettre : il manque « Critère 3 ». Votre saisie est gardée." });

    const [a, b] = await Promise.all([
      executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [4, 3, 5]), soumettre: true }),
      executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [4, 3, 5]), soumettre: true }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "CONFLIT" });
    const apres = await executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [1, 1, 1]), soumettre: false });
    expect(apres).toMatchObject({ ok: false, code: "CONFLIT" });
    expect(apres.ok ? "" : apres.message).toMatch(/^Vous avez soumis votre évaluation le .+ : elle ne se modifie plus\.$/);

    // Le second juré écrit un brouillon ; la DGALN lit les trois notes soumises du premier, pas le brouillon.
    await executerAction(evaluerCandidature, jure2, { candidatureId: c1.id, notes: notes(session.criteres, [1, 2, 2]), soumettre: false });
    expect((await listerEvaluations(referent, { candidatureId: c1.id })).map((e) => e.note).sort()).toEqual([3, 4, 5]);
    // Scellé : avant la délibération, aucun juré ne lit le tableau.
    expect(await listerTableauSession(jure2, session.id)).toEqual([]);
    expect(await listerEvaluations(jure2, { candidatureId: c1.id })).toHaveLength(3);

    await prisma.sessionAmi.update({ where: { id: session.id }, data: { statut: "en_deliberation" } });
    const tableau = await listerTableauSession(await acteurDe(jure2.id), session.id);
    // Le tableau ouvert : les notes soumises du premier juré et les siennes ; jamais un brouillon d'un autre.
    expect(tableau.filter((e) => e.membreJuryId !== (jure2.jury[0]?.membreJuryId ?? ""))).toHaveLength(3);
    const refus = await executerAction(evaluerCandidature, jure2, { candidatureId: c1.id, notes: notes(session.criteres, [1, 2, 2]), soumettre: true });
    expect(refus).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: "La session est « en délibération » : les notes ne se modifient plus." });
  });

  it("une candidature non affectée au juré est refusée comme une candidature inexistante", async () => {
    const { session, c2, jure1 } = await monde();
    const r = await executerAction(evaluerCandidature, jure1, { candidatureId: c2.id, notes: notes(session.criteres, [3, 3, 3]), soumettre: true });
    expect(r).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    expect(await prisma.evaluation.count({ where: { candidatureId: c2.id } })).toBe(0);
  });

  it("le tableau de délibération classe sur les seules évaluations soumises, signale les manquantes ; réservé aux administrateurs", async () => {
    const { session, c1, c2, jure1, jure2, referent } = await monde();
    await executerAction(evaluerCandidature, jure1, { candidatureId: c1.id, notes: notes(session.criteres, [4, 4, 4]), soumettre: true });
    await executerAction(evaluerCandidature, jure2, { candidatureId: c1.id, notes: notes(session.criteres, [2, 2, 2]), soumettre: true });
    await executerAction(evaluerCandidature, jure2, { candidatureId: c2.id, notes: notes(session.criteres, [5, 5, 5]), soumettre: false });
    const admin = await acteurDe((await creerMembre(await dgaln(), "administrateur")).id);
    const t = await tableauDeliberation(admin, session.id);
    expect(t?.lignes.map((l) => [l.reference, l.moyenne, l.rang, l.manquants.length])).toEqual([
      [c1.reference, 3, 1, 0],
      [c2.reference, null, null, 1],
    ]);
    expect(t?.lignes[0]?.desaccords).toHaveLength(3);
    expect(t?.parRegion).toEqual(expect.arrayContaining([{ region: "Pays de la Loire", candidatures: 2, dansLeQuota: 0 }]));
    expect(await tableauDeliberation(referent, session.id)).toBeNull();
    expect(await tableauDeliberation(jure1, session.id)).toBeNull();
  });
});
