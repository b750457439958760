// Lire le récépissé d'un dépôt, dans la portée de lecture de la candidature (décision 007) : qui
// peut lire la candidature peut lire ses récépissés ; les autres reçoivent `null`, comme si elle
// n'existait pas. Un dépôt antérieur à la génération des récépissés (données de démonstration)
// reçoit le sien à la première lecture, si le contenu n'a pas changé depuis.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { prisma } from "@/lib/db";
import { produireRecepisse } from "./produire";

export type RecepisseLu = { numeroRecepisse: string; nomFichier: string; contenu: Uint8Array; typeMime: string; sha256: string };

/** Le dernier dépôt, ou celui de ce numéro. */
export async function chargerRecepisse(acteur: Acteur, candidatureId: string, numero?: number, client: Client = prisma): Promise<RecepisseLu | null> {
  const c = await trouverCandidature(acteur, candidatureId, "lire", client);
  if (!c) return null;
  const depot = await client.depot.findFirst({
    where: { candidatureId: c.id, ...(numero ? { numero } : {}) },
    orderBy: { numero: "desc" },
    select: { id: true, numeroRecepisse: true, hashContenu: true, recepisseId: true },
  });
  if (!depot) return null;
  let recepisseId = depot.recepisseId;
  if (!recepisseId) {
    if (depot.hashContenu !== c.hashContenu) return null;
    recepisseId = await prisma.$transaction((tx) => produireRecepisse(tx, depot.id), { maxWait: 15_000, timeout: 30_000 });
  }
  const fichier = await client.fichier.findUniqueOrThrow({ where: { id: recepisseId }, select: { contenu: true, typeMime: true, sha256: true } });
  return { numeroRecepisse: depot.numeroRecepisse, nomFichier: `recepisse-${depot.numeroRecepisse}.pdf`, ...fichier };
}
