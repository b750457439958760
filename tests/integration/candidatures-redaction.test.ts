// Rédaction d'une candidature sur une vraie base (référentiel importé) : création par l'un ou
// l'autre côté (R1, R4, R7, référence, périmètre initial, invitation), modification section par
// section (R2, référentiel, verrouillage optimiste, conflits), lecture des sections, liste de
// contrôle, chronologie, et refus des étrangers (INTROUVABLE).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { lireSection, lireSections } from "@/lib/candidatures/lire-section";
import { candidaturesActivesSimilaires } from "@/lib/candidatures/lister-similaires";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { idServiceEtat } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";
import { creerSession } from "@/tests/helpers/factories";

const DDT_53 = idServiceEtat("53");
const DDT_44 = idServiceEtat("44");

async function personne(organisationId: string, role: RoleAppartenance, prenom = "Camille", nom: string = role): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, prenom, nom, appartenances: { create: { organisationId, role } } },
  });
  return acteurDe(u.id);
}

let rang = 0;
/** Une commune de la Mayenne jamais utilisée dans ce fichier (R7 : une candidature active par format). */
async function communeLibre() {
  const [commune] = await prisma.organisation.findMany({
    where: { type: "commune", codeDepartement: "53" },
    orderBy: { codeInsee: "asc" },
    skip: rang++,
    take: 1,
  });
  return commune!;
}

async function monde() {
  const commune = await communeLibre();
  return {
    commune,
    maire: await personne(commune.id, "signataire", "Marie", "Maire"),
    membre: await personne(commune.id, "membre", "Jean", "Secrétaire"),
    agent: await personne(DDT_53, "agent", "Paul", "Agent"),
    etrangerCommune: await personne((await communeLibre()).id, "signataire", "Zoé", "Voisine"),
    etrangerDdt: await personne(DDT_44, "signataire_etat", "Yves", "Nantais"),
  };
}

function donnees<T>(resultat: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!resultat.ok) throw new Error(`Action refusée : ${resultat.code} — ${resultat.message}`);
  return resultat.data;
}

async function creerFlash(m: Awaited<ReturnType<typeof monde>>, par: Acteur = m.membre) {
  return donnees(await executerAction(creerCandidature, par, { collectiviteId: m.commune.id, format: "flash" }));
}

