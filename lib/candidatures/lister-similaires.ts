// Avant de créer (issue 4, §1 ; R7) : les candidatures actives de la même collectivité principale,
// du même format (et de la même session pour le national), pour proposer de reprendre l'existante
// au lieu d'en créer une seconde. Bornée par la portée de lecture de l'acteur (décision 007).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { FormatAtelier, Prisma, StatutCandidature } from "@/lib/generated/prisma/client";
import { STATUTS_FINAUX } from "./regles/transitions";

const SELECTION = {
  id: true,
  reference: true,
  titre: true,
  format: true,
  statut: true,
  sessionId: true,
  creeLe: true,
  modifieLe: true,
  serviceEtat: { select: { id: true, nom: true } },
} as const satisfies Prisma.CandidatureSelect;

export type CandidatureSimilaire = Prisma.CandidatureGetPayload<{ select: typeof SELECTION }>;

export async function candidaturesActivesSimilaires(
  acteur: Acteur,
  collectiviteId: string,
  format: FormatAtelier,
  sessionId?: string | null,
  client: Client = prisma,
): Promise<CandidatureSimilaire[]> {
  if (!estIdentifiant(collectiviteId) || (sessionId && !estIdentifiant(sessionId))) return [];
  return client.candidature.findMany({
    where: {
      AND: [
        porteeCandidature(acteur, "lire"),
        {
          collectivitePrincipaleId: collectiviteId,
          format,
          statut: { notIn: [...STATUTS_FINAUX] as StatutCandidature[] },
          ...(format === "national" && sessionId ? { sessionId } : {}),
        },
      ],
    },
    select: SELECTION,
    orderBy: [{ modifieLe: "desc" }, { id: "asc" }],
  });
}
