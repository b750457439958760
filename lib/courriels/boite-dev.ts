// Lecture de la boîte de développement (/dev/boite-mail). Les pages vérifient d'abord
// boiteMailDevActive() et répondent 404 sinon.
import "server-only";
import { prisma } from "@/lib/db";

const NOMBRE_AFFICHE = 50;

/** Les derniers courriels, ceux d'un destinataire seulement si `destinataire` est donné. */
export function listerCourrielsDev(destinataire?: string) {
  const filtre = destinataire?.trim().toLowerCase().slice(0, 254);
  return prisma.courriel.findMany({
    where: filtre ? { destinataire: filtre } : {},
    orderBy: { creeLe: "desc" },
    take: NOMBRE_AFFICHE,
    select: { id: true, destinataire: true, sujet: true, creeLe: true },
  });
}

export function lireCourrielDev(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.courriel.findUnique({ where: { id } });
}
