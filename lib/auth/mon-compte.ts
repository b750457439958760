// Lecture de la page « Mon compte » : ce que l'acteur ne porte pas déjà (jurys, sessions ouvertes).
import "server-only";
import { prisma } from "@/lib/db";
import type { Acteur } from "./acteur";

export async function chargerMonCompte(acteur: Acteur) {
  const [utilisateur, jurys, sessions] = await Promise.all([
    prisma.utilisateur.findUniqueOrThrow({
      where: { id: acteur.id },
      select: { proconnectSub: true, creeLe: true, frequenceCourriels: true },
    }),
    prisma.membreJury.findMany({
      where: { utilisateurId: acteur.id },
      select: { id: true, president: true, session: { select: { theme: true, statut: true, clotureLe: true } } },
      orderBy: { session: { clotureLe: "desc" } },
    }),
    prisma.sessionConnexion.findMany({
      where: { utilisateurId: acteur.id, expires: { gt: new Date() } },
      select: { id: true, creeLe: true, expires: true },
      orderBy: { creeLe: "desc" },
    }),
  ]);
  return { proconnect: utilisateur.proconnectSub !== null, inscritLe: utilisateur.creeLe, frequenceCourriels: utilisateur.frequenceCourriels, jurys, sessions };
}
