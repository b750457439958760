// Co-signature et dépôt sur une vraie base : signatures liées à l'empreinte du contenu, annulées par
// toute modification ; dépôt atomique et idempotent sous N requêtes concurrentes (un dépôt, un
// récépissé) ; récépissé PDF (contenu vérifié) et sa route ; règles refusées par le vrai chemin ;
// étrangers refusés ; chaîne du journal intègre.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { verifierChaine } from "@/lib/audit/journal";
import { checklistCandidature } from "@/lib/candidatures/checklist";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { deposerCandidature } from "@/lib/candidatures/deposer-candidature";
import { modifierCandidature } from "@/lib/candidatures/modifier-candidature";
import { MESSAGE_CONTENU_CHANGE, signerCandidature } from "@/lib/candidatures/signer-candidature";
import { listerEvenementsCandidature } from "@/lib/candidatures/timeline";
import { prisma } from "@/lib/db";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { deNom } from "@/lib/format/collectivites";
import type { FormatAtelier, RoleAppartenance, TypePiece } from "@/lib/generated/prisma/client";
import { deposerPiece } from "@/lib/pieces/deposer-piece";
import { extraireTextePdf } from "@/lib/recepisse/texte-pdf";
import { idServiceEtat } from "@/lib/referentiel/identifiants";
import { acteurDe } from "@/tests/helpers/acteurs";
import { creerSession } from "@/tests/helpers/factories";
import { GET as recepisse } from "@/app/api/candidatures/[id]/recepisse/route";

// Hissés avant les imports par vitest. Assez de connexions pour que les dépôts concurrents se
// rencontrent vraiment dans PostgreSQL ; la session des routes vient du cookie de next-auth.
vi.hoisted(() => {
  process.env.DATABASE_POOL_MAX = "40";
});
const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton ? { name: nom, value: cookie.jeton } : undefined) }),
}));

const DDT_53 = idServiceEtat("53");
const DDT_44 = idServiceEtat("44");

async function personne(organisationId: string, role: RoleAppartenance, prenom = "Camille", nom: string = role): Promise<Acteur> {
  const u = await prisma.utilisateur.create({
    data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, prenom, nom, appartenances: { create: { organisationId, role } } },
  });
  return acteurDe(u.id);
}

async function connecter(acteur: Acteur | null) {
  cookie.jeton = acteur ? randomUUID() : undefined;
  if (acteur) await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton!, utilisateurId: acteur.id, expires: new Date(Date.now() + 3_600_000) } });
}

let rang = 0;
async function communeLibre() {
  const [commune] = await prisma.organisation.findMany({ where: { type: "commune", codeDepartement: "53" }, orderBy: { population: "desc" }, skip: rang++, take: 1 });
  return commune!;
}

function donnees<T>(resultat: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!resultat.ok) throw new Error(`Action refusée : ${resultat.code} — ${resultat.message}`);
  return resultat.data;
}

const pdf = (texte: string) => Buffer.from(`%PDF-1.7\n% ${texte} ${randomUUID()}\n%%EOF\n`);
const PIECES: Record<FormatAtelier, TypePiece[]> = {
  flash: ["note_opportunite", "courrier_soutien_collectivite", "courrier_engagement_etat"],
  local: ["note_opportunite", "courrier_soutien_collectivite", "courrier_soutien_prefet", "courrier_engagement_etat"],
  national: ["note_opportunite", "courrier_soutien_collectivite", "courrier_soutien_prefet", "courrier_engagement_etat"],
};

