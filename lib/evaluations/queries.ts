// Lectures des notes du jury, bornées par la portée de l'acteur (décision 007) : un juré lit ses
// propres notes ; le tableau de toutes les notes est à la DGALN, et aux jurés une fois la session
// en délibération.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeEvaluation, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const SELECTION_EVALUATION = {
  id: true,
  candidatureId: true,
  membreJuryId: true,
  note: true,
  commentaire: true,
  modifieLe: true,
  critere: { select: { id: true, libelle: true, poids: true, ordre: true } },
} as const satisfies Prisma.EvaluationSelect;

export type LigneEvaluation = Prisma.EvaluationGetPayload<{ select: typeof SELECTION_EVALUATION }>;

const SELECTION_TABLEAU = {
  ...SELECTION_EVALUATION,
  candidature: { select: { id: true, reference: true, titre: true } },
  membreJury: { select: { id: true, utilisateur: { select: { prenom: true, nom: true } } } },
} as const satisfies Prisma.EvaluationSelect;

export type LigneTableau = Prisma.EvaluationGetPayload<{ select: typeof SELECTION_TABLEAU }>;

/** Les notes que l'acteur peut lire (les siennes pour un juré), pour une candidature ou une session. */
export async function listerEvaluations(
  acteur: Acteur,
  filtres: { candidatureId?: string; sessionId?: string } = {},
  client: Client = prisma,
): Promise<LigneEvaluation[]> {
  if ([filtres.candidatureId, filtres.sessionId].some((id) => id !== undefined && !estIdentifiant(id))) return [];
  return client.evaluation.findMany({
    where: {
      AND: [
        porteeEvaluation(acteur, "lire"),
        {
          ...(filtres.candidatureId && { candidatureId: filtres.candidatureId }),
          ...(filtres.sessionId && { membreJury: { sessionId: filtres.sessionId } }),
        },
      ],
    },
    select: SELECTION_EVALUATION,
    orderBy: [{ candidatureId: "asc" }, { critere: { ordre: "asc" } }],
  });
}

/** Le tableau de toutes les notes d'une session (portée « lire_toutes »). */
export async function listerTableauSession(acteur: Acteur, sessionId: string, client: Client = prisma): Promise<LigneTableau[]> {
  if (!estIdentifiant(sessionId)) return [];
  return client.evaluation.findMany({
    where: { AND: [{ membreJury: { sessionId } }, porteeEvaluation(acteur, "lire_toutes")] },
    select: SELECTION_TABLEAU,
    orderBy: [{ candidatureId: "asc" }, { membreJuryId: "asc" }, { critere: { ordre: "asc" } }],
  });
}

/** La note si elle est dans la portée de l'action ; `null` sinon. */
export async function trouverEvaluation(
  acteur: Acteur,
  id: string,
  action: ActionDe<"evaluation"> = "lire",
  client: Client = prisma,
): Promise<LigneEvaluation | null> {
  if (!estIdentifiant(id)) return null;
  return client.evaluation.findFirst({
    where: { AND: [{ id }, porteeEvaluation(acteur, action)] },
    select: SELECTION_EVALUATION,
  });
}
