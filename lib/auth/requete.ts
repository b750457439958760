// Ce que la connexion retient de la requête HTTP : l'adresse IP du client et le chemin de retour.

type Env = Record<string, string | undefined>;

/**
 * Adresse IP du client d'après `x-forwarded-for` (Next y met l'adresse de la socket quand l'en-tête
 * est absent). Sans proxy de confiance déclaré (PROXYS_DE_CONFIANCE absent ou 0), c'est le premier
 * maillon ; derrière N proxys qui ajoutent chacun l'adresse vue, c'est l'adresse vue par le plus
 * externe d'entre eux (N-ième en partant de la fin), que le client ne peut pas falsifier.
 */
export function ipClient(entetes: Headers, env: Env = process.env): string {
  const maillons = (entetes.get("x-forwarded-for") ?? "")
    .split(",")
    .map((m) => m.trim())
    .filter(Boolean);
  const proxys = Math.max(0, Number.parseInt(env.PROXYS_DE_CONFIANCE ?? "0", 10) || 0);
  const ip = proxys === 0 ? maillons[0] : maillons[Math.max(0, maillons.length - proxys)];
  return ip || entetes.get("x-real-ip")?.trim() || "inconnue";
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
