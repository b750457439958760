import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Fabrique sans `server-only` : utilisée par l'application (lib/db.ts), les scripts
// (import du référentiel, données de démonstration) et les tests d'intégration.
// `surRequete` : appelée à chaque requête SQL (événements « query » de Prisma, qui passent aussi
// par l'adaptateur pg) ; sert au comptage du banc des pages (lib/banc/compteur-requetes.ts).
export function createPrismaClient(url: string, poolMax = 10, surRequete?: () => void): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  if (!surRequete) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", surRequete);
  return client;
}
