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

// ─── Le fil d'une candidature (issue 12) ───────────────────────────────────────────────────────

const SELECTION_FIL = {
  id: true,
  visibilite: true,
  contenu: true,
  creeLe: true,
  auteurId: true,
  auteur: {
    select: {
      email: true,
      prenom: true,
      nom: true,
      appartenances: { select: { role: true, organisation: { select: { id: true, nom: true, type: true, codeDepartement: true } } } },
    },
  },
  piecesJointes: { select: { id: true, nomFichier: true, fichier: { select: { taille: true, typeMime: true } } }, orderBy: { id: "asc" } },
} as const satisfies Prisma.MessageSelect;

export type MessageDuFil = Prisma.MessageGetPayload<{ select: typeof SELECTION_FIL }> & {
  /** Écrit par un autre, et pas encore lu par l'acteur avant cette ouverture du fil. */
  nouveau: boolean;
};

/** Le fil de la candidature tel que l'acteur peut le lire, du plus ancien au plus récent. */
export async function listerFil(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<MessageDuFil[]> {
  if (!estIdentifiant(candidatureId)) return [];
  const messages = await client.message.findMany({
    where: { AND: [{ candidatureId }, porteeMessage(acteur, "lire")] },
    select: { ...SELECTION_FIL, lectures: { where: { utilisateurId: acteur.id }, select: { luLe: true } } },
    orderBy: [{ creeLe: "asc" }, { id: "asc" }],
  });
  return messages.map(({ lectures, ...m }) => ({ ...m, nouveau: m.auteurId !== acteur.id && lectures.length === 0 }));
}

/** Ce que l'acteur peut faire dans le fil de cette candidature : visibilités lisibles et permises à l'écriture. */
export async function droitsFil(
  acteur: Acteur,
  candidatureId: string,
  client: Client = prisma,
): Promise<{ lecture: VisibiliteMessage[]; ecriture: VisibiliteMessage[] }> {
  if (!estIdentifiant(candidatureId)) return { lecture: [], ecriture: [] };
  const visibilites = Object.keys(VISIBILITES) as VisibiliteMessage[];
  const ouvertes = (action: ActionDe<"message">) =>
    Promise.all(
      visibilites.map((v) => client.candidature.count({ where: { AND: [{ id: candidatureId }, porteeCandidaturePourMessage(acteur, action, v)] } })),
    ).then((n) => visibilites.filter((_, i) => n[i]! > 0));
  const [lecture, ecriture] = await Promise.all([ouvertes("lire"), ouvertes("ecrire")]);
  return { lecture, ecriture };
}

/**
 * Messages non lus par l'acteur, par candidature (badges des listes) : lisibles par lui, écrits par
 * un autre, sans accusé de lecture de sa part. Une seule requête pour toute la page.
 */
export async function compterNonLus(acteur: Acteur, candidatureIds: readonly string[], client: Client = prisma): Promise<Map<string, number>> {
  const ids = candidatureIds.filter(estIdentifiant);
  if (ids.length === 0) return new Map();
  const groupes = await client.message.groupBy({
    by: ["candidatureId"],
    where: {
      AND: [{ candidatureId: { in: ids } }, porteeMessage(acteur, "lire"), { auteurId: { not: acteur.id } }, { lectures: { none: { utilisateurId: acteur.id } } }],
    },
    _count: { _all: true },
  });
  return new Map(groupes.map((g) => [g.candidatureId, g._count._all]));
}

/** Le fichier d'une pièce jointe à un message que l'acteur peut lire ; `null` sinon (même réponse qu'inexistante). */
export async function chargerFichierPieceJointe(acteur: Acteur, id: string, client: Client = prisma) {
  if (!estIdentifiant(id)) return null;
  return client.pieceJointeMessage.findFirst({
    where: { AND: [{ id }, { message: porteeMessage(acteur, "lire") }] },
    select: { nomFichier: true, fichier: { select: { contenu: true, typeMime: true, taille: true, sha256: true } } },
  });
}
