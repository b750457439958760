// Composition du jury (issue 13) : un administrateur ajoute un juré par son adresse (compte créé s'il
// n'existe pas, prévenu), pas deux fois ; un référent ne compose pas ; un juré qui a noté ne se retire
// plus ; un conflit déclaré par le juré retire son affectation et la répartition ne la lui redonne pas.
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { affecterAutomatiquement } from "@/lib/jury/affecter";
import { ajouterJure, declarerConflit, retirerJure } from "@/lib/jury/composer";
import { acteurDe } from "@/tests/helpers/acteurs";
import { affecter, commune, creerCandidature, creerMembre, creerSession, dgaln } from "@/tests/helpers/factories";

const admin = async () => acteurDe((await creerMembre(await dgaln(), "administrateur")).id);

describe("composition du jury", () => {
  it("ajoute un juré par son adresse (compte créé, prévenu), refuse un doublon et un référent", async () => {
    const session = await creerSession({ statut: "cloturee" });
    const a = await admin();
    const email = `jure.${Date.now()}@universite.example`;
    const r = await executerAction(ajouterJure, a, { sessionId: session.id, email: ` ${email.toUpperCase()} `, prenom: "Inès", nom: "Durand", president: true });
    expect(r).toMatchObject({ ok: true, data: { compteCree: true } });
    const u = await prisma.utilisateur.findUniqueOrThrow({ where: { email }, include: { membresJury: true, notifications: true } });
    expect(u.membresJury).toEqual([expect.objectContaining({ sessionId: session.id, president: true })]);
    expect(u.notifications.map((n) => n.titre)).toEqual([`Vous êtes juré de la session « ${session.theme} »`]);
    expect(await prisma.courriel.count({ where: { destinataire: email, sujet: { contains: "Jury de la session" } } })).toBe(1);

    expect(await executerAction(ajouterJure, a, { sessionId: session.id, email, prenom: "", nom: "", president: false })).toMatchObject({
      ok: false,
      code: "CONFLIT",
      message: `${email} fait déjà partie du jury de cette session.`,
    });
    const referent = await acteurDe((await creerMembre(await dgaln(), "referent")).id);
    expect(await executerAction(ajouterJure, referent, { sessionId: session.id, email: "autre@exemple.fr", prenom: "", nom: "", president: false })).toMatchObject({ ok: false, code: "INTROUVABLE" });
  });

  it("un juré qui a soumis une évaluation ne se retire plus ; un conflit déclaré retire l'affectation et tient face à la répartition", async () => {
    const session = await creerSession({ statut: "cloturee" });
    const c1 = await creerCandidature({ collectivitePrincipale: await commune("53130"), session, statut: "deposee" });
    const c2 = await creerCandidature({ collectivitePrincipale: await commune("44109"), session, statut: "deposee" });
    const a = await admin();
    const ajout = async (email: string) => {
      const r = await executerAction(ajouterJure, a, { sessionId: session.id, email, prenom: "", nom: "", president: false });
      if (!r.ok) throw new Error(r.message);
      return r.data.membreJuryId;
    };
    const m1 = await ajout(`j1.${Date.now()}@exemple.fr`);
    const m2 = await ajout(`j2.${Date.now()}@exemple.fr`);
    await affecter({ id: m1 }, c1);
    await prisma.affectationJury.updateMany({ where: { membreJuryId: m1 }, data: { soumiseLe: new Date() } });
    expect(await executerAction(retirerJure, a, { membreJuryId: m1 })).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });
    await affecter({ id: m2 }, c2);
    const jure2 = await acteurDe((await prisma.membreJury.findUniqueOrThrow({ where: { id: m2 } })).utilisateurId);
    expect(await executerAction(declarerConflit, jure2, { candidatureId: c2.id, motif: "J'ai conseillé la commune en 2025." })).toMatchObject({ ok: true, data: { affectationRetiree: true } });
    expect(await prisma.affectationJury.count({ where: { membreJuryId: m2, candidatureId: c2.id } })).toBe(0);
    await executerAction(affecterAutomatiquement, a, { sessionId: session.id, juresParCandidature: 2 });
    expect(await prisma.affectationJury.count({ where: { membreJuryId: m2, candidatureId: c2.id } })).toBe(0);
    expect(await executerAction(retirerJure, a, { membreJuryId: m2 })).toMatchObject({ ok: true });
  });
});
