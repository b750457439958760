// R4 pour un EPCI à cheval sur deux départements (issue 13, point 5 ; décision 026), avec la vraie
// CA Beaune Côte et Sud (SIREN 200006682 : siège en Côte-d'Or, communes en Saône-et-Loire) du
// référentiel : création avec le service du siège ou celui de l'autre département, service d'un
// département étranger refusé par R4 ; la DDT de Saône-et-Loire lit et trouve dans son tableau la
// candidature de la DDT de la Côte-d'Or sans la rédiger ni la cosigner, jusqu'à ce que la DGALN la
// désigne (signatures annulées) ; la DDT de la Mayenne ne voit rien.
import { beforeAll, describe, expect, it } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { collectivitesACheval, porteeCandidature } from "@/lib/autorisations/politique";
import { changerServiceCompetent } from "@/lib/candidatures/changer-service-competent";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { listerMesCandidatures } from "@/lib/candidatures/liste";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { piecesRequises } from "@/lib/candidatures/pieces-requises";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { servicesCompetents, servicesCompetentsProposes } from "@/lib/candidatures/services-competents";
import { signerCandidature } from "@/lib/candidatures/signer-candidature";
import { prisma } from "@/lib/db";
import type { Organisation } from "@/lib/generated/prisma/client";
import { lireFiltres } from "@/lib/instruction/filtres";
import { lireTableau } from "@/lib/instruction/tableau";
import { rechercherCollectivites } from "@/lib/referentiel/recherche";
import { acteurDe } from "../helpers/acteurs";
import { donnees } from "../helpers/candidatures";
import * as f from "../helpers/factories";

const BEAUNE = "200006682";

let beaune: Organisation;
let ddt21: Organisation;
let ddt71: Organisation;
let ddt53: Organisation;
const a = {} as Record<"membre" | "maire" | "agent21" | "signataire21" | "agent71" | "signataire71" | "agent53" | "referent" | "administrateur", Acteur>;

beforeAll(async () => {
  beaune = await f.collectivite(BEAUNE);
  [ddt21, ddt71, ddt53] = await Promise.all([f.serviceEtat("21"), f.serviceEtat("71"), f.serviceEtat("53")]);
  const acteur = async (o: Organisation, role: Parameters<typeof f.creerMembre>[1]) => acteurDe((await f.creerMembre(o, role)).id);
  a.membre = await acteur(beaune, "membre");
  a.maire = await acteur(beaune, "signataire");
  a.agent21 = await acteur(ddt21, "agent");
  a.signataire21 = await acteur(ddt21, "signataire_etat");
  a.agent71 = await acteur(ddt71, "agent");
  a.signataire71 = await acteur(ddt71, "signataire_etat");
  a.agent53 = await acteur(ddt53, "agent");
  a.referent = await acteur(await f.dgaln(), "referent");
  a.administrateur = await acteur(await f.dgaln(), "administrateur");
});

/** Une candidature nationale (session à elle : R7 ne la confond avec aucune autre), créée par le vrai cas d'usage. */
async function creer(acteur: Acteur, serviceEtatId?: string) {
  const session = await f.creerSession({ statut: "ouverte" });
  return executerAction(creerCandidature, acteur, { collectiviteId: beaune.id, format: "national", sessionId: session.id, serviceEtatId });
}

/** Créée puis complétée (pièces exigées, calendrier) : prête à signer au sens des règles. */
async function prete(serviceEtatId?: string) {
  const cree = donnees(await creer(a.membre, serviceEtatId));
  const c = await prisma.candidature.findUniqueOrThrow({ where: { id: cree.candidatureId }, include: { session: true } });
  for (const type of piecesRequises("national", c.session)) await f.creerPiece({ candidature: c, type });
  const m = donnees(
    await executerAction(modifierCandidature, a.membre, { candidatureId: c.id, version: c.version, section: "calendrier", debutPrevu: "2027-03-01", dureeMois: 18 }),
  );
  return { id: c.id, reference: c.reference, hashContenu: m.hashContenu! };
}

/** Toutes les références du tableau d'instruction de l'acteur, toutes pages comprises. */
async function tableau(acteur: Acteur): Promise<string[]> {
  const refs: string[] = [];
  for (let page = 1; ; page++) {
    const r = await lireTableau(acteur, lireFiltres(new URLSearchParams(`page=${page}`)));
    refs.push(...r.lignes.map((l) => l.reference));
    if (page >= r.pages) return refs;
  }
}

