// Gestionnaire de /api/auth/* : next-auth avec le contexte de la requête (adresse IP, chemin de
// retour, session déjà ouverte), puis l'audit des échecs que next-auth signale par redirection.
import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { journaliserEchecRedirige } from "./audit-redirection";
import { optionsAuth } from "./options";
import { nomCookieSession } from "./parametres";
import { ipClient } from "./requete";
import { journal } from "@/lib/journalisation/logger";
import { ENTETE_ID_REQUETE } from "@/lib/journalisation/requete";

type Contexte = { params: Promise<{ nextauth: string[] }> };

async function cheminDeRetourDemande(requete: NextRequest, action?: string): Promise<string | undefined> {
  if (requete.method !== "POST" || action !== "signin") return undefined;
  if (!requete.headers.get("content-type")?.includes("application/x-www-form-urlencoded")) return undefined;
  // Lu sur une copie : next-auth lit ensuite le corps original.
  return new URLSearchParams(await requete.clone().text()).get("callbackUrl") ?? undefined;
}

export async function gererRequeteAuth(requete: NextRequest, contexte: Contexte): Promise<Response> {
  const [action, fournisseur] = (await contexte.params).nextauth ?? [];
  const ip = ipClient(requete.headers);
  const options = optionsAuth({
    ip,
    callbackUrl: await cheminDeRetourDemande(requete, action),
    jetonSession: requete.cookies.get(nomCookieSession())?.value,
  });
  const reponse: Response = await NextAuth(requete, contexte, options);
  try {
    await journaliserEchecRedirige(prisma, {
      action,
      fournisseur,
      destination: reponse.headers.get("location"),
      origine: requete.nextUrl.origin,
      email: requete.nextUrl.searchParams.get("email"),
      ip,
    });
  } catch (cause) {
    journal.error({ idRequete: requete.headers.get(ENTETE_ID_REQUETE), erreur: cause }, "auth : journal d'échec de connexion non écrit");
  }
  return reponse;
}
