// Protection des requêtes qui modifient des données contre les sites tiers (CSRF) : même règle que
// Next pour les actions serveur (l'`Origin` doit être l'hôte de la requête), mais un refus clair en
// 403 au lieu d'une erreur 500. Utilisé par chaque gestionnaire de route POST/PUT/PATCH/DELETE
// (`avecOrigineVerifiee`) et, pour les actions serveur, à l'entrée HTTP (lib/securite/entree-http.ts).
import { proxysDeConfiance } from "@/lib/auth/requete";

type Env = Record<string, string | undefined>;
type Entetes = { get(nom: string): string | null };

export const MESSAGE_ORIGINE_REFUSEE =
  "Demande refusée : elle ne vient pas de l'application. Rouvrez la page de l'application puis recommencez.";

const METHODES_SURES = new Set(["GET", "HEAD", "OPTIONS"]);

function hote(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Hôtes sous lesquels l'application est servie : celui de la requête, et celui de NEXTAUTH_URL. */
function hotesAdmis(entetes: Entetes, env: Env): Set<string> {
  const admis = new Set<string>();
  const ajouter = (valeur: string | null | undefined) => {
    const v = valeur?.split(",")[0]?.trim().toLowerCase();
    if (v) admis.add(v);
  };
  ajouter(entetes.get("host"));
  // x-forwarded-host n'est cru que derrière un proxy de confiance : sinon le client l'écrit lui-même.
  if (proxysDeConfiance(env) > 0) ajouter(entetes.get("x-forwarded-host"));
  if (env.NEXTAUTH_URL) ajouter(hote(env.NEXTAUTH_URL));
  return admis;
}

/**
 * Vrai si la requête (méthode qui modifie) vient d'un autre site. Un navigateur envoie toujours
 * `Origin` sur un POST ; à défaut on lit `Referer`, puis `Sec-Fetch-Site`. Sans aucun de ces
 * en-têtes, ce n'est pas un navigateur (donc pas une attaque CSRF) : la requête passe.
 */
export function origineEtrangere(methode: string, entetes: Entetes, env: Env = process.env): boolean {
  if (METHODES_SURES.has(methode.toUpperCase())) return false;
  const source = entetes.get("origin") ?? entetes.get("referer");
  if (source !== null) {
    const h = source === "null" ? null : hote(source);
    return h === null || !hotesAdmis(entetes, env).has(h);
  }
  return entetes.get("sec-fetch-site") === "cross-site";
}

export function reponseOrigineRefusee(): Response {
  return Response.json({ ok: false, code: "ACCES_REFUSE", message: MESSAGE_ORIGINE_REFUSEE }, { status: 403 });
}

/** Enveloppe d'un gestionnaire de route qui modifie des données : 403 si l'origine est étrangère. */
export function avecOrigineVerifiee<R extends Request, A extends unknown[]>(gestionnaire: (requete: R, ...autres: A) => Promise<Response>) {
  return async (requete: R, ...autres: A): Promise<Response> =>
    origineEtrangere(requete.method, requete.headers) ? reponseOrigineRefusee() : gestionnaire(requete, ...autres);
}