describe("EPCI sur deux départements : CA Beaune Côte et Sud (21 et 71)", () => {
  it("propose les services des deux départements, celui du siège (Côte-d'Or) d'abord", async () => {
    const services = await servicesCompetents(beaune.id);
    expect(services.map((s) => [s.id, s.departement.code, s.siege])).toEqual([
      [ddt21.id, "21", true],
      [ddt71.id, "71", false],
    ]);
    expect(services[1]!.departement.nom).toBe("Saône-et-Loire");
    // Un agent de l'État crée pour son service : on ne lui propose que le sien.
    expect((await servicesCompetentsProposes(a.agent71, beaune.id)).map((s) => s.id)).toEqual([ddt71.id]);
    expect((await servicesCompetentsProposes(a.membre, beaune.id)).map((s) => s.id)).toEqual([ddt21.id, ddt71.id]);
  });

  it("l'agent de la DDT de Saône-et-Loire trouve l'EPCI dans sa recherche et crée avec son service", async () => {
    const cherche = (inclus?: string[]) => rechercherCollectivites(prisma, BEAUNE, { departements: ["71"], inclus });
    expect(await cherche()).toEqual([]);
    expect((await cherche(collectivitesACheval(a.agent71, ["71"]))).map((c) => c.id)).toEqual([beaune.id]);
    const cree = donnees(await creer(a.agent71));
    expect(cree.serviceEtat.id).toBe(ddt71.id);
    // Il ne crée pas au nom d'un autre service, qu'il ne pourrait plus rédiger.
    expect(await creer(a.agent71, ddt21.id)).toMatchObject({ ok: false, code: "ACCES_REFUSE", fieldErrors: { serviceEtatId: ["Choisissez votre service."] } });
  });

  it("crée avec le service du siège par défaut, ou avec celui de l'autre département choisi", async () => {
    const parDefaut = donnees(await creer(a.membre));
    expect(parDefaut.serviceEtat).toEqual({ id: ddt21.id, nom: ddt21.nom });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: parDefaut.candidatureId } })).toMatchObject({ serviceEtatId: ddt21.id, codeDepartement: "21" });

    const choisi = donnees(await creer(a.membre, ddt71.id));
    expect(choisi.serviceEtat).toEqual({ id: ddt71.id, nom: ddt71.nom });
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: choisi.candidatureId } });
    expect(ligne).toMatchObject({ serviceEtatId: ddt71.id, codeDepartement: "71", codeRegion: "27" });
    const evenement = await prisma.evenement.findFirstOrThrow({ where: { candidatureId: ligne.id, type: "candidature.creee" } });
    expect(evenement.resume).toContain(ddt71.nom);
  });

  it("refuse le service d'un département où l'EPCI n'a aucune commune, avec le message de R4, sans rien créer", async () => {
    const avant = await prisma.candidature.count();
    const r = await creer(a.membre, ddt53.id);
    expect(r).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R4_SERVICE_INCOMPETENT"] });
    if (r.ok) return;
    expect(r.message).toBe(
      `Le service de l'État cosignataire doit être celui de l'un des départements 21 ou 71, où se trouve la Communauté d'agglomération Beaune, Côte et Sud - Communauté Beaune-Chagny-Nolay : la DDT de la Mayenne (département 53) n'est pas le service compétent.`,
    );
    expect(await prisma.candidature.count()).toBe(avant);
    // Un identifiant qui n'est pas un service de l'État : refusé sur le champ.
    expect(await creer(a.membre, beaune.id)).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { serviceEtatId: [expect.any(String)] } });
  });

  it("la DDT de Saône-et-Loire lit la candidature de la DDT de la Côte-d'Or et la trouve dans son tableau, sans la rédiger", async () => {
    const { candidatureId, reference } = donnees(await creer(a.membre));
    expect(await trouverCandidature(a.agent71, candidatureId)).toMatchObject({ id: candidatureId, serviceEtatId: ddt21.id });
    expect(await tableau(a.agent71)).toContain(reference);
    expect((await listerMesCandidatures(a.agent71, { tri: "modification", page: 1 })).lignes.map((l) => l.reference)).toContain(reference);
    // La portée reste une seule clause : service, département, ou collectivité à cheval.
    expect(porteeCandidature(a.agent71, "lire")).toEqual({
      OR: [{ serviceEtatId: { in: [ddt71.id] } }, { codeDepartement: { in: ["71"] } }, { collectivitePrincipaleId: { in: expect.arrayContaining([beaune.id]) } }],
    });
    // R4 : seul le service compétent co-écrit.
    const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: candidatureId } });
    const ecrit = await executerAction(modifierCandidature, a.agent71, { candidatureId, version: ligne.version, section: "calendrier", debutPrevu: "2027-03-01", dureeMois: 18 });
    expect(ecrit).toMatchObject({ ok: false, code: "INTROUVABLE" });
    expect(await executerAction(modifierCandidature, a.agent21, { candidatureId, version: ligne.version, section: "calendrier", debutPrevu: "2027-03-01", dureeMois: 18 })).toMatchObject({ ok: true });
  });

  it("la DDT d'un autre département (Mayenne) ne voit rien", async () => {
    const { candidatureId, reference } = donnees(await creer(a.membre, ddt71.id));
    expect(await trouverCandidature(a.agent53, candidatureId)).toBeNull();
    expect(await tableau(a.agent53)).not.toContain(reference);
    expect(await executerAction(changerServiceCompetent, a.agent53, { candidatureId, serviceEtatId: ddt53.id })).toMatchObject({ ok: false, code: "INTROUVABLE" });
  });

  it("la DDT 71 ne cosigne pas tant que la DDT 21 est compétente ; la DGALN la désigne, les signatures sont annulées, elle cosigne", async () => {
    const c = await prete();
    donnees(await executerAction(signerCandidature, a.maire, { candidatureId: c.id, partie: "collectivite", hashContenu: c.hashContenu }));
    const refus = await executerAction(signerCandidature, a.signataire71, { candidatureId: c.id, partie: "etat", hashContenu: c.hashContenu, avis: "favorable" });
    expect(refus).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    if (!refus.ok) expect(refus.message).toContain("DDT de la Côte-d'Or");

    // Les porteurs ne changent pas le service : seule la DGALN.
    expect(await executerAction(changerServiceCompetent, a.maire, { candidatureId: c.id, serviceEtatId: ddt71.id })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    expect(await executerAction(changerServiceCompetent, a.referent, { candidatureId: c.id, serviceEtatId: ddt53.id })).toMatchObject({
      ok: false,
      code: "REGLE_NON_RESPECTEE",
      regles: ["R4_SERVICE_INCOMPETENT"],
    });

    const change = donnees(await executerAction(changerServiceCompetent, a.referent, { candidatureId: c.id, serviceEtatId: ddt71.id }));
    expect(change).toMatchObject({ ancien: { id: ddt21.id }, nouveau: { id: ddt71.id } });
    expect(change.signaturesInvalidees.map((s) => s.partie)).toEqual(["collectivite"]);
    const apres = await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } });
    expect(apres).toMatchObject({ serviceEtatId: ddt71.id, codeDepartement: "71", statut: "brouillon" });
    expect(apres.hashContenu).not.toBe(c.hashContenu);
    expect(await prisma.signature.count({ where: { candidatureId: c.id, invalideeLe: null } })).toBe(0);
    const types = (await prisma.evenement.findMany({ where: { candidatureId: c.id }, orderBy: { id: "asc" }, select: { type: true } })).map((e) => e.type);
    expect(types.slice(-2)).toEqual(["candidature.service_change", "signature.invalidee"]);
    // Le maire est prévenu de l'annulation.
    const maire = await prisma.utilisateur.findUniqueOrThrow({ where: { id: a.maire.id } });
    expect(await prisma.courriel.count({ where: { destinataire: maire.email, sujet: { startsWith: "Signatures annulées" } } })).toBe(1);

    // La DDT 71 cosigne maintenant ; la DDT 21 ne le peut plus, mais lit toujours.
    const hashContenu = apres.hashContenu!;
    expect(await executerAction(signerCandidature, a.signataire21, { candidatureId: c.id, partie: "etat", hashContenu, avis: "favorable" })).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
    });
    expect(await trouverCandidature(a.agent21, c.id)).not.toBeNull();
    donnees(await executerAction(signerCandidature, a.signataire71, { candidatureId: c.id, partie: "etat", hashContenu, avis: "favorable" }));
    donnees(await executerAction(signerCandidature, a.maire, { candidatureId: c.id, partie: "collectivite", hashContenu }));
    expect((await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).statut).toBe("signee");

    // Même service : refusé ; et plus rien ne change après le dépôt.
    expect(await executerAction(changerServiceCompetent, a.administrateur, { candidatureId: c.id, serviceEtatId: ddt71.id })).toMatchObject({ ok: false, code: "INVALIDE" });
    await prisma.candidature.update({ where: { id: c.id }, data: { statut: "deposee" } });
    expect(await executerAction(changerServiceCompetent, a.administrateur, { candidatureId: c.id, serviceEtatId: ddt21.id })).toMatchObject({
      ok: false,
      code: "ETAT_INCOMPATIBLE",
    });
  });
});
