// Produire le récépissé d'un dépôt et le ranger comme un Fichier (en base, visible de toutes les
// instances), lié au dépôt par `recepisseId`. Écriture conditionnelle : un dépôt n'a qu'un récépissé.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { chargerDonneesRecepisse } from "./donnees";
import { genererRecepisse } from "./generer";

type Tx = Prisma.TransactionClient;

export const TYPE_MIME_PDF = "application/pdf";

/** Rend l'identifiant du fichier du récépissé (celui déjà rangé s'il existe). */
export async function produireRecepisse(tx: Tx, depotId: string): Promise<string> {
  const depot = await tx.depot.findUniqueOrThrow({
    where: { id: depotId },
    select: {
      candidatureId: true,
      numero: true,
      numeroRecepisse: true,
      deposeLe: true,
      hashContenu: true,
      recepisseId: true,
      deposePar: { select: { email: true, prenom: true, nom: true } },
    },
  });
  if (depot.recepisseId) return depot.recepisseId;
  const pdf = await genererRecepisse(await chargerDonneesRecepisse(tx, depot.candidatureId, depot));
  const fichier = await tx.fichier.create({
    data: { sha256: createHash("sha256").update(pdf).digest("hex"), taille: pdf.length, typeMime: TYPE_MIME_PDF, contenu: new Uint8Array(pdf) },
    select: { id: true },
  });
  const { count } = await tx.depot.updateMany({ where: { id: depotId, recepisseId: null }, data: { recepisseId: fichier.id } });
  if (count === 0) {
    // Produit entre-temps par une autre requête : on garde le sien, on jette le nôtre.
    await tx.fichier.delete({ where: { id: fichier.id } });
    return (await tx.depot.findUniqueOrThrow({ where: { id: depotId }, select: { recepisseId: true } })).recepisseId!;
  }
  return fichier.id;
}
