"use server";
// Action serveur du contrat et de l'équipe d'un atelier : le pipeline unique (session, schéma zod,
// cas d'usage dans la portée de l'acteur, revalidation).
import { actionServeur } from "@/lib/actions/serveur";
import { renseignerContrat } from "@/lib/ateliers/contrat/renseigner-contrat";

export async function renseignerContratAction(entree: unknown) {
  return actionServeur(renseignerContrat)(entree);
}
