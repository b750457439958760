// GET du récépissé : le PDF en pièce jointe, ou 404 JSON (pas de dépôt, ou hors périmètre).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { reponseFichier, reponseJson } from "@/lib/pieces/http";
import { chargerRecepisse } from "./queries";

export async function telechargerRecepisse(acteur: Acteur, candidatureId: string, numero: string | null): Promise<Response> {
  const n = numero === null || numero === "" ? undefined : Number(numero);
  // Plafond de l'entier PostgreSQL (int4) : au-delà, la requête échouerait (500) au lieu d'un 400.
  if (n !== undefined && !(Number.isInteger(n) && n > 0 && n <= 2_147_483_647)) {
    return reponseJson({ ok: false, code: "INVALIDE", message: "Numéro de dépôt invalide." }, 400);
  }
  const recepisse = await chargerRecepisse(acteur, candidatureId, n);
  if (!recepisse) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  return reponseFichier(recepisse);
}