/** Une candidature complète (toutes règles satisfaites sauf les signatures), et ceux qui la portent. */
async function candidatureComplete(format: FormatAtelier = "flash", options: { sessionId?: string; pieces?: boolean } = {}) {
  const commune = await communeLibre();
  const m = {
    commune,
    membre: await personne(commune.id, "membre", "Jean", "Secrétaire"),
    maire: await personne(commune.id, "signataire", "Marie", "Maire"),
    agent: await personne(DDT_53, "agent", "Paul", "Agent"),
    signataireEtat: await personne(DDT_53, "signataire_etat", "Sophie", "Directrice"),
    autreSignataireEtat: await personne(DDT_53, "signataire_etat", "Luc", "Adjoint"),
    etrangerCommune: await personne((await communeLibre()).id, "signataire"),
    etrangerDdt: await personne(DDT_44, "signataire_etat"),
  };
  const c = donnees(await executerAction(creerCandidature, m.membre, { collectiviteId: commune.id, format, sessionId: options.sessionId }));
  const duree = { flash: 5, local: 12, national: 18 }[format];
  const version = donnees(
    await executerAction(modifierCandidature, m.agent, { candidatureId: c.candidatureId, version: 1, section: "calendrier", debutPrevu: "2027-05-01", dureeMois: duree }),
  ).version;
  const note = { titre: `Réinvestir le centre de ${commune.nom}`, localisation: "Centre-bourg", objet: "Esquisse de plan-guide", objectifs: "Partager un diagnostic", ressources: "", dynamiquesTerritoire: "", dynamiquesAmenagement: "" };
  donnees(await executerAction(modifierCandidature, m.membre, { candidatureId: c.candidatureId, version, section: "note", ...note }));
  for (const type of options.pieces === false ? [] : PIECES[format]) {
    donnees(await executerAction(deposerPiece, m.membre, { candidatureId: c.candidatureId, type, nomFichier: `${type}.pdf`, contenu: pdf(type) }));
  }
  const ligne = await prisma.candidature.findUniqueOrThrow({ where: { id: c.candidatureId } });
  return { ...m, id: c.candidatureId, reference: c.reference, hashContenu: ligne.hashContenu!, version: ligne.version };
}

type Candidature = Awaited<ReturnType<typeof candidatureComplete>>;

const signerCollectivite = (c: Candidature, hashContenu = c.hashContenu) =>
  executerAction(signerCandidature, c.maire, { candidatureId: c.id, partie: "collectivite", hashContenu });
const signerEtat = (c: Candidature, hashContenu = c.hashContenu) =>
  executerAction(signerCandidature, c.signataireEtat, { candidatureId: c.id, partie: "etat", hashContenu, avis: "reserve", avisTexte: "Préciser le calendrier des ateliers in situ." });

const contexte = (id: string) => ({ params: Promise.resolve({ id }) });

