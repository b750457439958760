// Clôture automatique et relances des sessions nationales (issue 13, partie 1), l'horloge injectée :
// la session se ferme à son instant de clôture (aussi autour des changements d'heure de 2027), une
// seule fois même si deux travailleurs passent ensemble ; un dépôt après l'instant est refusé par R1
// même si la tâche n'a pas encore tourné ; relances J-7 et J-2 envoyées une fois chacune, aux seuls
// porteurs des candidatures non déposées.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { regleR1Session } from "@/lib/candidatures/regles/r1-session";
import { heureDeParis } from "@/lib/dates/paris";
import { horlogeFixe } from "@/lib/horloge";
import { cloturerSessionsEchues } from "@/lib/sessions/cloture";
import { echeanceDue, envoyerRappelsSessions } from "@/lib/sessions/rappels";
import { commune, creerCandidature, creerMembre, creerSession, serviceEtat } from "@/tests/helpers/factories";

const MINUTE = 60_000;

async function sessionOuverteJusqua(clotureLe: Date) {
  const s = await creerSession({ statut: "ouverte" });
  return prisma.sessionAmi.update({ where: { id: s.id }, data: { clotureLe, ouvertureLe: new Date(clotureLe.getTime() - 90 * 86_400_000) } });
}

describe("clôture automatique des sessions", () => {
  for (const [nom, locale, utc] of [
    ["la nuit du passage à l'heure d'été", "2027-03-28T23:59", "2027-03-28T21:59:00.000Z"],
    ["la nuit du retour à l'heure d'hiver", "2027-10-31T23:59", "2027-10-31T22:59:00.000Z"],
  ] as const) {
    it(`ferme à 23 h 59, heure de Paris, ${nom}`, async () => {
      const clotureLe = heureDeParis(locale);
      expect(clotureLe.toISOString()).toBe(utc);
      const s = await sessionOuverteJusqua(clotureLe);

      // Une minute avant : toujours ouverte, un dépôt est accepté par R1.
      const avant = new Date(clotureLe.getTime() - MINUTE);
      expect(await cloturerSessionsEchues(prisma, horlogeFixe(avant))).not.toContain(s.id);
      expect(regleR1Session({ format: "national", session: { ...s, statut: "ouverte" }, maintenant: avant })[0]?.etat).toBe("ok");

      // À l'instant même, avant que la tâche ne passe : R1 refuse déjà le dépôt.
      const r1 = regleR1Session({ format: "national", session: { ...s, statut: "ouverte" }, maintenant: clotureLe })[0];
      expect(r1).toMatchObject({ code: "R1_SESSION_CLOTUREE", etat: "refuse" });
      expect(r1?.message.replace(/\u00a0/g, " ")).toContain(`${locale.slice(8, 10).replace(/^0/, "")} ${locale.slice(5, 7) === "03" ? "mars" : "octobre"} 2027 à 23 h 59 (heure de Paris)`);

      // Deux travailleurs passent en même temps : une seule clôture, un seul événement.
      const [a, b] = await Promise.all([cloturerSessionsEchues(prisma, horlogeFixe(clotureLe)), cloturerSessionsEchues(prisma, horlogeFixe(clotureLe))]);
      expect([...a, ...b].filter((id) => id === s.id)).toHaveLength(1);
      const close = await prisma.sessionAmi.findUniqueOrThrow({ where: { id: s.id } });
      expect(close).toMatchObject({ statut: "cloturee", clotureeLe: clotureLe });
      expect(await prisma.evenement.count({ where: { entiteId: s.id, type: "session.cloturee" } })).toBe(1);
    });
  }

  it("ne touche ni un brouillon échu ni une session déjà close", async () => {
    const brouillon = await creerSession({ statut: "brouillon" });
    await prisma.sessionAmi.update({ where: { id: brouillon.id }, data: { clotureLe: new Date(Date.now() - MINUTE) } });
    const closes = await cloturerSessionsEchues(prisma);
    expect(closes).not.toContain(brouillon.id);
    expect((await prisma.sessionAmi.findUniqueOrThrow({ where: { id: brouillon.id } })).statut).toBe("brouillon");
  });
});

