// Session de délibération du banc (issue 13) : une session nationale « en délibération » de
// 300 candidatures × 10 jurés × 8 critères, ajoutée à la base du banc national (`npm run bench:donnees`)
// pour mesurer le tableau de délibération (`npm run bench:deliberation`). Les collectivités, services
// de l'État et jurés viennent du jeu national ; chaque candidature a trois jurés (90 chacun) et
// chaque affectation une évaluation soumise (une note de 0 à 5 par critère, comme après
// lib/jury/evaluer.ts : `soumiseLe` sur l'affectation et sur chaque note).
//
// Idempotent : la session est retrouvée par son slug ; si elle existe, elle est seulement remise dans
// l'état mesuré (session en délibération, candidatures en instruction, décisions effacées), ce qu'une
// mesure qui décide (décision en lot) a pu changer. Reproductible : identifiants et notes tirés
// d'une graine fixe. Écritures par `createMany` en lots, dans une transaction.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Alea } from "./donnees-nationales/alea";
import { CRITERES } from "./donnees-nationales/sessions";

export const SLUG_SESSION_DELIBERATION = "banc-deliberation-300";
export const DIMENSIONS_DELIBERATION = { candidatures: 300, jures: 10, criteres: 8, juresParCandidature: 3, quota: 30 } as const;

/** Poids des huit critères, en % (somme 100). */
const POIDS = [20, 15, 15, 10, 10, 10, 10, 10] as const;
const GRAINE = 1313;
const LOT = 1_000;
// Dates fixes (reproductibilité) : session 2026 close au printemps, délibération en cours.
const OUVERTURE = new Date("2026-01-15T08:00:00Z");
const CLOTURE = new Date("2026-04-15T10:00:00Z");
const SELECTION = new Date("2026-12-15T09:00:00Z");
const AFFECTATION = new Date("2026-04-25T08:00:00Z");

/** Erreur attendue (données nationales absentes, session abîmée) : message en français, sortie non nulle. */
export class ErreurBanc extends Error {}

export type SessionDeliberation = {
  sessionId: string;
  /** Vrai si la session vient d'être créée, faux si elle a été réutilisée. */
  creee: boolean;
  /** Lignes remises en état (candidatures, décisions, session) quand elle a été réutilisée. */
  remisesEnEtat: number;
  secondes: number;
  comptes: { candidatures: number; jures: number; criteres: number; affectations: number; evaluations: number };
};

const jourPlus = (d: Date, jours: number, heures = 0) => new Date(d.getTime() + (jours * 24 + heures) * 3_600_000);

export async function preparerSessionDeliberation(prisma: PrismaClient, log: (m: string) => void = () => {}): Promise<SessionDeliberation> {
  const debut = performance.now();
  await verifierDonneesNationales(prisma);
  const existante = await prisma.sessionAmi.findUnique({ where: { slug: SLUG_SESSION_DELIBERATION }, select: { id: true } });
  let creee = false;
  let remisesEnEtat = 0;
  if (existante) {
    remisesEnEtat = await remettreEnEtat(prisma, existante.id);
    log(remisesEnEtat ? `Session « ${SLUG_SESSION_DELIBERATION} » réutilisée, ${remisesEnEtat} ligne(s) remise(s) en état.` : `Session « ${SLUG_SESSION_DELIBERATION} » réutilisée.`);
  } else {
    await creerSession(prisma, log);
    creee = true;
  }
  const session = await prisma.sessionAmi.findUniqueOrThrow({ where: { slug: SLUG_SESSION_DELIBERATION }, select: { id: true } });
  await assurerDepots(prisma, session.id);
  const comptes = await compter(prisma, session.id);
  const d = DIMENSIONS_DELIBERATION;
  const attendu = { candidatures: d.candidatures, jures: d.jures, criteres: d.criteres, affectations: d.candidatures * d.juresParCandidature, evaluations: d.candidatures * d.juresParCandidature * d.criteres };
  for (const cle of Object.keys(attendu) as (keyof typeof attendu)[]) {
    if (comptes[cle] !== attendu[cle]) {
      throw new ErreurBanc(
        `La session « ${SLUG_SESSION_DELIBERATION} » a ${comptes[cle]} ${cle} au lieu de ${attendu[cle]} : relancez \`npm run bench:donnees\` pour repartir d'une base propre.`,
      );
    }
  }
  return { sessionId: session.id, creee, remisesEnEtat, secondes: (performance.now() - debut) / 1000, comptes };
}

