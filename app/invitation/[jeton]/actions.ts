"use server";
import { actionServeur } from "@/lib/actions/serveur";
import { accepterInvitation } from "@/lib/organisations/accepter-invitation";

export async function accepterInvitationAction(entree: unknown) {
  return actionServeur(accepterInvitation)(entree);
}
