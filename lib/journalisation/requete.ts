// Identifiant de requête : proxy.ts en tire un neuf pour chaque requête (celui qu'envoie le client
// est remplacé), le pose sur la requête (`x-request-id`) et le renvoie dans la réponse
// (`X-Request-Id`). Les actions serveur et les gestionnaires de route le relisent ici pour leurs
// lignes de journal.
import "server-only";

export const ENTETE_ID_REQUETE = "x-request-id";

/** L'identifiant de la requête en cours, ou `undefined` hors requête (tests, scripts). */
export async function idRequeteCourante(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get(ENTETE_ID_REQUETE) ?? undefined;
  } catch {
    return undefined;
  }
}