/** Le jeu national est là : des sessions « banc-… » et leurs candidatures nationales. */
async function verifierDonneesNationales(prisma: PrismaClient): Promise<void> {
  const nationales = await prisma.candidature.count({ where: { format: "national", session: { slug: { startsWith: "banc-", not: SLUG_SESSION_DELIBERATION } } } });
  if (nationales === 0) {
    throw new ErreurBanc("Les données nationales du banc sont absentes (aucune candidature nationale des sessions « banc-… ») : lancez d'abord `npm run bench:donnees`.");
  }
}

async function compter(prisma: PrismaClient, sessionId: string): Promise<SessionDeliberation["comptes"]> {
  const [candidatures, jures, criteres, affectations, evaluations] = await Promise.all([
    prisma.candidature.count({ where: { sessionId, statut: "en_instruction" } }),
    prisma.membreJury.count({ where: { sessionId } }),
    prisma.critereEvaluation.count({ where: { sessionId } }),
    prisma.affectationJury.count({ where: { membreJury: { sessionId }, soumiseLe: { not: null } } }),
    prisma.evaluation.count({ where: { membreJury: { sessionId }, soumiseLe: { not: null } } }),
  ]);
  return { candidatures, jures, criteres, affectations, evaluations };
}

/**
 * Remet la session dans l'état mesuré si une mesure l'a fait avancer : session en délibération,
 * candidatures en instruction sans décision. Rend le nombre de lignes touchées.
 */
