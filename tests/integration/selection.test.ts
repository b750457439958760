// Sélection des lauréats sur une vraie base (issue 13) : décision « au fil de l'eau » depuis la fiche
// (locaux, flash, liste complémentaire après publication) avec lettre, atelier et notifications ;
// refus des nationaux en instruction hors délibération ; décisions de session préparées en lot (seule
// la DGALN les voit), verrou optimiste entre administrateurs, publication qui les rend effectives et
// pose les lettres dans la file ; la tâche des lettres reprise ou prise deux fois n'envoie rien deux fois.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { FormatAtelier, Organisation, StatutSession } from "@/lib/generated/prisma/client";
import { deciderRecevabilite } from "@/lib/instruction/decider";
import { telechargerLettre } from "@/lib/instruction/lettre-http";
import { tableauDeliberation } from "@/lib/jury/deliberation";
import { envoyerLettresDecisions } from "@/lib/selection/lettres";
import { preparerDecisionsSession } from "@/lib/selection/session";
import { changerStatutSession } from "@/lib/sessions/gerer-session";
import { acteurDe } from "@/tests/helpers/acteurs";
import { donnees } from "@/tests/helpers/candidatures";
import * as f from "@/tests/helpers/factories";

vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = "20";
});

const acteur = async (organisation: { id: string }, role: Parameters<typeof f.creerMembre>[1], nom?: string) => acteurDe((await f.creerMembre(organisation, role, nom)).id);

const MOTIVATION = "Le projet répond aux objectifs de sobriété foncière et mobilise les deux parties.";
const MOTIVATION_REFUS = "Le périmètre retenu ne permet pas d'engager une démarche de projet partagée.";

type Partie = { principale: Organisation; ddt: Organisation; maire: Acteur; agent: Acteur };

/** Les deux parties d'une candidature de la Mayenne : la commune (son maire) et la DDT (un agent). */
async function parties(): Promise<Partie> {
  const [principale, ddt] = await Promise.all([f.commune("53005"), f.serviceEtat("53")]);
  return { principale, ddt, maire: await acteur(principale, "signataire", "Maire"), agent: await acteur(ddt, "agent") };
}

/** Une candidature en instruction (premier dépôt enregistré), du format voulu, dans une session éventuelle. */
async function enInstruction(p: Partie, format: FormatAtelier, session?: { id: string }) {
  const c = await f.creerCandidature({ collectivitePrincipale: p.principale, serviceEtat: p.ddt, format, session, statut: "en_instruction" });
  await prisma.depot.create({
    data: { candidatureId: c.id, numero: 1, hashContenu: "0".repeat(64), numeroRecepisse: `${c.reference}-D1`, deposeParId: p.agent.id },
  });
  return c;
}

const decider = (c: { id: string }, decision: string, autres: Record<string, unknown> = {}) => ({
  candidatureId: c.id,
  decision,
  statutLu: "en_instruction",
  depotLu: 1,
  motivation: MOTIVATION,
  ...autres,
});

/** Ce qu'une décision refusée ne doit pas avoir laissé. */
async function rienEcrit(candidatureId: string, statut = "en_instruction") {
  expect((await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } })).statut).toBe(statut);
  expect(await prisma.decision.count({ where: { candidatureId } })).toBe(0);
  expect(await prisma.atelier.count({ where: { candidatureId } })).toBe(0);
  expect(await prisma.notification.count({ where: { candidatureId } })).toBe(0);
}

async function session(statut: StatutSession = "en_deliberation") {
  const s = await f.creerSession({ statut });
  const dgaln = await f.dgaln();
  return { s, adminA: await acteur(dgaln, "administrateur", "Alice"), adminB: await acteur(dgaln, "administrateur", "Bruno") };
}

const lot = (sessionId: string, decisions: { c: { id: string }; decision: string; versionLue?: number; motivation?: string }[]) => ({
  sessionId,
  decisions: decisions.map((d) => ({ candidatureId: d.c.id, decision: d.decision, motivation: d.motivation ?? MOTIVATION, versionLue: d.versionLue ?? 0 })),
});

const publier = async (admin: Acteur, sessionId: string) => {
  const { version } = await prisma.sessionAmi.findUniqueOrThrow({ where: { id: sessionId } });
  return executerAction(changerStatutSession, admin, { sessionId, version, action: "publier_resultats" });
};