describe("créer une candidature", () => {
  it("un membre de la commune crée un atelier flash : référence, service compétent, périmètre initial, invitation de la DDT", async () => {
    const m = await monde();
    const autreAgent = await personne(DDT_53, "signataire_etat");
    const cree = await creerFlash(m);
    expect(cree.reference).toMatch(/^ADT-\d{4}-\d{5}$/);
    expect(cree).toMatchObject({ statut: "brouillon", version: 1, serviceEtat: { id: DDT_53 } });
    expect(cree.hashContenu).toMatch(/^[0-9a-f]{64}$/);
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: cree.candidatureId }, include: { communes: true, epci: true } });
    expect(ligne).toMatchObject({ codeDepartement: "53", codeRegion: "52", format: "flash", creeParId: m.membre.id, titre: `Atelier flash — ${m.commune.nom}` });
    expect(ligne.communes.map((c) => c.codeInsee)).toEqual([m.commune.codeInsee]);
    expect(ligne.epci).toEqual([]);
    // L'autre côté (le service de l'État) est invité ; pas l'auteur.
    const invitations = await prisma.courriel.findMany({ where: { sujet: { contains: cree.reference } } });
    const destinataires = invitations.map((c) => c.destinataire);
    expect(destinataires).toEqual(expect.arrayContaining([m.agent.email, autreAgent.email]));
    expect(destinataires).not.toContain(m.membre.email);
    expect(invitations[0]!.texte).toContain(`/candidatures/${cree.candidatureId}`);
    expect(cree.invites).toBe(destinataires.length);
  });

  it("les références se suivent sans doublon, même créées en même temps", async () => {
    const mondes = await Promise.all(Array.from({ length: 6 }, () => monde()));
    const creees = await Promise.all(mondes.map((m) => creerFlash(m)));
    const numeros = creees.map((c) => Number(c.reference.slice(9))).sort((a, b) => a - b);
    expect(new Set(numeros).size).toBe(6);
    expect(numeros.at(-1)! - numeros[0]!).toBe(5);
  });

  it("un agent de la DDT crée pour une collectivité de son département ; un EPCI entier est le périmètre initial", async () => {
    const agent = await personne(DDT_53, "agent");
    const ernee = await prisma.organisation.findUniqueOrThrow({ where: { siren: "245300355" } });
    const cree = donnees(await executerAction(creerCandidature, agent, { collectiviteId: ernee.id, format: "local", titre: "Ernée : les bourgs" }));
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: cree.candidatureId }, include: { epci: true, communes: true } });
    expect(ligne.epci.map((e) => e.epciSiren)).toEqual(["245300355"]);
    expect(ligne.communes).toEqual([]);
    expect(ligne.titre).toBe("Ernée : les bourgs");
  });

  it("R4 : pour un EPCI sur deux départements, le service de l'autre département qui crée devient le service compétent", async () => {
    const [epci] = await prisma.$queryRaw<{ siren: string; seconds: string }[]>`
      SELECT e.siren, min(c."codeDepartement") FILTER (WHERE c."codeDepartement" <> o."codeDepartement") AS seconds
      FROM epci e JOIN commune c ON c."epciSiren" = e.siren JOIN organisation o ON o.siren = e.siren
      GROUP BY e.siren HAVING count(DISTINCT c."codeDepartement") > 1 ORDER BY e.siren LIMIT 1`;
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { siren: epci!.siren } });
    const agent = await personne(idServiceEtat(epci!.seconds), "agent");
    const cree = donnees(await executerAction(creerCandidature, agent, { collectiviteId: organisation.id, format: "national", sessionId: (await creerSession()).id }));
    expect(cree.serviceEtat.id).toBe(idServiceEtat(epci!.seconds));
  });

  it("R7 : une seconde candidature active du même format est refusée, avec la référence de l'existante ; la liste des similaires la montre avant", async () => {
    const m = await monde();
    const premiere = await creerFlash(m);
    const similaires = await candidaturesActivesSimilaires(m.agent, m.commune.id, "flash");
    expect(similaires.map((s) => s.reference)).toEqual([premiere.reference]);
    expect(await candidaturesActivesSimilaires(m.agent, m.commune.id, "local")).toEqual([]);
    expect(await candidaturesActivesSimilaires(m.etrangerDdt, m.commune.id, "flash")).toEqual([]);
    const seconde = await executerAction(creerCandidature, m.agent, { collectiviteId: m.commune.id, format: "flash" });
    expect(seconde).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R7_CANDIDATURE_EN_COURS"] });
    expect(!seconde.ok && seconde.message).toContain(`a déjà une candidature en cours à un atelier flash : ${premiere.reference} (statut « brouillon »)`);
    // Un autre format reste possible.
    expect(await executerAction(creerCandidature, m.maire, { collectiviteId: m.commune.id, format: "local" })).toMatchObject({ ok: true });
  });

  it("R1 : un atelier national exige une session ouverte ; local et flash n'en ont pas", async () => {
    const m = await monde();
    const sansSession = await executerAction(creerCandidature, m.maire, { collectiviteId: m.commune.id, format: "national" });
    expect(sansSession).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R1_SESSION_MANQUANTE"] });
    const brouillon = await creerSession({ statut: "brouillon" });
    const fermee = await executerAction(creerCandidature, m.maire, { collectiviteId: m.commune.id, format: "national", sessionId: brouillon.id });
    expect(fermee).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R1_SESSION_NON_OUVERTE"] });
    const ouverte = await creerSession();
    const horsSession = await executerAction(creerCandidature, m.maire, { collectiviteId: m.commune.id, format: "local", sessionId: ouverte.id });
    expect(horsSession).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R1_SESSION_INATTENDUE"] });
    expect(await executerAction(creerCandidature, m.maire, { collectiviteId: m.commune.id, format: "national", sessionId: ouverte.id })).toMatchObject({ ok: true });
    expect(await prisma.candidature.count({ where: { collectivitePrincipaleId: m.commune.id } })).toBe(1);
  });

  it("étrangers : une autre commune, la DDT 44 et un service de l'État comme « collectivité » sont refusés sans rien créer", async () => {
    const m = await monde();
    for (const etranger of [m.etrangerCommune, m.etrangerDdt]) {
      const refus = await executerAction(creerCandidature, etranger, { collectiviteId: m.commune.id, format: "flash" });
      expect(refus).toEqual({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE, fieldErrors: undefined });
    }
    const service = await executerAction(creerCandidature, m.agent, { collectiviteId: DDT_53, format: "flash" });
    expect(service).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { collectiviteId: [expect.stringContaining("collectivité")] } });
    expect(await prisma.candidature.count({ where: { collectivitePrincipaleId: m.commune.id } })).toBe(0);
  });
});