export async function remettreEnEtat(prisma: PrismaClient, sessionId: string): Promise<number> {
  const [session, decidees, projets] = await Promise.all([
    prisma.sessionAmi.findUniqueOrThrow({ where: { id: sessionId }, select: { statut: true, quotaLaureats: true } }),
    prisma.candidature.count({ where: { sessionId, OR: [{ statut: { not: "en_instruction" } }, { decisions: { some: {} } }] } }),
    prisma.projetDecision.count({ where: { sessionId } }),
  ]);
  if (session.statut === "en_deliberation" && session.quotaLaureats === DIMENSIONS_DELIBERATION.quota && decidees === 0 && projets === 0) return 0;
  // Ce que la publication a produit : notifications et courriels des lettres, tâches de la file. Les
  // ateliers des lauréates restent : le journal d'audit (en ajout seul) les cite, et un atelier ne se
  // supprime pas sans réécrire ses événements ; le banc retient donc d'autres candidatures à chaque
  // passage (bench-deliberation.ts).
  const lettres = await prisma.decision.findMany({ where: { candidature: { sessionId }, lettreId: { not: null } }, select: { lettreId: true } });
  await prisma.$transaction([
    prisma.notification.deleteMany({ where: { candidature: { sessionId } } }),
    prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name IN ('lettres-decisions', 'courriel')`),
  ]);
  const [decisions, candidatures] = await prisma.$transaction([
    prisma.decision.deleteMany({ where: { candidature: { sessionId } } }),
    prisma.candidature.updateMany({ where: { sessionId, statut: { not: "en_instruction" } }, data: { statut: "en_instruction", decideeLe: null } }),
    prisma.sessionAmi.update({
      where: { id: sessionId },
      data: { statut: "en_deliberation", quotaLaureats: DIMENSIONS_DELIBERATION.quota, selectionLe: SELECTION, resultatsPubliesLe: null },
    }),
    prisma.projetDecision.deleteMany({ where: { sessionId } }),
  ]);
  await prisma.fichier.deleteMany({ where: { id: { in: lettres.map((l) => l.lettreId!) } } });
  return decisions.count + candidatures.count + projets + 1;
}

/**
 * Un dépôt par candidature (n° 1, récépissé « …-D1 »), déposé par le service de l'État : la décision
 * porte sur le dernier dépôt et la lettre le cite. Ajouté aux sessions créées avant qu'il existe.
 */
async function assurerDepots(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO depot (id, "candidatureId", numero, "hashContenu", "numeroRecepisse", "deposeParId", "deposeLe")
    SELECT gen_random_uuid(), c.id, 1, 'banc-deliberation', c.reference || '-D1', m."utilisateurId", c."deposeeLe"
      FROM candidature c
      CROSS JOIN LATERAL (SELECT "utilisateurId" FROM membre_jury WHERE "sessionId" = ${sessionId}::uuid ORDER BY "utilisateurId" LIMIT 1) m
     WHERE c."sessionId" = ${sessionId}::uuid AND NOT EXISTS (SELECT 1 FROM depot d WHERE d."candidatureId" = c.id)`;
}

async function creerSession(prisma: PrismaClient, log: (m: string) => void): Promise<void> {
  const alea = new Alea(GRAINE);
  const d = DIMENSIONS_DELIBERATION;
  // Une collectivité par candidature nationale du jeu (avec son service de l'État et son département) ;
  // s'il y en a moins de 300, elles reviennent dans l'ordre (le banc ne vérifie pas R7).
  const sources = await prisma.candidature.findMany({
    where: { format: "national", session: { slug: { startsWith: "banc-", not: SLUG_SESSION_DELIBERATION } } },
    distinct: ["collectivitePrincipaleId"],
    orderBy: { collectivitePrincipaleId: "asc" },
    select: { collectivitePrincipaleId: true, serviceEtatId: true, codeDepartement: true, codeRegion: true, collectivitePrincipale: { select: { nom: true } } },
  });
  const jures = await jusquADixJures(prisma);
  log(`${sources.length} collectivités des candidatures nationales du jeu, ${jures.length} jurés.`);

  const sessionId = alea.uuid();
  const criteres = CRITERES.slice(0, d.criteres).map(([libelle, description], ordre) => ({ id: alea.uuid(), sessionId, libelle, description, poids: POIDS[ordre]!, ordre }));
  const membres = jures.map((utilisateurId, rang) => ({ id: alea.uuid(), sessionId, utilisateurId, president: rang === 0, creeLe: AFFECTATION }));
  const candidatures = Array.from({ length: d.candidatures }, (_, i) => {
    const s = sources[i % sources.length]!;
    const deposeeLe = jourPlus(OUVERTURE, 30 + (i % 80), i % 9);
    return {
      id: alea.uuid(),
      reference: `ADT-2026-DELIB-${String(i + 1).padStart(3, "0")}`,
      format: "national" as const,
      sessionId,
      collectivitePrincipaleId: s.collectivitePrincipaleId,
      serviceEtatId: s.serviceEtatId,
      codeDepartement: s.codeDepartement,
      codeRegion: s.codeRegion,
      statut: "en_instruction" as const,
      titre: `Atelier national ${i + 1} : ${s.collectivitePrincipale.nom}`,
      objet: "Candidature du banc de délibération.",
      deposeeLe,
      creeLe: jourPlus(deposeeLe, -20),
    };
  });
  // Trois jurés consécutifs (modulo 10) par candidature : 90 affectations chacun, jamais deux fois le même.
  const affectations = candidatures.flatMap((c, i) =>
    Array.from({ length: d.juresParCandidature }, (_, k) => ({ id: alea.uuid(), membreJuryId: membres[(i * d.juresParCandidature + k) % membres.length]!.id, candidatureId: c.id, creeLe: AFFECTATION })),
  ).map((a) => ({ ...a, soumiseLe: jourPlus(AFFECTATION, alea.entier(3, 40), alea.entier(0, 9)) }));
  // Une « qualité » par candidature, puis l'écart de chaque juré : un classement étalé, des désaccords.
  const qualite = new Map(candidatures.map((c) => [c.id, 1 + alea.reel() * 3]));
  const evaluations = affectations.flatMap((a) =>
    criteres.map((cr) => ({
      id: alea.uuid(),
      membreJuryId: a.membreJuryId,
      candidatureId: a.candidatureId,
      critereId: cr.id,
      note: Math.min(5, Math.max(0, Math.round(qualite.get(a.candidatureId)! + (alea.reel() - 0.5) * 3))),
      commentaire: alea.vrai(0.2) ? "À discuter en séance." : null,
      soumiseLe: a.soumiseLe,
    })),
  );

  const debut = performance.now();
  await prisma.$transaction(
    async (tx) => {
      await tx.sessionAmi.create({
        data: {
          id: sessionId,
          slug: SLUG_SESSION_DELIBERATION,
          theme: "Banc de délibération : 300 candidatures, 10 jurés, 8 critères",
          description: "Session nationale du banc d'essai du tableau de délibération (issue 13). Données fictives.",
          ouvertureLe: OUVERTURE,
          clotureLe: CLOTURE,
          clotureeLe: CLOTURE,
          selectionLe: SELECTION,
          quotaLaureats: d.quota,
          budgetEuros: d.quota * 170_000,
          piecesRequises: [],
          statut: "en_deliberation",
          juresParCandidature: d.juresParCandidature,
          creeLe: jourPlus(OUVERTURE, -45),
        },
      });
      await tx.critereEvaluation.createMany({ data: criteres });
      await tx.membreJury.createMany({ data: membres });
      for (let i = 0; i < candidatures.length; i += LOT) await tx.candidature.createMany({ data: candidatures.slice(i, i + LOT) });
      for (let i = 0; i < affectations.length; i += LOT) await tx.affectationJury.createMany({ data: affectations.slice(i, i + LOT) });
      for (let i = 0; i < evaluations.length; i += LOT) await tx.evaluation.createMany({ data: evaluations.slice(i, i + LOT) });
      // Même document de recherche que l'application (tableau d'instruction), comme le générateur national.
      await tx.$executeRaw`UPDATE candidature SET recherche = candidature_document_recherche(id) WHERE "sessionId" = ${sessionId}::uuid`;
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
  // Statistiques à jour pour les plans des requêtes mesurées (7 200 notes de plus d'un coup).
  await prisma.$executeRawUnsafe("ANALYZE candidature, membre_jury, affectation_jury, evaluation, critere_evaluation");
  log(`Session « ${SLUG_SESSION_DELIBERATION} » créée : ${candidatures.length} candidatures, ${affectations.length} affectations, ${evaluations.length} notes en ${((performance.now() - debut) / 1000).toFixed(1)} s.`);
}

/** Les experts du jeu national (comptes « …@jury.example »), complétés par des comptes créés au besoin. */
async function jusquADixJures(prisma: PrismaClient): Promise<string[]> {
  const n = DIMENSIONS_DELIBERATION.jures;
  const experts = await prisma.utilisateur.findMany({ where: { email: { endsWith: "@jury.example" }, actif: true }, orderBy: { email: "asc" }, take: n, select: { id: true } });
  const ids = experts.map((e) => e.id);
  for (let i = ids.length; i < n; i++) {
    const email = `jure-banc-deliberation-${String(i + 1).padStart(2, "0")}@jury.example`;
    const u = await prisma.utilisateur.upsert({ where: { email }, create: { email, prenom: "Juré", nom: `Banc ${i + 1}` }, update: {}, select: { id: true } });
    ids.push(u.id);
  }
  return ids;
}
