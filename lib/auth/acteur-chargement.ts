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
  collectivitesACheval: Record<string, string[]> | null;
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
  (SELECT json_object_agg(s.code, s.ids) FROM (
    SELECT sd.code, ${sqlCollectivitesACheval(Prisma.sql`sd.code`)} AS ids
    FROM (SELECT DISTINCT so."codeDepartement" AS code FROM appartenance sa JOIN organisation so ON so.id = sa."organisationId"
          WHERE sa."utilisateurId" = u.id AND so.type = 'service_etat' AND so."codeDepartement" IS NOT NULL) sd) s
   WHERE cardinality(s.ids) > 0) AS "collectivitesACheval"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function versActeur(ligne: LigneActeur): Acteur {
  return {
    id: ligne.id,
    email: ligne.email,
    prenom: ligne.prenom,
    nom: ligne.nom,
    appartenances: ligne.appartenances,
    jury: ligne.jury,
    ...(ligne.collectivitesACheval && { collectivitesACheval: ligne.collectivitesACheval }),
  };
}

/** L'acteur d'un utilisateur actif, ou null (inconnu ou désactivé). */
export async function chargerActeur(prisma: Client, utilisateurId: string): Promise<Acteur | null> {
  if (!UUID.test(utilisateurId)) return null;
  const [ligne] = await prisma.$queryRaw<LigneActeur[]>`
    SELECT ${COLONNES_ACTEUR} FROM utilisateur u WHERE u.id = ${utilisateurId}::uuid AND u.actif`;
  return ligne ? versActeur(ligne) : null;
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
  return versActeur(ligne);
}
