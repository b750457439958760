// Retrait d'une candidature (issue 11, partie 3) sur une vraie base : par un signataire de chaque
// partie, motif obligatoire ; refusé au membre, à l'agent, à la DGALN, à un autre département, et
// depuis un statut final ; deux retraits simultanés → un retrait, un événement, un CONFLIT clair ;
// l'autre partie prévenue par courriel ; R7 permet ensuite une nouvelle candidature.
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { creerCandidature as creerCandidatureAction } from "@/lib/candidatures/creer-candidature";
import { retirerCandidature } from "@/lib/candidatures/retirer-candidature";
import { retraitCandidature } from "@/lib/candidatures/retrait";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { Organisation, StatutCandidature } from "@/lib/generated/prisma/client";
import { acteurDe } from "@/tests/helpers/acteurs";
import { candidatureDeposee } from "@/tests/helpers/candidatures";
import { creerCandidature, creerMembre, dgaln, serviceEtat } from "@/tests/helpers/factories";

// Assez de connexions pour que les retraits simultanés se rencontrent vraiment dans PostgreSQL.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = "20";
});

const MOTIF = "Le conseil municipal a décidé de reporter le projet à l'an prochain ; « budget » non voté.";

let rang = 0;
/** Une commune de la Mayenne sans candidature ni membre : R7 ne la confond avec aucune autre. */
async function communeLibre(): Promise<Organisation> {
  const [commune] = await prisma.organisation.findMany({
    where: { type: "commune", codeDepartement: "53", appartenances: { none: {} }, candidaturesPrincipales: { none: {} } },
    orderBy: { population: "desc" },
    skip: rang++,
    take: 1,
  });
  return commune!;
}

type Monde = Record<"membre" | "maire" | "agent" | "signataireEtat" | "referent" | "signataireEtat44", Acteur> & { commune: Organisation };

async function monde(): Promise<Monde> {
  const commune = await communeLibre();
  const ddt = await serviceEtat("53");
  const acteur = async (organisation: { id: string }, role: Parameters<typeof creerMembre>[1]) => acteurDe((await creerMembre(organisation, role)).id);
  return {
    commune,
    membre: await acteur(commune, "membre"),
    maire: await acteur(commune, "signataire"),
    agent: await acteur(ddt, "agent"),
    signataireEtat: await acteur(ddt, "signataire_etat"),
    referent: await acteur(await dgaln(), "referent"),
    signataireEtat44: await acteur(await serviceEtat("44"), "signataire_etat"),
  };
}

async function brouillon(m: Monde, statut: StatutCandidature = "brouillon") {
  return creerCandidature({ collectivitePrincipale: m.commune, format: "flash", statut });
}

const courrielsA = (email: string, reference: string) =>
  prisma.courriel.count({ where: { destinataire: email, sujet: `Candidature ${reference} retirée` } });

