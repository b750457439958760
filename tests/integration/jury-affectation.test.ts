// Répartition automatique sur une vraie base (issue 13) : un jury de 12 et 150 candidatures déposées
// de 15 départements ; chaque candidature reçoit 3 jurés, aucun de sa propre organisation ni de son
// département, aucun conflit déclaré ; charges égales à une unité près ; deux clics simultanés → une
// seule répartition ; refus en français avant la clôture et pour qui n'est pas administrateur.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { affecterAutomatiquement } from "@/lib/jury/affecter";
import { acteurDe } from "@/tests/helpers/acteurs";
import { ajouterJure, creerCandidature, creerMembre, creerSession, creerUtilisateur, dgaln, serviceEtat } from "@/tests/helpers/factories";

const DEPARTEMENTS = ["01", "13", "21", "29", "33", "35", "44", "49", "53", "59", "67", "69", "72", "85", "87"];

async function monde() {
  const session = await creerSession({ statut: "cloturee", criteres: 3 });
  const communes = await Promise.all(
    DEPARTEMENTS.map((d) => prisma.organisation.findMany({ where: { type: "commune", codeDepartement: d }, orderBy: { population: "desc" }, take: 10 })),
  );
  const candidatures = [];
  for (const commune of communes.flat()) candidatures.push(await creerCandidature({ collectivitePrincipale: commune, session, statut: "deposee" }));
  // Jurés : 6 de la DGALN, 4 agents de DDT (départements présents), 1 élu d'une commune candidate, 1 sans organisation.
  const jures = [];
  for (let i = 0; i < 6; i++) jures.push((await ajouterJure(session, await creerMembre(await dgaln(), "referent"))).membreJury);
  for (const d of ["53", "44", "29", "69"]) jures.push((await ajouterJure(session, await creerMembre(await serviceEtat(d), "agent"))).membreJury);
  const elu = await creerMembre(communes[0]![0]!, "signataire");
  jures.push((await ajouterJure(session, elu)).membreJury);
  jures.push((await ajouterJure(session, await creerUtilisateur())).membreJury);
  const conflits = [
    { membreJuryId: jures[0]!.id, candidatureId: candidatures[3]!.id, motif: "Ancien élu de la commune" },
    { membreJuryId: jures[1]!.id, candidatureId: candidatures[3]!.id, motif: "Parent d'un agent de la communauté" },
    { membreJuryId: jures[2]!.id, candidatureId: candidatures[40]!.id, motif: "Bureau d'études associé" },
  ];
  await prisma.conflitInteret.createMany({ data: conflits });
  return { session, candidatures, jures, conflits };
}

describe("répartition automatique des candidatures entre les jurés", () => {
  it("12 jurés × 150 candidatures : 3 jurés chacune, sans lien ni conflit, charges égales à une unité près ; deux clics, une répartition", async () => {
    const { session, candidatures, conflits } = await monde();
    expect(candidatures).toHaveLength(150);
    const admin = await acteurDe((await creerMembre(await dgaln(), "administrateur")).id);
    const [a, b] = await Promise.all([
      executerAction(affecterAutomatiquement, admin, { sessionId: session.id, juresParCandidature: 3 }),
      executerAction(affecterAutomatiquement, admin, { sessionId: session.id, juresParCandidature: 3 }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect([a, b].map((r) => (r.ok ? r.data.nouvelles : -1)).sort((x, y) => x - y)).toEqual([0, 450]);

    const affectations = await prisma.affectationJury.findMany({
      where: { membreJury: { sessionId: session.id } },
      select: {
        membreJuryId: true,
        candidatureId: true,
        candidature: { select: { codeDepartement: true, collectivitePrincipaleId: true, serviceEtatId: true } },
        membreJury: { select: { utilisateur: { select: { appartenances: { select: { organisationId: true, organisation: { select: { codeDepartement: true } } } } } } } },
      },
    });
    expect(affectations).toHaveLength(450);
    const parCandidature = new Map<string, number>();
    const parJure = new Map<string, number>();
    for (const af of affectations) {
      parCandidature.set(af.candidatureId, (parCandidature.get(af.candidatureId) ?? 0) + 1);
      parJure.set(af.membreJuryId, (parJure.get(af.membreJuryId) ?? 0) + 1);
      const appartenances = af.membreJury.utilisateur.appartenances;
      expect(appartenances.map((x) => x.organisationId)).not.toContain(af.candidature.collectivitePrincipaleId);
      expect(appartenances.map((x) => x.organisationId)).not.toContain(af.candidature.serviceEtatId);
      expect(appartenances.map((x) => x.organisation.codeDepartement)).not.toContain(af.candidature.codeDepartement);
      expect(conflits.some((c) => c.membreJuryId === af.membreJuryId && c.candidatureId === af.candidatureId)).toBe(false);
    }
    expect([...parCandidature.values()].every((n) => n === 3)).toBe(true);
    expect(parJure.size).toBe(12);
    expect(Math.max(...parJure.values()) - Math.min(...parJure.values())).toBeLessThanOrEqual(1);
  }, 120_000);

  it("refuse avant la clôture, à un référent, et sans jury", async () => {
    const ouverte = await creerSession({ statut: "ouverte" });
    const close = await creerSession({ statut: "cloturee" });
    const admin = await acteurDe((await creerMembre(await dgaln(), "administrateur")).id);
    const referent = await acteurDe((await creerMembre(await dgaln(), "referent")).id);
    expect(await executerAction(affecterAutomatiquement, admin, { sessionId: ouverte.id, juresParCandidature: 3 })).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "La session est « ouverte » : la répartition se fait une fois la session close et avant la délibération.",
    });
    expect(await executerAction(affecterAutomatiquement, referent, { sessionId: close.id, juresParCandidature: 3 })).toMatchObject({ ok: false, code: "INTROUVABLE" });
    expect(await executerAction(affecterAutomatiquement, admin, { sessionId: close.id, juresParCandidature: 3 })).toMatchObject({
      ok: false,
      message: "Le jury n'a encore aucun membre : ajoutez les jurés avant de répartir les candidatures.",
    });
    expect(await executerAction(affecterAutomatiquement, admin, { sessionId: close.id, juresParCandidature: 0 })).toMatchObject({ ok: false, code: "INVALIDE" });
  });
});