const tachesLettres = async (decisionIds: string[]) => {
  const taches = await prisma.$queryRawUnsafe<{ data: { decisionIds: string[] } }[]>(`SELECT data FROM pgboss.job WHERE name = 'lettres-decisions'`);
  return taches.filter((t) => t.data.decisionIds.some((id) => decisionIds.includes(id)));
};

describe("sélection au fil de l'eau, depuis la fiche", () => {
  it("flash retenue par une référente : statut, décision et lettre PDF, atelier de la collectivité et de la DDT, les deux parties prévenues", async () => {
    const p = await parties();
    const referente = await acteur(await f.dgaln(), "referent", "Référente");
    const c = await enInstruction(p, "flash");
    const r = donnees(await executerAction(deciderRecevabilite, referente, decider(c, "retenir")));
    expect(r).toMatchObject({ type: "retenue", statut: "retenue", cheminLettre: `/api/candidatures/${c.id}/decisions/${r.decisionId}/lettre` });
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("retenue");

    const decisions = await prisma.decision.findMany({ where: { candidatureId: c.id }, include: { lettre: true } });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ type: "retenue", motivation: MOTIVATION, decideParId: referente.id, depotNumero: 1 });
    expect(decisions[0]!.lettre!.typeMime).toBe("application/pdf");
    expect(Buffer.from(decisions[0]!.lettre!.contenu).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const atelier = await prisma.atelier.findUniqueOrThrow({ where: { candidatureId: c.id }, include: { collectivites: true } });
    expect(atelier).toMatchObject({ format: "flash", serviceEtatId: p.ddt.id, referentDgalnId: referente.id, typeContrat: "bon_de_commande" });
    expect(atelier.collectivites.map((x) => [x.organisationId, x.principale])).toEqual([[p.principale.id, true]]);

    for (const porteur of [p.maire, p.agent]) {
      const notifications = await prisma.notification.findMany({ where: { utilisateurId: porteur.id, candidatureId: c.id } });
      expect(notifications).toEqual([expect.objectContaining({ type: "decision", titre: `Candidature ${c.reference} retenue` })]);
      // La lettre est téléchargeable par chacune des deux parties.
      const reponse = await telechargerLettre(porteur, c.id, r.decisionId);
      expect(reponse.status).toBe(200);
      expect(Buffer.from(await reponse.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    const etranger = await acteur(await f.serviceEtat("44"), "agent");
    expect((await telechargerLettre(etranger, c.id, r.decisionId)).status).toBe(404);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("« ne pas retenir » sans motivation suffisante : refusé avec le message en français, rien d'écrit", async () => {
    const p = await parties();
    const admin = await acteur(await f.dgaln(), "administrateur");
    const c = await enInstruction(p, "local");
    const r = await executerAction(deciderRecevabilite, admin, decider(c, "ne_pas_retenir", { motivation: "Trop court." }));
    expect(r).toMatchObject({
      ok: false,
      code: "INVALIDE",
      fieldErrors: { motivation: ["Motivez la décision : au moins 20 caractères, que les porteurs liront dans la lettre."] },
    });
    await rienEcrit(c.id);
  });

  it("nationale en instruction : ni retenue ni écartée depuis la fiche, la délibération de la session décide ; rien d'écrit", async () => {
    const p = await parties();
    const { s, adminA } = await session("en_deliberation");
    const c = await enInstruction(p, "national", s);
    for (const decision of ["retenir", "ne_pas_retenir"]) {
      const r = await executerAction(deciderRecevabilite, adminA, decider(c, decision));
      expect(r).toMatchObject({
        ok: false,
        code: "REGLE_NON_RESPECTEE",
        message: "Une candidature nationale est retenue ou non par la délibération du jury de sa session : décidez-la dans le tableau de délibération.",
      });
    }
    await rienEcrit(c.id);
  });

  it("deux administrateurs décident la même candidature locale en même temps : une décision, un atelier au plus, un CONFLIT qui nomme la décision gagnante", async () => {
    for (let essai = 0; essai < 3; essai++) {
      const p = await parties();
      const dgaln = await f.dgaln();
      const [alice, bruno] = [await acteur(dgaln, "administrateur", "Alice"), await acteur(dgaln, "administrateur", "Bruno")];
      const c = await enInstruction(p, "local");
      const [a, b] = await Promise.all([
        executerAction(deciderRecevabilite, alice, decider(c, "retenir")),
        executerAction(deciderRecevabilite, bruno, decider(c, "ne_pas_retenir", { motivation: MOTIVATION_REFUS })),
      ]);
      expect([a, b].filter((x) => x.ok)).toHaveLength(1);
      expect(await prisma.decision.count({ where: { candidatureId: c.id } })).toBe(1);
      expect(await prisma.atelier.count({ where: { candidatureId: c.id } })).toBe(a.ok ? 1 : 0);
      const perdant = [a, b].find((x) => !x.ok);
      expect(perdant).toMatchObject({ ok: false, code: "CONFLIT" });
      const message = perdant && !perdant.ok ? perdant.message : "";
      expect(message).toMatch(
        a.ok
          ? /^Une décision vient d'être prise par quelqu'un d'autre : Test Alice a retenu la candidature à \d+\sh\s\d+\. La candidature est maintenant « retenue »/
          : /^Une décision vient d'être prise par quelqu'un d'autre : Test Bruno n'a pas retenu la candidature à \d+\sh\s\d+\. La candidature est maintenant « non retenue »/,
      );
      expect(message).toContain("Votre décision n'a pas été enregistrée");
      // Les porteurs ne sont prévenus qu'une fois, de la décision prise.
      expect(await prisma.notification.count({ where: { candidatureId: c.id, utilisateurId: p.maire.id } })).toBe(1);
    }
  });
});

describe("décisions d'une session nationale", () => {
  it("préparées en lot par un administrateur : visibles de la DGALN seule ; une version périmée ou une course donne un CONFLIT qui nomme l'auteur ; hors administrateurs, INTROUVABLE", async () => {
    const p = await parties();
    const { s, adminA, adminB } = await session();
    const [c1, c2, c3] = [await enInstruction(p, "national", s), await enInstruction(p, "national", s), await enInstruction(p, "national", s)];
    const r = donnees(
      await executerAction(
        preparerDecisionsSession,
        adminA,
        lot(s.id, [
          { c: c1, decision: "retenir" },
          { c: c2, decision: "ne_pas_retenir", motivation: MOTIVATION_REFUS },
          { c: c3, decision: "inscrire_liste_complementaire" },
        ]),
      ),
    );
    expect(r).toEqual({ sessionId: s.id, enregistrees: 3, inchangees: 0 });
    const projets = await prisma.projetDecision.findMany({ where: { sessionId: s.id } });
    expect(Object.fromEntries(projets.map((x) => [x.candidatureId, [x.type, x.decideParId, x.version]]))).toEqual({
      [c1.id]: ["retenue", adminA.id, 1],
      [c2.id]: ["non_retenue", adminA.id, 1],
      [c3.id]: ["liste_complementaire", adminA.id, 1],
    });
    // Les porteurs ne voient rien : pas de décision, pas de notification, toujours en instruction.
    const ids = [c1.id, c2.id, c3.id];
    expect((await prisma.candidature.findMany({ where: { id: { in: ids } } })).map((c) => c.statut)).toEqual(["en_instruction", "en_instruction", "en_instruction"]);
    expect(await prisma.decision.count({ where: { candidatureId: { in: ids } } })).toBe(0);
    expect(await prisma.notification.count({ where: { candidatureId: { in: ids } } })).toBe(0);
    // Le tableau de délibération, qui les montre, n'est ouvert qu'aux administrateurs.
    for (const porteur of [p.maire, p.agent]) expect(await tableauDeliberation(porteur, s.id)).toBeNull();
    expect((await tableauDeliberation(adminA, s.id))!.lignes.find((l) => l.candidatureId === c1.id)!.projet).toMatchObject({ action: "retenir", par: "Test Alice" });

    // Bruno avait le tableau ouvert avant : sa version lue (0) est périmée.
    const perime = await executerAction(preparerDecisionsSession, adminB, lot(s.id, [{ c: c1, decision: "ne_pas_retenir", versionLue: 0 }]));
    expect(perime).toMatchObject({ ok: false, code: "CONFLIT" });
    expect(perime.ok ? "" : perime.message).toMatch(
      new RegExp(`^Quelqu'un d'autre vient de préparer des décisions de cette session — ${c1.reference} : « retenue » par Test Alice à \\d+\\sh\\s\\d+\\. Rien n'a été enregistré`),
    );
    expect(await prisma.projetDecision.findUniqueOrThrow({ where: { candidatureId: c1.id } })).toMatchObject({ type: "retenue", decideParId: adminA.id, version: 1 });
    // Avec la version lue à jour, la modification passe et la version avance.
    expect(await executerAction(preparerDecisionsSession, adminB, lot(s.id, [{ c: c1, decision: "ne_pas_retenir", versionLue: 1 }]))).toMatchObject({
      ok: true,
      data: { enregistrees: 1 },
    });
    expect(await prisma.projetDecision.findUniqueOrThrow({ where: { candidatureId: c1.id } })).toMatchObject({ type: "non_retenue", decideParId: adminB.id, version: 2 });

    // Deux administrateurs préparent en même temps la même candidature, sans version : un seul gagne.
    for (let essai = 0; essai < 3; essai++) {
      const c = await enInstruction(p, "national", s);
      const [a, b] = await Promise.all([
        executerAction(preparerDecisionsSession, adminA, lot(s.id, [{ c, decision: "retenir" }])),
        executerAction(preparerDecisionsSession, adminB, lot(s.id, [{ c, decision: "ne_pas_retenir" }])),
      ]);
      expect([a, b].filter((x) => x.ok)).toHaveLength(1);
      const perdant = [a, b].find((x) => !x.ok);
      expect(perdant).toMatchObject({ ok: false, code: "CONFLIT" });
      expect(perdant && !perdant.ok ? perdant.message : "").toContain(a.ok ? `${c.reference} : « retenue » par Test Alice` : `${c.reference} : « non retenue » par Test Bruno`);
      expect(await prisma.projetDecision.findUniqueOrThrow({ where: { candidatureId: c.id } })).toMatchObject({ decideParId: a.ok ? adminA.id : adminB.id, version: 1 });
    }

    // Une référente de la DGALN, un agent de la DDT : la session leur est introuvable, comme une session qui n'existe pas.
    const referente = await acteur(await f.dgaln(), "referent");
    for (const [qui, id] of [
      [referente, s.id],
      [p.agent, s.id],
      [adminA, randomUUID()],
    ] as const) {
      expect(await executerAction(preparerDecisionsSession, qui, lot(id, [{ c: c2, decision: "retenir", versionLue: 1 }]))).toMatchObject({
        ok: false,
        code: "INTROUVABLE",
        message: MESSAGE_INTROUVABLE,
      });
    }
    expect(await prisma.projetDecision.findUniqueOrThrow({ where: { candidatureId: c2.id } })).toMatchObject({ type: "non_retenue", decideParId: adminA.id, version: 1 });
  });

  it("hors délibération, aucune décision ne se prépare", async () => {
    const p = await parties();
    const { s, adminA } = await session("cloturee");
    const c = await enInstruction(p, "national", s);
    expect(await executerAction(preparerDecisionsSession, adminA, lot(s.id, [{ c, decision: "retenir" }]))).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "Les décisions se prennent pendant la délibération ; la session est « clôturée ».",
    });
    await prisma.sessionAmi.update({ where: { id: s.id }, data: { statut: "resultats_publies" } });
    expect(await executerAction(preparerDecisionsSession, adminA, lot(s.id, [{ c, decision: "retenir" }]))).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "Les décisions se prennent pendant la délibération ; la session est « résultats publiés ».",
    });
    expect(await prisma.projetDecision.count({ where: { sessionId: s.id } })).toBe(0);
  });

  it("publication : refusée tant qu'une candidature n'a pas de décision, puis statuts, décisions, atelier de la lauréate, lettres par la file une seule fois ; la liste complémentaire se décide ensuite depuis la fiche", async () => {
    const p = await parties();
    const { s, adminA } = await session();
    const [c1, c2, c3] = [await enInstruction(p, "national", s), await enInstruction(p, "national", s), await enInstruction(p, "national", s)];
    donnees(
      await executerAction(
        preparerDecisionsSession,
        adminA,
        lot(s.id, [
          { c: c1, decision: "retenir" },
          { c: c2, decision: "ne_pas_retenir", motivation: MOTIVATION_REFUS },
        ]),
      ),
    );
    const refus = await publier(adminA, s.id);
    expect(refus).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    expect(refus.ok ? "" : refus.message).toBe(
      `Une candidature de la session n'a pas encore de décision : ${c3.reference}. Décidez-la dans le tableau de délibération avant de publier les résultats.`,
    );
    expect((await prisma.sessionAmi.findUniqueOrThrow({ where: { id: s.id } })).statut).toBe("en_deliberation");
    expect(await prisma.decision.count({ where: { candidatureId: { in: [c1.id, c2.id, c3.id] } } })).toBe(0);
    expect(await prisma.projetDecision.count({ where: { sessionId: s.id } })).toBe(2);

    donnees(await executerAction(preparerDecisionsSession, adminA, lot(s.id, [{ c: c3, decision: "inscrire_liste_complementaire" }])));
    expect(await publier(adminA, s.id)).toMatchObject({ ok: true, data: { statut: "resultats_publies" } });
    expect((await prisma.sessionAmi.findUniqueOrThrow({ where: { id: s.id } })).resultatsPubliesLe).not.toBeNull();
    const statuts = async () => Object.fromEntries((await prisma.candidature.findMany({ where: { sessionId: s.id } })).map((c) => [c.id, c.statut]));
    expect(await statuts()).toEqual({ [c1.id]: "retenue", [c2.id]: "non_retenue", [c3.id]: "liste_complementaire" });
    const decisions = await prisma.decision.findMany({ where: { candidatureId: { in: [c1.id, c2.id, c3.id] } } });
    expect(Object.fromEntries(decisions.map((d) => [d.candidatureId, [d.type, d.decideParId, d.lettreId]]))).toEqual({
      [c1.id]: ["retenue", adminA.id, null],
      [c2.id]: ["non_retenue", adminA.id, null],
      [c3.id]: ["liste_complementaire", adminA.id, null],
    });
    expect(await prisma.projetDecision.count({ where: { sessionId: s.id } })).toBe(0);
    expect((await prisma.atelier.findMany({ where: { candidatureId: { in: [c1.id, c2.id, c3.id] } } })).map((a) => a.candidatureId)).toEqual([c1.id]);
    // Les porteurs ne sont prévenus qu'avec la lettre, par la file.
    expect(await prisma.notification.count({ where: { candidatureId: { in: [c1.id, c2.id, c3.id] } } })).toBe(0);
    const ids = decisions.map((d) => d.id);
    const taches = await tachesLettres(ids);
    expect(taches).toHaveLength(1);
    expect([...taches[0]!.data.decisionIds].sort()).toEqual([...ids].sort());

    // Deux travailleurs prennent la même tâche (ou une reprise) : une lettre et une notification par décision.
    const [n1, n2] = await Promise.all([envoyerLettresDecisions(prisma, ids), envoyerLettresDecisions(prisma, ids)]);
    expect(n1 + n2).toBe(3);
    for (const d of await prisma.decision.findMany({ where: { id: { in: ids } }, include: { lettre: true } })) {
      expect(Buffer.from(d.lettre!.contenu).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    expect(await prisma.fichier.count({ where: { decisions: { some: { id: { in: ids } } } } })).toBe(3);
    for (const porteur of [p.maire, p.agent]) {
      const notifications = await prisma.notification.findMany({ where: { utilisateurId: porteur.id, candidatureId: { in: [c1.id, c2.id, c3.id] } } });
      expect(notifications.map((n) => n.titre).sort()).toEqual(
        [`Candidature ${c1.reference} retenue`, `Candidature ${c2.reference} non retenue`, `Candidature ${c3.reference} inscrite sur la liste complémentaire`].sort(),
      );
    }
    expect(await envoyerLettresDecisions(prisma, ids)).toBe(0);

    // La liste complémentaire, une fois les résultats publiés, se décide depuis la fiche.
    const retenue = donnees(await executerAction(deciderRecevabilite, adminA, decider(c3, "retenir", { statutLu: "liste_complementaire" })));
    expect(retenue).toMatchObject({ type: "retenue", statut: "retenue" });
    expect(await prisma.atelier.findUniqueOrThrow({ where: { candidatureId: c3.id } })).toMatchObject({ format: "national", typeContrat: "marche_national" });
    expect(await prisma.decision.count({ where: { candidatureId: c3.id } })).toBe(2);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("la liste complémentaire ne se décide pas depuis la fiche avant la publication", async () => {
    const p = await parties();
    const { s, adminA } = await session();
    const c = await f.creerCandidature({ collectivitePrincipale: p.principale, serviceEtat: p.ddt, session: s, statut: "liste_complementaire" });
    await prisma.depot.create({ data: { candidatureId: c.id, numero: 1, hashContenu: "0".repeat(64), numeroRecepisse: `${c.reference}-D1`, deposeParId: p.agent.id } });
    expect(await executerAction(deciderRecevabilite, adminA, decider(c, "retenir", { statutLu: "liste_complementaire" }))).toMatchObject({
      ok: false,
      code: "REGLE_NON_RESPECTEE",
      message: "La liste complémentaire se décide une fois les résultats de la session publiés.",
    });
    await rienEcrit(c.id, "liste_complementaire");
  });
});
