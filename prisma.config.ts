import { defineConfig } from "prisma/config";

// Prisma 7 ne lit pas .env : l'URL vient de l'environnement (scripts/start.ts la fournit
// pour la base embarquée). Le moteur de schéma natif n'est pas utilisé (voir scripts/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ateliers" },
});
