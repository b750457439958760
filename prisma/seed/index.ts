// `npm run db:seed` : données de démonstration sur une base vide (DATABASE_URL).
import { createPrismaClient } from "@/lib/prisma-client";
import { importReferentiel } from "@/lib/referentiel/import";
import { seedIfEmpty } from "./seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL n'est pas définie (npm start crée et remplit la base embarquée).");
  process.exit(1);
}
const prisma = createPrismaClient(url);
await importReferentiel({ prisma, log: console.log });
console.log((await seedIfEmpty(prisma, console.log)) ? "Données de démonstration créées." : "La base contient déjà des données : rien à faire.");
await prisma.$disconnect();
