// Charger la cible d'une mutation dans la portée de l'acteur, ou refuser. Hors portée et inexistant
// donnent la même erreur (INTROUVABLE, même message) : un refus ne révèle jamais qu'une ligne
// existe. À appeler dans le cas d'usage, avec le client de la transaction (`tx`).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import { AppError, MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { Prisma, VisibiliteMessage } from "@/lib/generated/prisma/client";
import {
  porteeAffectationPourNoter,
  porteeAtelier,
  porteeCandidature,
  porteeCandidaturePourMessage,
  porteeCandidaturePourPiece,
  porteeEvaluation,
  porteeMessage,
  porteeOrganisation,
  porteePiece,
  porteeSession,
  type ActionDe,
  type Ressource,
} from "./politique";

/** Le client Prisma de l'application ou celui d'une transaction. */
export type Client = Prisma.TransactionClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Un identifiant mal formé ne va pas jusqu'à PostgreSQL (qui lèverait une erreur de syntaxe). */
export function estIdentifiant(id: unknown): id is string {
  return typeof id === "string" && UUID.test(id);
}

export function introuvable(): AppError {
  return new AppError("INTROUVABLE", MESSAGE_INTROUVABLE);
}

/** La ligne chargée (déjà bornée par sa portée), ou INTROUVABLE. */
export async function chargerOuRefuser<T>(id: unknown, charger: (id: string) => Promise<T | null>): Promise<T> {
  const ligne = estIdentifiant(id) ? await charger(id) : null;
  if (ligne === null) throw introuvable();
  return ligne;
}

export function exigerCandidature(acteur: Acteur, id: string, action: ActionDe<"candidature">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) =>
    client.candidature.findFirst({ where: { AND: [{ id }, porteeCandidature(acteur, action)] } }),
  );
}

export function exigerPiece(acteur: Acteur, id: string, action: ActionDe<"piece">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) => client.piece.findFirst({ where: { AND: [{ id }, porteePiece(acteur, action)] } }));
}

export function exigerMessage(acteur: Acteur, id: string, action: ActionDe<"message">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) => client.message.findFirst({ where: { AND: [{ id }, porteeMessage(acteur, action)] } }));
}

export function exigerSession(acteur: Acteur, id: string, action: ActionDe<"session">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) => client.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, action)] } }));
}

export function exigerEvaluation(acteur: Acteur, id: string, action: ActionDe<"evaluation">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) =>
    client.evaluation.findFirst({ where: { AND: [{ id }, porteeEvaluation(acteur, action)] } }),
  );
}

export function exigerAtelier(acteur: Acteur, id: string, action: ActionDe<"atelier">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) => client.atelier.findFirst({ where: { AND: [{ id }, porteeAtelier(acteur, action)] } }));
}

export function exigerOrganisation(acteur: Acteur, id: string, action: ActionDe<"organisation">, client: Client = prisma) {
  return chargerOuRefuser(id, (id) =>
    client.organisation.findFirst({ where: { AND: [{ id }, porteeOrganisation(acteur, action)] } }),
  );
}

// ─── Cibles des créations : la ligne parente ───────────────────────────────────────────────────

/** La candidature à laquelle l'acteur peut ajouter une pièce (ou en remplacer une). */
export function exigerCandidaturePourPiece(
  acteur: Acteur,
  candidatureId: string,
  action: ActionDe<"piece"> = "deposer",
  client: Client = prisma,
) {
  return chargerOuRefuser(candidatureId, (id) =>
    client.candidature.findFirst({ where: { AND: [{ id }, porteeCandidaturePourPiece(acteur, action)] } }),
  );
}

/** La candidature sur laquelle l'acteur peut écrire un message de cette visibilité. */
export function exigerCandidaturePourMessage(
  acteur: Acteur,
  candidatureId: string,
  visibilite: VisibiliteMessage,
  client: Client = prisma,
) {
  return chargerOuRefuser(candidatureId, (id) =>
    client.candidature.findFirst({ where: { AND: [{ id }, porteeCandidaturePourMessage(acteur, "ecrire", visibilite)] } }),
  );
}

/** L'affectation du juré à cette candidature, qui l'autorise à la noter (et donne son membreJuryId). */
export function exigerAffectationPourNoter(acteur: Acteur, candidatureId: string, client: Client = prisma) {
  return chargerOuRefuser(candidatureId, (candidatureId) =>
    client.affectationJury.findFirst({ where: { AND: [{ candidatureId }, porteeAffectationPourNoter(acteur)] } }),
  );
}

// ─── Accès générique, une entrée par ressource (le test de la matrice s'en sert) ───────────────

export type Exigeur<R extends Ressource> = (acteur: Acteur, id: string, action: ActionDe<R>, client?: Client) => Promise<{ id: string }>;

export const EXIGER: { [R in Ressource]: Exigeur<R> } = {
  candidature: exigerCandidature,
  piece: exigerPiece,
  message: exigerMessage,
  session: exigerSession,
  evaluation: exigerEvaluation,
  atelier: exigerAtelier,
  organisation: exigerOrganisation,
};
