// La recherche du référentiel telle que l'application l'appelle (actions serveur au fil de la frappe) :
// sur la base de l'application, pour que les routes n'importent jamais la base elle-même.
import "server-only";
import { prisma } from "@/lib/db";
import { rechercherCollectivites } from "./recherche";

export function rechercherCollectivitesEnBase(texte: string, options: Parameters<typeof rechercherCollectivites>[2] = {}) {
  return rechercherCollectivites(prisma, texte, options);
}
