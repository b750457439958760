// Compteur des requêtes SQL, pour le banc des pages (`npm run bench:pages`) seulement : actif quand
// BANC_COMPTER_REQUETES=1, jamais sous `npm start` (scripts/start.ts retire la variable). Chaque
// requête envoyée par Prisma (y compris $queryRaw et COMMIT) l'incrémente ; il vit sur globalThis
// pour être partagé par tous les modules du processus Next.
const globalCompteur = globalThis as unknown as { requetesBanc?: number };

export function comptageRequetesActif(env: Record<string, string | undefined> = process.env): boolean {
  return env.BANC_COMPTER_REQUETES === "1";
}

export function compterRequete(): void {
  globalCompteur.requetesBanc = (globalCompteur.requetesBanc ?? 0) + 1;
}

/** Nombre de requêtes depuis le démarrage ; null quand le comptage n'est pas activé. */
export function lireCompteurRequetes(): number | null {
  return comptageRequetesActif() ? (globalCompteur.requetesBanc ?? 0) : null;
}
