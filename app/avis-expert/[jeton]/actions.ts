"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { accepterDemandeAvis } from "@/lib/avis/accepter-demande-avis";

export async function accepterDemandeAvisAction(entree: unknown) {
  return actionServeur(accepterDemandeAvis)(entree);
}