describe("signer", () => {
  it("les deux parties signent le contenu relu : brouillon, puis « signée » ; l'autre partie est prévenue", async () => {
    const c = await candidatureComplete();
    const sc = donnees(await signerCollectivite(c));
    expect(sc).toMatchObject({ partie: "collectivite", statut: "brouillon", hashContenu: c.hashContenu, remplace: false });
    const avis = await executerAction(signerCandidature, c.signataireEtat, { candidatureId: c.id, partie: "etat", hashContenu: c.hashContenu, avis: "reserve" });
    expect(avis).toMatchObject({ ok: false, code: "INVALIDE", fieldErrors: { avisTexte: ["Un avis réservé doit être motivé : précisez vos réserves."] } });
    const se = donnees(await signerEtat(c));
    expect(se).toMatchObject({ partie: "etat", statut: "signee" });
    const signatures = await prisma.signature.findMany({ where: { candidatureId: c.id, invalideeLe: null } });
    expect(signatures.map((s) => [s.partie, s.hashContenu, s.avis])).toEqual(
      expect.arrayContaining([["collectivite", c.hashContenu, null], ["etat", c.hashContenu, "reserve"]]),
    );
    const aLaCollectivite = await prisma.courriel.findFirstOrThrow({ where: { destinataire: c.maire.email, sujet: `Candidature ${c.reference} signée par les deux parties` } });
    expect(aLaCollectivite.texte).toContain("le service de l'État compétent peut maintenant déposer la candidature");
    const aLEtat = await prisma.courriel.findFirstOrThrow({ where: { destinataire: c.agent.email, sujet: { contains: "signature de la collectivité" } } });
    expect(aLEtat.texte).toContain("Marie Maire a signé la candidature");
  });

  it("signer à nouveau remplace sa propre signature ; un contenu relu périmé est refusé", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    expect(donnees(await signerCollectivite(c)).remplace).toBe(true);
    const toutes = await prisma.signature.findMany({ where: { candidatureId: c.id }, orderBy: { signeeLe: "asc" } });
    expect(toutes.map((s) => s.invalideeLe === null)).toEqual([false, true]);
    expect(toutes[0]!.motifInvalidation).toBe("Remplacée par une nouvelle signature de Marie Maire.");
    expect(await signerCollectivite(c, "0".repeat(64))).toMatchObject({ ok: false, code: "CONFLIT", message: MESSAGE_CONTENU_CHANGE });
  });

  it("qui voit sans pouvoir signer lit pourquoi ; les étrangers reçoivent INTROUVABLE", async () => {
    const c = await candidatureComplete();
    const membre = await executerAction(signerCandidature, c.membre, { candidatureId: c.id, partie: "collectivite", hashContenu: c.hashContenu });
    expect(membre).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: `Seul un signataire ${deNom(c.commune.nom)}, collectivité principale, peut signer pour la collectivité.` });
    const agent = await executerAction(signerCandidature, c.agent, { candidatureId: c.id, partie: "etat", hashContenu: c.hashContenu, avis: "favorable" });
    expect(agent).toMatchObject({ ok: false, code: "ACCES_REFUSE", message: expect.stringContaining("service de l'État compétent, peut signer pour l'État") });
    expect(await executerAction(signerCandidature, c.maire, { candidatureId: c.id, partie: "etat", hashContenu: c.hashContenu, avis: "favorable" })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    for (const [etranger, partie] of [[c.etrangerCommune, "collectivite"], [c.etrangerDdt, "etat"]] as const) {
      const r = await executerAction(signerCandidature, etranger, { candidatureId: c.id, partie, hashContenu: c.hashContenu, avis: partie === "etat" ? "favorable" : undefined });
      expect(r).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
    expect(await prisma.signature.count({ where: { candidatureId: c.id } })).toBe(0);
  });

  it("R5 et R3 : on ne signe pas une candidature incomplète ou hors d'échelle (messages des règles)", async () => {
    const incomplete = await candidatureComplete("flash", { pieces: false });
    const r5 = await signerCollectivite(incomplete);
    expect(r5).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R5_PIECE_MANQUANTE", "R5_PIECE_MANQUANTE", "R5_PIECE_MANQUANTE"] });
    const local = await candidatureComplete("local");
    const r3 = await signerCollectivite(local);
    expect(r3).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R3_ECHELLE_LOCAL"] });
  });
});

describe("modifier après signature", () => {
  it("une modification annule les deux signatures (visible, journalisée, annoncée aux deux parties) ; on resigne et la candidature redevient « signée »", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    const modif = donnees(await executerAction(modifierCandidature, c.agent, { candidatureId: c.id, version: c.version, section: "calendrier", debutPrevu: "2027-06-01", dureeMois: 6 }));
    expect(modif.statut).toBe("brouillon");
    expect(modif.signaturesInvalidees.map((s) => [s.partie, s.signataire]).sort()).toEqual([["collectivite", "Marie Maire"], ["etat", "Sophie Directrice"]]);
    const annulees = await prisma.signature.findMany({ where: { candidatureId: c.id } });
    expect(annulees.every((s) => s.invalideeLe && s.motifInvalidation === "Contenu modifié : la section « Calendrier » a été modifiée par Paul Agent.")).toBe(true);
    const courriels = await prisma.courriel.findMany({ where: { sujet: `Signatures annulées : la candidature ${c.reference} a été modifiée` } });
    expect(courriels.map((x) => x.destinataire)).toEqual(expect.arrayContaining([c.maire.email, c.membre.email, c.signataireEtat.email]));
    const depot = await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: modif.hashContenu! });
    expect(depot).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R6_SIGNATURE_A_RENOUVELER", "R6_SIGNATURE_A_RENOUVELER"] });
    donnees(await signerCollectivite(c, modif.hashContenu!));
    expect(donnees(await signerEtat(c, modif.hashContenu!)).statut).toBe("signee");
    // Une action, une ligne : la modification dit elle-même quelles signatures elle a annulées.
    const evenements = (await listerEvenementsCandidature(c.maire, c.id))!;
    const libelles = evenements.map((e) => e.libelle);
    expect(libelles).not.toContain("Signature annulée");
    expect(libelles.filter((l) => l === "Signature")).toHaveLength(4);
    const modification = evenements.findLast((e) => e.resume === "Paul Agent modifie la section « Calendrier » (début prévu, durée).")!;
    expect(modification.signaturesAnnulees).toBe(
      "Signatures annulées, à renouveler : Marie Maire pour la collectivité et Sophie Directrice pour le service de l'État.",
    );
  });

  it("un enregistrement de « Livrables et équipe » sur une candidature signée fait une seule ligne de chronologie", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    const avant = (await listerEvenementsCandidature(c.membre, c.id))!;
    const livrables = { livrablesAttendus: "Esquisse de plan-guide", disciplinesSouhaitees: ["Urbanisme", "Paysage"], budgetMaterielEuros: "5000" };
    const modif = donnees(await executerAction(modifierCandidature, c.membre, { candidatureId: c.id, version: c.version, section: "livrables", ...livrables }));
    expect(modif.signaturesInvalidees).toHaveLength(2);
    // Le même enregistrement renvoyé (bouton puis départ de la section) n'écrit rien de plus.
    donnees(await executerAction(modifierCandidature, c.membre, { candidatureId: c.id, version: modif.version, section: "livrables", ...livrables, budgetMaterielEuros: 5000 }));
    const apres = (await listerEvenementsCandidature(c.membre, c.id))!;
    expect(apres).toHaveLength(avant.length + 1);
    expect(apres.at(-1)).toMatchObject({
      libelle: "Modification",
      resume: "Jean Secrétaire modifie la section « Livrables et équipe » (livrables attendus, disciplines souhaitées, budget des frais matériels).",
      signaturesAnnulees: "Signatures annulées, à renouveler : Marie Maire pour la collectivité et Sophie Directrice pour le service de l'État.",
    });
    // Le journal garde la trace de chaque signature annulée, et sa chaîne reste intègre.
    expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "signature.invalidee" } })).toBe(2);
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });
});

