// URL de la base : DATABASE_URL si elle est fournie, sinon la base embarquée démarrée par
// scripts/start.ts (qui exporte DATABASE_URL pour les processus qu'il lance).
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  // Pendant `next build` (image Docker par exemple) aucune base n'est joignable ni nécessaire :
  // les pages qui lisent la base sont dynamiques. Le pool ne se connecte qu'à la première requête.
  if (process.env.NEXT_PHASE === "phase-production-build") return "postgresql://construction@127.0.0.1:1/aucune";
  throw new Error(
    "DATABASE_URL n'est pas définie. Lancez l'application avec « npm start » (base embarquée) ou définissez DATABASE_URL.",
  );
}
