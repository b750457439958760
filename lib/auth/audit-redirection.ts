// next-auth signale certains échecs seulement par une redirection (?error=…) : lien expiré ou déjà
// utilisé, refus ou erreur du fournisseur d'identité. On les journalise au vu de cette redirection.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { journaliserConnexionEchouee } from "./journal-connexion";
import { ID_LIEN } from "./parametres";

/** Erreurs de next-auth à journaliser ; les refus décidés par nos rappels le sont déjà. */
const ERREURS_JOURNALISEES = new Set([
  "Verification",
  "OAuthSignin",
  "OAuthCallback",
  "OAuthCreateAccount",
  "EmailCreateAccount",
  "OAuthAccountNotLinked",
  "Callback",
  "AccessDenied",
  "Configuration",
]);

/** Journalise l'échec signalé par la redirection de next-auth ; renvoie le code, ou null. */
export async function journaliserEchecRedirige(
  prisma: Pick<PrismaClient, "$transaction">,
  {
    action,
    fournisseur,
    destination,
    origine,
    email,
    ip,
  }: { action?: string; fournisseur?: string; destination: string | null; origine: string; email?: string | null; ip: string },
): Promise<string | null> {
  if ((action !== "callback" && action !== "signin") || !fournisseur || !destination) return null;
  const erreur = new URL(destination, origine).searchParams.get("error");
  if (!erreur || !ERREURS_JOURNALISEES.has(erreur)) return null;
  await journaliserConnexionEchouee(prisma, {
    methode: fournisseur === ID_LIEN ? "lien" : "proconnect",
    raison: erreur === "Verification" ? "lien_invalide_ou_expire" : "erreur_fournisseur",
    email: email?.toLowerCase() ?? undefined,
    ip,
    detail: erreur,
  });
  return erreur;
}
