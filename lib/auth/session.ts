// L'acteur de la requête en cours, lu dans le cookie de session de next-auth (stratégie
// « database ») : une requête SQL, mise en cache pour toute la requête (React `cache`).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import type { Acteur } from "./acteur";
import { chargerActeurDeSession } from "./acteur-chargement";
import { nomCookieSession } from "./parametres";
import { cheminDeRetour } from "./requete";

export const getActeur = cache(async (): Promise<Acteur | null> => {
  const jeton = (await cookies()).get(nomCookieSession())?.value;
  return jeton ? chargerActeurDeSession(prisma, jeton) : null;
});

/** Adresse de la page de connexion qui ramène ensuite à `callbackUrl`. */
export function urlConnexion(callbackUrl?: string): string {
  const retour = cheminDeRetour(callbackUrl);
  return retour === "/" ? "/connexion" : `/connexion?${new URLSearchParams({ callbackUrl: retour })}`;
}

/** Pour les pages : l'acteur connecté, sinon redirection vers la connexion puis retour ici. */
export async function requireActeur(callbackUrl?: string): Promise<Acteur> {
  const acteur = await getActeur();
  if (!acteur) redirect(urlConnexion(callbackUrl));
  return acteur;
}

export const MESSAGE_NON_AUTHENTIFIE = "Vous devez être connecté pour effectuer cette action. Connectez-vous, puis réessayez.";

/** Réponse 401 en JSON, en français, pour les gestionnaires de route. */
export function reponseNonAuthentifie(): Response {
  return Response.json(
    { ok: false, code: "NON_AUTHENTIFIE", message: MESSAGE_NON_AUTHENTIFIE },
    { status: 401, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Pour les gestionnaires de route : `const acteur = await acteurOuReponse401(); if (acteur instanceof
 * Response) return acteur;`.
 */
export async function acteurOuReponse401(): Promise<Acteur | Response> {
  return (await getActeur()) ?? reponseNonAuthentifie();
}

/** Enveloppe un gestionnaire de route qui exige un acteur (401 sinon). */
export function avecActeur<C>(gestionnaire: (requete: Request, acteur: Acteur, contexte: C) => Promise<Response>) {
  return async (requete: Request, contexte: C): Promise<Response> => {
    const acteur = await getActeur();
    return acteur ? gestionnaire(requete, acteur, contexte) : reponseNonAuthentifie();
  };
}
