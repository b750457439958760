// Charger la cible d'une mutation dans la portée de l'acteur, ou refuser. Hors portée et inexistant
// donnent la même erreur (INTROUVABLE, même message) : un refus ne révèle jamais qu'une ligne
// existe. À appeler dans le cas d'usage, avec le client de la transaction (`tx`).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { prisma } from "@/lib/db";
import { AppError, MESSAGE_INTROUVABLE } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { porteeCandidature, porteeCandidaturePourPiece, porteePiece, type ActionDe } from "./politique";

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