describe("modifier une section", () => {
  it("enregistre la note, incrémente la version, change l'empreinte, journalise ; une saisie identique ne change rien", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    const note = { titre: "Réinvestir le centre-bourg", objet: "Esquisse de plan-guide", objectifs: "", localisation: "Centre-bourg", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" };
    const r = donnees(await executerAction(modifierCandidature, m.membre, { candidatureId: c.candidatureId, version: 1, section: "note", ...note }));
    expect(r).toMatchObject({ version: 2, statut: "brouillon", champs: ["titre", "localisation", "objet"] });
    expect(r.hashContenu).not.toBe(c.hashContenu);
    expect(r.checklist.map((x) => x.regle)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7"]);
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } });
    expect(ligne).toMatchObject({ titre: note.titre, objet: note.objet, objectifs: null, version: 2, hashContenu: r.hashContenu });
    const identique = donnees(await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 2, section: "note", ...note }));
    expect(identique).toMatchObject({ version: 2, champs: [] });
    const lue = await lireSection(m.agent, c.candidatureId, "note");
    expect(lue).toMatchObject({ version: 2, valeurs: { ...note }, derniereModification: { par: "Jean Secrétaire", champs: ["titre", "localisation", "objet"] } });
  });

  it("R2 : un atelier flash de 9 mois est refusé avec le message de la règle, sans rien écrire", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    const r = await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois: 9 });
    const message = "Un atelier flash dure de 3 à 6 mois : la durée prévue est de 9 mois.";
    expect(r).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R2_DUREE_FLASH"], message, fieldErrors: { dureeMois: [message] } });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).toMatchObject({ version: 1, dureeMois: null });
    const ok = donnees(await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois: "5" }));
    expect(ok.version).toBe(2);
    expect(await lireSection(m.maire, c.candidatureId, "calendrier")).toMatchObject({ valeurs: { debutPrevu: "2027-05-01", dureeMois: 5 } });
  });

  it("périmètre et porteurs sont vérifiés contre le référentiel ; contacts et livrables s'enregistrent", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    const base = { candidatureId: c.candidatureId, version: 1 };
    const inconnu = await executerAction(modifierCandidature, m.membre, { ...base, section: "perimetre", communes: ["99999"], epci: ["123456789"], derogationDemandee: false });
    expect(inconnu).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { communes: [expect.stringContaining("99999")], epci: [expect.stringContaining("123456789")] } });
    const malFormee = await executerAction(modifierCandidature, m.membre, { ...base, section: "perimetre", communes: ["abc"], epci: [], derogationDemandee: false });
    expect(malFormee).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { "communes.0": [expect.stringContaining("Code INSEE")] } });
    const voisine = (await communeLibre()).codeInsee;
    const p = donnees(await executerAction(modifierCandidature, m.membre, { ...base, section: "perimetre", communes: [m.commune.codeInsee, voisine], epci: [], derogationDemandee: false }));
    expect(p.version).toBe(2);
    expect(await executerAction(modifierCandidature, m.membre, { ...base, version: 2, section: "porteurs", porteuses: [m.commune.id] })).toMatchObject({ ok: false, code: "INVALIDE" });
    expect(await executerAction(modifierCandidature, m.membre, { ...base, version: 2, section: "porteurs", porteuses: [DDT_53] })).toMatchObject({ ok: false, code: "INVALIDE" });
    const laval = await prisma.organisation.findUniqueOrThrow({ where: { codeInsee: "53130" } });
    expect(donnees(await executerAction(modifierCandidature, m.membre, { ...base, version: 2, section: "porteurs", porteuses: [laval.id] })).version).toBe(3);
    const contacts = [{ partie: "collectivite", nom: "Marie Maire", fonction: "Maire", email: "MAIRIE@example.org", telephone: "02 43 00 00 00" }];
    expect(donnees(await executerAction(modifierCandidature, m.agent, { ...base, version: 3, section: "contacts", contacts })).version).toBe(4);
    const livrables = { livrablesAttendus: "Esquisse", disciplinesSouhaitees: ["urbanisme", "paysage"], budgetMaterielEuros: "2 500" };
    expect(donnees(await executerAction(modifierCandidature, m.agent, { ...base, version: 4, section: "livrables", ...livrables })).version).toBe(5);
    const toutes = await lireSections(m.maire, c.candidatureId);
    expect(toutes).toMatchObject({
      version: 5,
      valeurs: {
        perimetre: { communes: [m.commune.codeInsee, voisine].sort() },
        porteurs: { porteuses: [laval.id] },
        contacts: { contacts: [{ email: "mairie@example.org", telephone: "02 43 00 00 00" }] },
        livrables: { budgetMaterielEuros: 2500, disciplinesSouhaitees: ["urbanisme", "paysage"] },
      },
    });
    // La collectivité associée (Laval) voit et rédige désormais la candidature.
    const lavallois = await personne(laval.id, "membre");
    expect(await lireSection(lavallois, c.candidatureId, "note")).not.toBeNull();
  });

  it("verrouillage optimiste : deux enregistrements de la même section depuis la même version, l'un gagne, l'autre reçoit CONFLIT (qui, quand, quels champs) ; la ligne garde le premier", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    const note = (objet: string) => ({ candidatureId: c.candidatureId, version: 1, section: "note" as const, titre: "Titre", objet, objectifs: "", localisation: "", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" });
    const premier = donnees(await executerAction(modifierCandidature, m.membre, note("Objet de la commune")));
    const second = await executerAction(modifierCandidature, m.agent, note("Objet de la DDT"));
    expect(premier.version).toBe(2);
    expect(second).toMatchObject({ ok: false, code: "CONFLIT" });
    if (second.ok) return;
    expect(second.message).toMatch(/^La section « Note d'opportunité » a été modifiée par Jean Secrétaire à \d{1,2}\s+h\s+\d{2} pendant votre saisie \(titre, objet\)\. Votre saisie n'a pas été enregistrée et reste affichée/);
    expect(second.fieldErrors).toMatchObject({ objet: [expect.stringContaining("Modifié par Jean Secrétaire")], titre: [expect.any(String)] });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).toMatchObject({ objet: "Objet de la commune", version: 2 });
    // Ce que l'interface montre à côté de la saisie conservée :
    expect(await lireSection(m.agent, c.candidatureId, "note")).toMatchObject({ version: 2, valeurs: { objet: "Objet de la commune" } });
  });

  it("en même temps : N enregistrements concurrents de la même section depuis la même version → un seul gagne", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    const N = 8;
    const resultats = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        executerAction(modifierCandidature, i % 2 ? m.agent : m.membre, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois: 3 + (i % 4) }),
      ),
    );
    const gagnants = resultats.filter((r) => r.ok);
    expect(gagnants).toHaveLength(1);
    expect(resultats.filter((r) => !r.ok && r.code === "CONFLIT")).toHaveLength(N - 1);
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } });
    expect(ligne.version).toBe(2);
    expect(ligne.dureeMois).toBe(gagnants[0]!.ok ? 3 + resultats.indexOf(gagnants[0]!) % 4 : -1);
    console.log(`[verrouillage optimiste] ${N} enregistrements concurrents de la section « Calendrier » depuis la version 1 : 1 enregistré, ${N - 1} CONFLIT, version finale 2.`);
  });

  it("une autre section enregistrée entre-temps n'est pas un conflit : pas d'écrasement possible, on enregistre", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    donnees(await executerAction(modifierCandidature, m.membre, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "", dureeMois: 4 }));
    const r = donnees(await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 1, section: "livrables", livrablesAttendus: "Feuille de route", disciplinesSouhaitees: [], budgetMaterielEuros: null }));
    expect(r.version).toBe(3);
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).toMatchObject({ dureeMois: 4, livrablesAttendus: "Feuille de route" });
  });

  it("une candidature déposée n'est plus modifiable par les porteurs (message en français)", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    await prisma.candidature.update({ where: { id: c.candidatureId }, data: { statut: "deposee" } });
    const r = await executerAction(modifierCandidature, m.maire, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "", dureeMois: 4 });
    expect(r).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
      message: "La candidature est « déposée » : elle ne peut plus être modifiée par les porteurs, sauf si la DGALN demande des corrections.",
    });
    // À corriger : de nouveau modifiable, et retour au brouillon.
    await prisma.candidature.update({ where: { id: c.candidatureId }, data: { statut: "a_corriger" } });
    expect(donnees(await executerAction(modifierCandidature, m.maire, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "", dureeMois: 4 })).statut).toBe("brouillon");
  });

  it("étrangers : modifier, lire une section, la liste de contrôle et la chronologie → INTROUVABLE / null", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    for (const etranger of [m.etrangerCommune, m.etrangerDdt]) {
      const r = await executerAction(modifierCandidature, etranger, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "", dureeMois: 4 });
      expect(r).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
      expect(await lireSection(etranger, c.candidatureId, "note")).toBeNull();
      expect(await checklistCandidature(etranger, c.candidatureId)).toBeNull();
      expect(await listerEvenementsCandidature(etranger, c.candidatureId)).toBeNull();
    }
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } })).toMatchObject({ version: 1, dureeMois: null });
  });
});

