// Lecture de la boîte de développement (/dev/boite-mail). Les pages vérifient d'abord
// boiteMailDevActive() et répondent 404 sinon.
import "server-only";
import { prisma } from "@/lib/db";

const NOMBRE_AFFICHE = 50;

export function listerCourrielsDev() {
  return prisma.courriel.findMany({
    orderBy: { creeLe: "desc" },
    take: NOMBRE_AFFICHE,
    select: { id: true, destinataire: true, sujet: true, creeLe: true },
  });
}

export function lireCourrielDev(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return prisma.courriel.findUnique({ where: { id } });
}
