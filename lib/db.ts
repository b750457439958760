import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/prisma-client";
import { comptageRequetesActif, compterRequete } from "@/lib/banc/compteur-requetes";

// Un seul client par processus (le rechargement à chaud de Next recrée les modules).
// Le pool ne se connecte qu'à la première requête : `next build` n'a pas besoin de la base.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(databaseUrl(), Number(process.env.DATABASE_POOL_MAX ?? 10), comptageRequetesActif() ? compterRequete : undefined);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
