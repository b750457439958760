// Avant chaque fichier de test d'intégration : une base neuve clonée du modèle, visible
// par le code applicatif (lib/db.ts lit DATABASE_URL au premier import).
import { afterAll } from "vitest";
import { createMigratedTestDatabase } from "./db";

const database = await createMigratedTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  await database.drop();
});
