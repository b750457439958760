// Ce que la connexion retient de la requête HTTP : l'adresse IP du client et le chemin de retour.
import { ENTETE_ADRESSE_SOCKET } from "@/lib/securite/entete-socket";

type Env = Record<string, string | undefined>;

/** Nombre de mandataires inverses de confiance devant l'application (PROXYS_DE_CONFIANCE, 0 par défaut). */
export function proxysDeConfiance(env: Env = process.env): number {
  return Math.max(0, Number.parseInt(env.PROXYS_DE_CONFIANCE ?? "0", 10) || 0);
}

/**
 * Adresse IP du client, pour les limites de débit et le journal.
 * - Sans proxy de confiance (0, par défaut) : l'adresse de la socket TCP, que le client ne choisit pas.
 *   Next ne l'expose pas aux gestionnaires de route (il ne la met dans `x-forwarded-for` que si
 *   l'en-tête est absent, donc un client peut la masquer) : `instrumentation.ts` la recopie dans
 *   `x-adresse-socket` à l'arrivée de chaque requête, en écrasant toute valeur envoyée par le client.
 *   `x-forwarded-for` n'est jamais lu.
 * - Derrière N proxys qui ajoutent chacun l'adresse vue : la N-ième adresse en partant de la droite de
 *   `x-forwarded-for`, celle qu'a vue le proxy le plus externe (les maillons plus à gauche viennent du client).
 */
export function ipClient(entetes: Headers, env: Env = process.env): string {
  const proxys = proxysDeConfiance(env);
  if (proxys === 0) return entetes.get(ENTETE_ADRESSE_SOCKET)?.trim() || "inconnue";
  const maillons = (entetes.get("x-forwarded-for") ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean);
  // Moins de maillons que de proxys annoncés : configuration fausse ; le plus à gauche est le moins sûr,
  // mais c'est le seul que le proxy le plus proche a pu voir.
  return maillons[Math.max(0, maillons.length - proxys)] || entetes.get(ENTETE_ADRESSE_SOCKET)?.trim() || "inconnue";
}

/**
 * Chemin de retour après connexion : un chemin local seulement (« /mon-compte »), jamais une autre
 * origine (« //exemple.org », « https://… ») — sinon l'accueil. Une URL absolue de l'application
 * elle-même (`origine`) est ramenée à son chemin.
 */
export function cheminDeRetour(valeur: string | null | undefined, origine?: string): string {
  if (!valeur) return "/";
  let chemin = valeur.trim();
  if (origine && chemin.startsWith(origine)) chemin = chemin.slice(origine.length) || "/";
  if (!chemin.startsWith("/") || chemin.startsWith("//") || chemin.startsWith("/\\")) return "/";
  // Les pages de connexion ne sont pas une destination : on n'y reviendrait qu'en boucle.
  if (/^\/(connexion|deconnexion)(\/|\?|$)/.test(chemin)) return "/";
  return chemin;
}
