// URL de la base : DATABASE_URL si elle est fournie, sinon la base embarquée démarrée par
// scripts/start.ts (qui exporte DATABASE_URL pour les processus qu'il lance).
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL n'est pas définie. Lancez l'application avec « npm start » (base embarquée) ou définissez DATABASE_URL.",
    );
  }
  return url;
}