describe("déposer", () => {
  it("parcours complet : dépôt par la DDT, récépissé PDF (référence, signataires, empreinte), courriels, lecture seule, même récépissé pour les deux parties", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    const d = donnees(await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu }));
    expect(d).toMatchObject({ numero: 1, numeroRecepisse: `${c.reference}-D1`, dejaDeposee: false, hashContenu: c.hashContenu, cheminRecepisse: `/api/candidatures/${c.id}/recepisse?numero=1` });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ statut: "deposee", deposeeLe: d.deposeLe });
    const depot = await prisma.depot.findUniqueOrThrow({ where: { id: d.depotId }, include: { recepisse: true } });
    const texte = extraireTextePdf(depot.recepisse!.contenu);
    expect(texte).toContain("Récépissé de dépôt de candidature");
    expect(texte).toContain(`Récépissé n° : ${c.reference}-D1`);
    expect(texte).toContain(`Candidature : ${c.reference}`);
    expect(texte).toMatch(/Signée par Marie Maire le .+ \(heure de Paris\)\./);
    expect(texte).toMatch(/Signée par Sophie Directrice le .+ \(heure de Paris\)\./);
    expect(texte).toContain("Avis réservé : Préciser le calendrier des ateliers in situ.");
    expect(texte).toContain(c.hashContenu);
    expect(texte).toContain("Esquisse de plan-guide");
    const courriel = await prisma.courriel.findFirstOrThrow({ where: { destinataire: c.maire.email, sujet: `Candidature ${c.reference} déposée — récépissé ${c.reference}-D1` } });
    expect(courriel.texte).toContain(`/api/candidatures/${c.id}/recepisse`);
    expect(await prisma.courriel.count({ where: { destinataire: c.signataireEtat.email, sujet: { contains: "déposée — récépissé" } } })).toBe(1);

    // Les deux parties téléchargent le même récépissé.
    const octets: Buffer[] = [];
    for (const qui of [c.maire, c.agent]) {
      await connecter(qui);
      const reponse = await recepisse(new Request(`http://localhost/api/candidatures/${c.id}/recepisse`), contexte(c.id));
      expect(reponse.status).toBe(200);
      expect(reponse.headers.get("content-type")).toBe("application/pdf");
      expect(reponse.headers.get("content-disposition")).toContain(`filename="recepisse-${c.reference}-D1.pdf"`);
      octets.push(Buffer.from(await reponse.arrayBuffer()));
    }
    expect(octets[0]!.equals(octets[1]!)).toBe(true);
    expect(octets[0]!.equals(Buffer.from(depot.recepisse!.contenu))).toBe(true);
    for (const etranger of [c.etrangerCommune, c.etrangerDdt]) {
      await connecter(etranger);
      expect((await recepisse(new Request(`http://localhost/api/candidatures/${c.id}/recepisse`), contexte(c.id))).status).toBe(404);
    }
    await connecter(c.maire);
    expect((await recepisse(new Request(`http://localhost/api/candidatures/${c.id}/recepisse?numero=x`), contexte(c.id))).status).toBe(400);
    expect((await recepisse(new Request(`http://localhost/api/candidatures/${c.id}/recepisse?numero=2`), contexte(c.id))).status).toBe(404);
    await connecter(null);
    expect((await recepisse(new Request(`http://localhost/api/candidatures/${c.id}/recepisse`), contexte(c.id))).status).toBe(401);

    // Déposée : lecture seule pour les porteurs.
    const modif = await executerAction(modifierCandidature, c.maire, { candidatureId: c.id, version: c.version, section: "calendrier", debutPrevu: "", dureeMois: 4 });
    expect(modif).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE", message: expect.stringContaining("ne peut plus être modifiée par les porteurs") });
    expect(await executerAction(deposerPiece, c.membre, { candidatureId: c.id, type: "autre", nomFichier: "x.pdf", contenu: pdf("x") })).toMatchObject({ ok: false, code: "ETAT_INCOMPATIBLE" });
    const types = (await listerEvenementsCandidature(c.agent, c.id))!.map((e) => e.type);
    expect(types.at(-1)).toBe("candidature.deposee");
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("idempotent sous concurrence : 20 dépôts simultanés par deux signataires de la DDT → 1 dépôt, 1 récépissé, 20 réponses au même numéro", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    const N = 20;
    // Pour que les N requêtes se rencontrent vraiment : une autre connexion tient le verrou de la
    // ligne ; on attend que les N transactions y soient bloquées ensemble, puis on le relâche.
    const tenant = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await tenant.connect();
    await tenant.query("BEGIN");
    await tenant.query("SELECT 1 FROM candidature WHERE id = $1 FOR UPDATE", [c.id]);
    const debut = performance.now();
    const enCours = Promise.all(
      Array.from({ length: N }, (_, i) =>
        executerAction(deposerCandidature, i % 2 ? c.autreSignataireEtat : c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu }),
      ),
    );
    let bloquees = 0;
    for (let essai = 0; essai < 200 && bloquees < N; essai++) {
      await new Promise((r) => setTimeout(r, 50));
      // pg_stat_activity est figé pour toute la transaction du tenant : on demande un nouvel instantané.
      await tenant.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await tenant.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'UPDATE%candidature%'`,
      );
      bloquees = rows[0]!.n;
    }
    await tenant.query("COMMIT");
    await tenant.end();
    const resultats = await enCours;
    const duree = Math.round(performance.now() - debut);
    expect(bloquees).toBe(N);
    const reussis = resultats.filter((r) => r.ok);
    expect(reussis).toHaveLength(N);
    const numeros = new Set(reussis.map((r) => r.ok && r.data.numeroRecepisse));
    expect([...numeros]).toEqual([`${c.reference}-D1`]);
    const nouveaux = reussis.filter((r) => r.ok && !r.data.dejaDeposee).length;
    expect(nouveaux).toBe(1);
    const depots = await prisma.depot.findMany({ where: { candidatureId: c.id } });
    expect(depots).toHaveLength(1);
    const recepisses = await prisma.fichier.count({ where: { depots: { some: { candidatureId: c.id } } } });
    expect(recepisses).toBe(1);
    expect(await prisma.evenement.count({ where: { candidatureId: c.id, type: "candidature.deposee" } })).toBe(1);
    expect(await prisma.courriel.count({ where: { destinataire: c.maire.email, sujet: { contains: "déposée — récépissé" } } })).toBe(1);
    console.log(
      `[dépôt concurrent] N = ${N} requêtes simultanées (2 signataires de la DDT, pool de ${process.env.DATABASE_POOL_MAX} connexions), ` +
        `${bloquees} bloquées ensemble sur le verrou de la ligne puis relâchées, ${duree} ms en tout : ` +
        `${depots.length} dépôt, ${recepisses} récépissé, ${reussis.length}/${N} réponses « ok » au numéro ${[...numeros][0]} (${nouveaux} nouveau, ${N - nouveaux} « déjà déposée »), 0 erreur.`,
    );
    // Plus tard, un clic de plus rend toujours le même dépôt.
    expect(donnees(await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu }))).toMatchObject({ dejaDeposee: true, numero: 1 });
    expect(await verifierChaine(prisma)).toMatchObject({ valide: true });
  });

  it("refus : une seule signature (R6), contenu relu périmé, la collectivité ne dépose pas, étrangers INTROUVABLE", async () => {
    const c = await candidatureComplete();
    donnees(await signerCollectivite(c));
    const r6 = await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu });
    expect(r6).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R6_SIGNATURE_MANQUANTE"] });
    donnees(await signerEtat(c));
    expect(await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: "1".repeat(64) })).toMatchObject({ ok: false, code: "CONFLIT" });
    expect(await executerAction(deposerCandidature, c.maire, { candidatureId: c.id, hashContenu: c.hashContenu })).toMatchObject({
      ok: false,
      code: "ACCES_REFUSE",
      message: "Le dépôt revient au service de l'État compétent : un signataire de la DDT de la Mayenne dépose la candidature.",
    });
    expect(await executerAction(deposerCandidature, c.agent, { candidatureId: c.id, hashContenu: c.hashContenu })).toMatchObject({ ok: false, code: "ACCES_REFUSE" });
    for (const etranger of [c.etrangerCommune, c.etrangerDdt]) {
      expect(await executerAction(deposerCandidature, etranger, { candidatureId: c.id, hashContenu: c.hashContenu })).toMatchObject({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE });
    }
    expect(await prisma.depot.count({ where: { candidatureId: c.id } })).toBe(0);
  });

  it("R1 : un atelier national ne se dépose plus après la clôture de sa session (heure de Paris)", async () => {
    const session = await creerSession();
    const c = await candidatureComplete("national", { sessionId: session.id });
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    await prisma.sessionAmi.update({ where: { id: session.id }, data: { clotureLe: new Date(Date.now() - 60_000) } });
    const r = await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu });
    expect(r).toMatchObject({ ok: false, code: "REGLE_NON_RESPECTEE", regles: ["R1_SESSION_CLOTUREE"] });
    expect(await prisma.candidature.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ statut: "signee" });
  });

  it("une candidature déposée reste jugée à la date de son dépôt : la session close depuis ne la rend pas « refusée » après coup", async () => {
    const session = await creerSession();
    const c = await candidatureComplete("national", { sessionId: session.id });
    donnees(await signerCollectivite(c));
    donnees(await signerEtat(c));
    donnees(await executerAction(deposerCandidature, c.signataireEtat, { candidatureId: c.id, hashContenu: c.hashContenu }));
    // Déposée avant-hier, la session a fermé hier et en est à la délibération.
    const deposeeLe = new Date(Date.now() - 2 * 86_400_000);
    await prisma.candidature.update({ where: { id: c.id }, data: { deposeeLe } });
    await prisma.sessionAmi.update({ where: { id: session.id }, data: { clotureLe: new Date(Date.now() - 86_400_000), statut: "en_deliberation" } });
    const controle = await checklistCandidature(c.membre, c.id);
    expect(controle?.evalueeLe).toEqual(deposeeLe);
    expect(controle?.rubriques.find((r) => r.regle === "R1")).toMatchObject({ etat: "ok" });
    // Renvoyée en correction, elle se prépare à nouveau : jugée maintenant, la session close la refuse.
    await prisma.candidature.update({ where: { id: c.id }, data: { statut: "a_corriger" } });
    const enCorrection = await checklistCandidature(c.membre, c.id);
    expect(enCorrection?.evalueeLe).toBeNull();
    expect(enCorrection?.rubriques.find((r) => r.regle === "R1")).toMatchObject({ etat: "refuse" });
  });
});
