// Chargement de l'acteur en une seule requête SQL : l'utilisateur, ses appartenances (avec le type,
// le nom et le département de chaque organisation) et ses participations aux jurys, agrégées en JSON.
// Sans dépendance à Next (`server-only`, cookies) : utilisé par lib/auth/session.ts et par les tests.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { sqlCollectivitesACheval } from "@/lib/referentiel/collectivites-a-cheval";
import type { Acteur, AppartenanceActeur } from "./acteur";
import { echeanceSession, finAbsolueSession, INACTIVITE_MAX_S, PROLONGATION_TOUS_LES_S } from "./parametres";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

type LigneActeur = {
  id: string;
  email: string;
  prenom: string | null;
  nom: string | null;
  appartenances: AppartenanceActeur[];
  jury: { sessionId: string; membreJuryId: string }[];
  expert: boolean;
};

const COLONNES_ACTEUR = Prisma.sql`
  u.id::text AS id, u.email, u.prenom, u.nom,
  COALESCE((
    SELECT json_agg(json_build_object(
      'organisationId', o.id, 'organisationNom', o.nom, 'typeOrganisation', o.type,
      'role', a.role, 'codeDepartement', o."codeDepartement") ORDER BY o.nom, o.id)
    FROM appartenance a JOIN organisation o ON o.id = a."organisationId"
    WHERE a."utilisateurId" = u.id), '[]'::json) AS appartenances,
  COALESCE((
    SELECT json_agg(json_build_object('sessionId', m."sessionId", 'membreJuryId', m.id) ORDER BY m."creeLe", m.id)
    FROM membre_jury m WHERE m."utilisateurId" = u.id), '[]'::json) AS jury,
  EXISTS (SELECT 1 FROM demande_avis d WHERE d."expertId" = u.id AND d."annuleeLe" IS NULL) AS expert`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * R4 : collectivités à cheval sur chaque département (décision 026). Données du référentiel, qui ne
 * changent qu'avec son import (au démarrage d'une instance) : gardées en mémoire par département,
 * une requête au premier besoin, rien ensuite pour les requêtes suivantes.
 */
const A_CHEVAL = new Map<string, string[]>();

async function collectivitesACheval(prisma: Client, appartenances: AppartenanceActeur[]): Promise<Record<string, string[]> | null> {
  const codes = [...new Set(appartenances.filter((a) => a.typeOrganisation === "service_etat" && a.codeDepartement).map((a) => a.codeDepartement!))];
  const manquants = codes.filter((c) => !A_CHEVAL.has(c));
  if (manquants.length > 0) {
    const lignes = await prisma.$queryRaw<{ code: string; ids: string[] }[]>`
      SELECT d.code, ${sqlCollectivitesACheval(Prisma.sql`d.code`)} AS ids FROM unnest(${manquants}::text[]) AS d(code)`;
    // Vide (outre-mer, ou base sans référentiel encore) : relu la fois suivante, jamais figé.
    for (const l of lignes) if (l.ids.length > 0) A_CHEVAL.set(l.code, l.ids);
  }
  const parDepartement = Object.fromEntries(codes.flatMap((c) => (A_CHEVAL.has(c) ? [[c, A_CHEVAL.get(c)!]] : [])));
  return Object.keys(parDepartement).length > 0 ? parDepartement : null;
}

async function versActeur(prisma: Client, ligne: LigneActeur): Promise<Acteur> {
  const aCheval = await collectivitesACheval(prisma, ligne.appartenances);
  return {
    id: ligne.id,
    email: ligne.email,
    prenom: ligne.prenom,
    nom: ligne.nom,
    appartenances: ligne.appartenances,
    jury: ligne.jury,
    expert: ligne.expert,
    ...(aCheval && { collectivitesACheval: aCheval }),
  };
}

/** L'acteur d'un utilisateur actif, ou null (inconnu ou désactivé). */
export async function chargerActeur(prisma: Client, utilisateurId: string): Promise<Acteur | null> {
  if (!UUID.test(utilisateurId)) return null;
  const [ligne] = await prisma.$queryRaw<LigneActeur[]>`
    SELECT ${COLONNES_ACTEUR} FROM utilisateur u WHERE u.id = ${utilisateurId}::uuid AND u.actif`;
  return ligne ? versActeur(prisma, ligne) : null;
}

/**
 * L'acteur d'une session (jeton du cookie de next-auth), ou null si la session n'existe pas, a
 * expiré (inactivité ou durée maximale) ou si le compte est désactivé. Une session expirée est
 * supprimée ; une session active voit son échéance glisser, au plus une fois par quart d'heure.
 */
export async function chargerActeurDeSession(prisma: Client, jeton: string, maintenant = new Date()): Promise<Acteur | null> {
  if (!jeton) return null;
  const [ligne] = await prisma.$queryRaw<(LigneActeur & { expires: Date; sessionCreeLe: Date })[]>`
    SELECT ${COLONNES_ACTEUR}, s.expires, s."creeLe" AS "sessionCreeLe"
    FROM session_connexion s JOIN utilisateur u ON u.id = s."utilisateurId"
    WHERE s."sessionToken" = ${jeton} AND u.actif`;
  if (!ligne) return null;
  const expireLe = Math.min(ligne.expires.getTime(), finAbsolueSession(ligne.sessionCreeLe).getTime());
  if (expireLe <= maintenant.getTime()) {
    await prisma.$executeRaw`DELETE FROM session_connexion WHERE "sessionToken" = ${jeton}`;
    return null;
  }
  // Même règle que next-auth (routes/session) : réécrire l'échéance si la dernière date de plus
  // de PROLONGATION_TOUS_LES_S.
  const derniereProlongation = ligne.expires.getTime() - INACTIVITE_MAX_S * 1000;
  if (derniereProlongation + PROLONGATION_TOUS_LES_S * 1000 <= maintenant.getTime()) {
    const echeance = echeanceSession(ligne.sessionCreeLe, maintenant);
    if (echeance > ligne.expires) await prisma.$executeRaw`UPDATE session_connexion SET expires = ${echeance} WHERE "sessionToken" = ${jeton}`;
  }
  return versActeur(prisma, ligne);
}
