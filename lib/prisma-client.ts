import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Fabrique sans `server-only` : utilisée par l'application (lib/db.ts), les scripts
// (import du référentiel, données de démonstration) et les tests d'intégration.
export function createPrismaClient(url: string, poolMax = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolMax }) });
}