describe("relances avant la clôture", () => {
  it("calcule l'échéance due : rien avant J-7, J-7, puis J-2, rien après la clôture", () => {
    const cloture = heureDeParis("2027-03-28T23:59");
    const jours = (n: number) => new Date(cloture.getTime() - n * 86_400_000);
    expect(echeanceDue(cloture, jours(8))).toBeNull();
    expect(echeanceDue(cloture, jours(7))).toBe("j7");
    expect(echeanceDue(cloture, jours(3))).toBe("j7");
    expect(echeanceDue(cloture, jours(2))).toBe("j2");
    expect(echeanceDue(cloture, jours(0.01))).toBe("j2");
    expect(echeanceDue(cloture, cloture)).toBeNull();
  });

  it("relance une fois à J-7 et une fois à J-2 les porteurs des seules candidatures non déposées, même avec deux travailleurs", async () => {
    const clotureLe = heureDeParis("2027-10-31T23:59");
    const s = await sessionOuverteJusqua(clotureLe);
    const laval = await commune("53130");
    const mayenne = await commune("53147");
    const maire = await creerMembre(laval, "signataire");
    const maireMayenne = await creerMembre(mayenne, "signataire");
    const agent = await creerMembre(await serviceEtat("53"), "agent");
    const brouillon = await creerCandidature({ collectivitePrincipale: laval, session: s, statut: "brouillon" });
    await creerCandidature({ collectivitePrincipale: mayenne, session: s, statut: "deposee" });

    const j7 = horlogeFixe(new Date(clotureLe.getTime() - 6 * 86_400_000));
    const [a, b] = await Promise.all([envoyerRappelsSessions(prisma, j7), envoyerRappelsSessions(prisma, j7)]);
    expect([...a, ...b].filter((r) => r.sessionId === s.id)).toEqual([{ sessionId: s.id, echeance: "j7", candidatures: 1 }]);
    expect(await envoyerRappelsSessions(prisma, j7)).toEqual([]);

    const courriels = async (email: string) => prisma.courriel.count({ where: { destinataire: email, sujet: { contains: brouillon.reference } } });
    const [emailMaire, emailAgent, emailAutre] = await Promise.all(
      [maire, agent, maireMayenne].map(async (u) => (await prisma.utilisateur.findUniqueOrThrow({ where: { id: u.id } })).email),
    );
    expect(await courriels(emailMaire!)).toBe(1);
    expect(await courriels(emailAgent!)).toBe(1);
    expect(await prisma.courriel.count({ where: { destinataire: emailAutre!, sujet: { contains: s.theme } } })).toBe(0);

    const j2 = horlogeFixe(new Date(clotureLe.getTime() - 36 * 3_600_000));
    const rappelsJ2 = await Promise.all([envoyerRappelsSessions(prisma, j2), envoyerRappelsSessions(prisma, j2)]);
    expect(rappelsJ2.flat().filter((r) => r.sessionId === s.id)).toEqual([{ sessionId: s.id, echeance: "j2", candidatures: 1 }]);
    expect(await courriels(emailMaire!)).toBe(2);
    expect(await prisma.rappelSession.findMany({ where: { sessionId: s.id }, select: { echeance: true }, orderBy: { echeance: "asc" } })).toEqual([
      { echeance: "j7" },
      { echeance: "j2" },
    ]);
  });

  it("une session ouverte à moins de deux jours de sa clôture ne reçoit que la relance J-2", async () => {
    const clotureLe = new Date(Date.now() + 30 * 3_600_000);
    const s = await sessionOuverteJusqua(clotureLe);
    const rappels = await envoyerRappelsSessions(prisma);
    expect(rappels.filter((r) => r.sessionId === s.id).map((r) => r.echeance)).toEqual(["j2"]);
    const lignes = await prisma.rappelSession.findMany({ where: { sessionId: s.id }, orderBy: { echeance: "asc" } });
    expect(lignes.map((l) => [l.echeance, l.nombre])).toEqual([
      ["j7", 0],
      ["j2", 0],
    ]);
  });
});
