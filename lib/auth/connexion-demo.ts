// Action « Se connecter » d'un compte de démonstration : crée la session comme next-auth le ferait
// (ligne session_connexion + cookie next-auth.session-token), journalise « connexion.demo », puis
// redirige. Refusée (404) quand la démonstration n'est pas activée ou que l'adresse n'en est pas une.
import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { demoActivee, listerComptesDemo, ouvrirSessionDemo } from "./comptes-demo";
import { cookiesSecurises, nomCookieSession } from "./parametres";
import { cheminDeRetour, ipClient } from "./requete";

export async function connecterEnDemo(donnees: FormData): Promise<never> {
  if (!demoActivee()) notFound();
  const session = await ouvrirSessionDemo(prisma, {
    email: String(donnees.get("email") ?? ""),
    ip: ipClient(await headers()),
  });
  if (!session) notFound();
  (await cookies()).set(nomCookieSession(), session.jeton, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: cookiesSecurises(),
    expires: session.expires,
  });
  redirect(cheminDeRetour(String(donnees.get("callbackUrl") ?? "")));
}

export async function comptesDemoAffiches() {
  return demoActivee() ? listerComptesDemo(prisma) : null;
}
