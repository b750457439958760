// Marquer comme lue une notification (en l'ouvrant) ou toutes à la fois. Écriture conditionnelle
// bornée par la portée `notification.marquer` : la ligne d'une autre personne n'est jamais touchée,
// et un refus ne dit pas si elle existe. Pas d'événement d'audit : l'état « lu » est un réglage
// personnel de l'interface, pas un fait de la candidature (le journal chaîné n'en a que faire).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { introuvable } from "@/lib/autorisations/exiger";
import { porteeNotification } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { marquerLueSchema, marquerToutesLuesSchema } from "./notifications.schema";
import { trouverNotification } from "./queries";

export const marquerNotificationLue: DefinitionAction<typeof marquerLueSchema, { notificationId: string; lien: string }> = {
  nom: "notifications.marquer_lue",
  schema: marquerLueSchema,
  async executer({ acteur, donnees }) {
    const { notificationId } = donnees;
    await prisma.notification.updateMany({
      where: { AND: [{ id: notificationId }, porteeNotification(acteur, "marquer"), { lueLe: null }] },
      data: { lueLe: new Date() },
    });
    // Déjà lue (autre onglet) : pas une erreur. Hors portée ou inexistante : INTROUVABLE.
    const notification = await trouverNotification(acteur, notificationId, "marquer");
    if (!notification) throw introuvable();
    return { notificationId, lien: notification.lien };
  },
  revalider: () => ["/notifications"],
};

export const marquerToutesNotificationsLues: DefinitionAction<typeof marquerToutesLuesSchema, { marquees: number }> = {
  nom: "notifications.marquer_toutes_lues",
  schema: marquerToutesLuesSchema,
  async executer({ acteur }) {
    const { count } = await prisma.notification.updateMany({
      where: { AND: [porteeNotification(acteur, "marquer"), { lueLe: null }] },
      data: { lueLe: new Date() },
    });
    return { marquees: count };
  },
  revalider: () => ["/notifications"],
};
