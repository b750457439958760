"use server";
// Actions serveur du centre de notifications : minces, tout passe par le pipeline.
import { actionServeur } from "@/lib/actions/serveur";
import { marquerNotificationLue, marquerToutesNotificationsLues } from "@/lib/notifications/marquer-lues";

export async function marquerNotificationLueAction(entree: unknown) {
  return actionServeur(marquerNotificationLue)(entree);
}

export async function marquerToutesNotificationsLuesAction(entree: unknown) {
  return actionServeur(marquerToutesNotificationsLues)(entree);
}
