// `npm run journal:verifier` : recalcule la chaîne d'empreintes du journal d'audit.
import { verifierChaine } from "@/lib/audit/journal";
import { createPrismaClient } from "@/lib/prisma-client";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL n'est pas définie.");
  process.exit(1);
}
const prisma = createPrismaClient(url);
const resultat = await verifierChaine(prisma);
await prisma.$disconnect();
if (resultat.valide) {
  console.log(`Journal intègre : ${resultat.evenements} événements vérifiés.`);
} else {
  console.error(`Journal altéré à l'événement n° ${resultat.rompuA} : ${resultat.raison}.`);
  process.exit(1);
}
