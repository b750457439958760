import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Acteur } from "@/lib/auth/acteur";
import { getActeur } from "@/lib/auth/session";

/**
 * `Authorization: Bearer <SANTE_JETON>`. Comparaison en temps constant des empreintes SHA-256 :
 * elles ont toujours la même longueur, si bien que la durée ne dit rien du jeton, pas même sa taille.
 */
export function jetonSurveillanceValide(autorisation: string | null, attendu = process.env.SANTE_JETON): boolean {
  if (!attendu || !autorisation) return false;
  const jeton = /^Bearer\s+(\S+)\s*$/i.exec(autorisation)?.[1];
  if (!jeton) return false;
  const empreinte = (texte: string) => createHash("sha256").update(texte, "utf8").digest();
  return timingSafeEqual(empreinte(jeton), empreinte(attendu));
}

export function estAdministrateurDgaln(acteur: Acteur): boolean {
  return acteur.appartenances.some((a) => a.typeOrganisation === "dgaln" && a.role === "administrateur");
}

/** Le détail (version, migrations, latence) est réservé à la supervision et aux administrateurs DGALN. */
export async function detailsSantePermis(requete: Request): Promise<boolean> {
  if (jetonSurveillanceValide(requete.headers.get("authorization"))) return true;
  try {
    const acteur = await getActeur();
    return acteur !== null && estAdministrateurDgaln(acteur);
  } catch {
    // Base injoignable : la session ne peut pas être lue, la réponse publique suffit.
    return false;
  }
}
