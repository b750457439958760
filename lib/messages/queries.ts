// Lectures des messages d'une candidature, bornées par la portée de l'acteur et par leur
// visibilité (décision 007) : un message « DGALN seule » n'est jamais chargé pour un porteur.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeCandidaturePourMessage, porteeMessage, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma, VisibiliteMessage } from "@/lib/generated/prisma/client";

const SELECTION_MESSAGE = {
  id: true,
  candidatureId: true,
  visibilite: true,
  contenu: true,
  creeLe: true,
  auteur: { select: { id: true, prenom: true, nom: true } },
} as const satisfies Prisma.MessageSelect;

export type LigneMessage = Prisma.MessageGetPayload<{ select: typeof SELECTION_MESSAGE }>;

const VISIBILITES: Record<VisibiliteMessage, true> = { tous: true, etat_dgaln: true, dgaln: true };

/** Les messages de la candidature que l'acteur peut lire, du plus ancien au plus récent. */
export async function listerMessages(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<LigneMessage[]> {
  if (!estIdentifiant(candidatureId)) return [];
  return client.message.findMany({
    where: { AND: [{ candidatureId }, porteeMessage(acteur, "lire")] },
    select: SELECTION_MESSAGE,
    orderBy: [{ creeLe: "asc" }, { id: "asc" }],
  });
}

/** Le message s'il est dans la portée de l'action ; `null` sinon. */
export async function trouverMessage(
  acteur: Acteur,
  id: string,
  action: ActionDe<"message"> = "lire",
  client: Client = prisma,
): Promise<LigneMessage | null> {
  if (!estIdentifiant(id)) return null;
  return client.message.findFirst({ where: { AND: [{ id }, porteeMessage(acteur, action)] }, select: SELECTION_MESSAGE });
}

/** Visibilités que l'acteur peut choisir pour écrire sur cette candidature (vide : il ne peut pas écrire). */
export async function visibilitesPermises(
  acteur: Acteur,
  candidatureId: string,
  client: Client = prisma,
): Promise<VisibiliteMessage[]> {
  if (!estIdentifiant(candidatureId)) return [];
  const permises: VisibiliteMessage[] = [];
  for (const visibilite of Object.keys(VISIBILITES) as VisibiliteMessage[]) {
    const n = await client.candidature.count({
      where: { AND: [{ id: candidatureId }, porteeCandidaturePourMessage(acteur, "ecrire", visibilite)] },
    });
    if (n > 0) permises.push(visibilite);
  }
  return permises;
}