describe("liste de contrôle et chronologie", () => {
  it("la liste de contrôle dit ce qui manque, et les boutons offerts à chacun", async () => {
    const m = await monde();
    const signataireEtat = await personne(DDT_53, "signataire_etat");
    const c = await creerFlash(m);
    const vue = (await checklistCandidature(m.membre, c.candidatureId))!;
    expect(vue.depot.ok).toBe(false);
    const messages = vue.depot.bloquants.map((b) => b.message);
    expect(messages).toContain("Indiquez la durée prévue de l'atelier : un atelier flash dure de 3 à 6 mois.");
    expect(messages).toContain("Pièce manquante : note d'opportunité valant candidature.");
    expect(vue.droits).toEqual({ modifier: true, signerCollectivite: false, signerEtat: false, deposer: false, instruire: false });
    expect((await checklistCandidature(m.maire, c.candidatureId))!.droits.signerCollectivite).toBe(true);
    expect((await checklistCandidature(signataireEtat, c.candidatureId))!.droits).toMatchObject({ signerEtat: true, signerCollectivite: false, deposer: false });
  });

  it("la chronologie montre création et modifications, avec l'auteur et un résumé en français ; la chaîne du journal reste intègre", async () => {
    const m = await monde();
    const c = await creerFlash(m);
    donnees(await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois: 5 }));
    const evenements = (await listerEvenementsCandidature(m.maire, c.candidatureId))!;
    expect(evenements.map((e) => [e.type, e.libelle, e.acteur])).toEqual([
      ["candidature.creee", "Création", "Jean Secrétaire"],
      ["candidature.modifiee", "Modification", "Paul Agent"],
    ]);
    expect(evenements[0]!.resume).toBe(`Jean Secrétaire crée la candidature ${c.reference} (atelier flash) pour ${m.commune.nom}, avec DDT de la Mayenne.`);
    expect(evenements[1]!.resume).toBe("Paul Agent modifie la section « Calendrier » (début prévu, durée).");
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });
});