describe("retirer une candidature", () => {
  it("le maire retire un brouillon avec un motif : statut, date, motif, événement, courriels à l'autre partie et au co-rédacteur", async () => {
    const m = await monde();
    const c = await brouillon(m);
    expect(await retraitCandidature(m.maire, c)).toEqual({ possible: true, retrait: null, nouvelleCandidature: false });

    const r = await executerAction(retirerCandidature, m.maire, { candidatureId: c.id, motif: `  ${MOTIF}  ` });
    expect(r).toMatchObject({ ok: true, data: { candidatureId: c.id, reference: c.reference, partie: "collectivite" } });
    const apres = await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } });
    expect(apres.statut).toBe("retiree");
    expect(apres.motifRetrait).toBe(MOTIF);
    expect(apres.retireeLe).toBeInstanceOf(Date);

    const evenement = await prisma.evenement.findFirstOrThrow({ where: { candidatureId: c.id, type: "candidature.retiree" } });
    expect(evenement.acteurId).toBe(m.maire.id);
    expect(evenement.donnees).toEqual({ statutAvant: "brouillon", motif: MOTIF });
    expect((await verifierChaine(prisma)).valide).toBe(true);

    // L'autre partie (agent et signataire de la DDT) et le membre de la commune ; jamais l'auteur.
    for (const a of [m.agent, m.signataireEtat, m.membre]) expect(await courrielsA(a.email, c.reference)).toBe(1);
    expect(await courrielsA(m.maire.email, c.reference)).toBe(0);
    const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: m.signataireEtat.email, sujet: `Candidature ${c.reference} retirée` } });
    expect(courriel.texte).toContain(`Motif : « ${MOTIF} »`);
    expect(courriel.texte).toContain(`/candidatures/${c.id}`);

    // La fiche dit qui, quand, pourquoi, et ne propose plus le retrait.
    const fiche = await retraitCandidature(m.membre, apres);
    expect(fiche).toMatchObject({ possible: false, nouvelleCandidature: true, retrait: { motif: MOTIF, par: `Test ${(await prisma.utilisateur.findUniqueOrThrow({ where: { id: m.maire.id } })).nom}` } });
  });

  it("le signataire du service de l'État retire une candidature déposée ; la collectivité est prévenue", async () => {
    const m = await monde();
    const c = await candidatureDeposee({ principale: m.commune, redacteur: m.membre, signataireCollectivite: m.maire, signataireEtat: m.signataireEtat });
    const r = await executerAction(retirerCandidature, m.signataireEtat, { candidatureId: c.id, motif: MOTIF });
    expect(r).toMatchObject({ ok: true, data: { partie: "etat" } });
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { candidatureId: c.id, type: "candidature.retiree" } });
    expect(evenement.donnees).toMatchObject({ statutAvant: "deposee" });
    for (const a of [m.maire, m.membre, m.agent]) expect(await courrielsA(a.email, c.reference)).toBe(1);
    expect(await courrielsA(m.signataireEtat.email, c.reference)).toBe(0);
  });

  it("refuse le membre, l'agent et la DGALN (avec la raison), un autre département (introuvable), sans rien écrire", async () => {
    const m = await monde();
    const c = await brouillon(m);
    for (const a of [m.membre, m.agent, m.referent]) {
      expect(await retraitCandidature(a, c)).toEqual({ possible: false, retrait: null, nouvelleCandidature: false });
      const r = await executerAction(retirerCandidature, a, { candidatureId: c.id, motif: MOTIF });
      expect(r).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
      expect(r.ok ? "" : r.message).toContain("Seul un signataire de la collectivité principale ou un signataire du service de l'État compétent");
    }
    const ailleurs = await executerAction(retirerCandidature, m.signataireEtat44, { candidatureId: c.id, motif: MOTIF });
    expect(ailleurs).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("brouillon");
    expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "candidature.retiree" } })).toBe(0);
  });

  it("exige un motif d'au plus 2 000 caractères", async () => {
    const m = await monde();
    const c = await brouillon(m);
    const vide = await executerAction(retirerCandidature, m.maire, { candidatureId: c.id, motif: "   " });
    expect(vide).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { motif: ["Indiquez le motif du retrait : il est transmis à l'autre partie."] } });
    const long = await executerAction(retirerCandidature, m.maire, { candidatureId: c.id, motif: "a".repeat(2_001) });
    expect(long).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { motif: ["Le motif ne doit pas dépasser 2 000 caractères."] } });
    expect(await executerAction(retirerCandidature, m.maire, { candidatureId: c.id, motif: "a".repeat(2_000) })).toMatchObject({ ok: true });
  });

  it.each(["irrecevable", "retenue", "non_retenue"] as const)("refuse depuis le statut final « %s »", async (statut) => {
    const m = await monde();
    const c = await brouillon(m, statut);
    expect(await retraitCandidature(m.maire, c)).toEqual({ possible: false, retrait: null, nouvelleCandidature: false });
    const r = await executerAction(retirerCandidature, m.maire, { candidatureId: c.id, motif: MOTIF });
    expect(r).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe(statut);
  });

  it("deux parties qui retirent en même temps : un seul retrait, un seul événement, les autres lisent qui l'a retirée", async () => {
    const m = await monde();
    const c = await brouillon(m);
    const resultats = await Promise.all(
      Array.from({ length: 6 }, (_, i) => executerAction(retirerCandidature, i % 2 ? m.maire : m.signataireEtat, { candidatureId: c.id, motif: `${MOTIF} (${i})` })),
    );
    const reussis = resultats.filter((r) => r.ok);
    expect(reussis).toHaveLength(1);
    for (const r of resultats.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ ok: false, code: "CONFLIT" });
      expect(r.ok ? "" : r.message).toMatch(/^La candidature a déjà été retirée par Test .+ le .+ : votre motif n'a pas été enregistré\.$/);
    }
    expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "candidature.retiree" } })).toBe(1);
    // Un seul courriel par destinataire : le membre de la commune n'a pas retiré, il en reçoit un.
    expect(await courrielsA(m.membre.email, c.reference)).toBe(1);
    expect((await verifierChaine(prisma)).valide).toBe(true);
  });

  it("R7 : une fois la candidature retirée, la collectivité peut en créer une nouvelle du même format", async () => {
    const m = await monde();
    const creer = () => executerAction(creerCandidatureAction, m.maire, { collectiviteId: m.commune.id, format: "flash" });
    const premiere = await creer();
    expect(premiere).toMatchObject({ ok: true });
    const candidatureId = premiere.ok ? premiere.data.candidatureId : "";
    expect(await creer()).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE" });

    expect(await executerAction(retirerCandidature, m.maire, { candidatureId, motif: MOTIF })).toMatchObject({ ok: true });
    const seconde = await creer();
    expect(seconde).toMatchObject({ ok: true });
    expect(await prisma.candidature.count({ where: { collectivitePrincipaleId: m.commune.id, statut: { not: "retiree" } } })).toBe(1);
  });
});
