// Démarrage du travailleur de la file dans un processus de l'application : l'instance web (par
// instrumentation.ts) ou un processus à part (`npm run travailleur`). Un seul par processus, arrêté
// proprement à SIGTERM/SIGINT (les tâches en cours finissent ; une tâche interrompue est reprise par
// un autre travailleur à son expiration).
import { databaseUrl } from "@/lib/database-url";
import { prisma } from "@/lib/db";
import { journal } from "@/lib/journalisation/logger";
import { demarrerTravailleur, type Travailleur } from "./travailleur";
import { travauxPlanifies } from "./travaux";

const global = globalThis as unknown as { travailleurAteliers?: Promise<Travailleur> };

/** `FILE_TRAVAILLEUR=0` : cette instance web ne prend pas de tâches (un travailleur tourne à part). */
export function travailleurActive(env: Record<string, string | undefined> = process.env): boolean {
  return env.FILE_TRAVAILLEUR?.trim() !== "0";
}

export function demarrerTravailleurDuProcessus(): Promise<Travailleur> {
  global.travailleurAteliers ??= demarrerTravailleur({ url: databaseUrl(), client: prisma, journal, travaux: travauxPlanifies(prisma) }).then((t) => {
    const arreter = () => void t.arreter().catch(() => {});
    process.once("SIGTERM", arreter);
    process.once("SIGINT", arreter);
    return t;
  });
  return global.travailleurAteliers;
}
