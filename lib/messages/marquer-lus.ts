// Ouvrir le fil d'une candidature marque comme lus les messages affichés (accusés MessageLu, sans
// doublon) et les notifications « message » de cette candidature pour cette personne. Seuls les
// messages affichés le sont : un message arrivé entre la lecture du fil et ce marquage reste non lu.
// Pas d'événement du journal : une lecture ne change pas la candidature.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { porteeMessage } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { marquerLusSchema } from "./marquer-lus.schema";

export const marquerMessagesLus: DefinitionAction<typeof marquerLusSchema, { messages: number; notifications: number }> = {
  nom: "messages.marquer_lus",
  schema: marquerLusSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, messageIds } = donnees;
    return prisma.$transaction(async (tx) => {
      const lisibles = messageIds.length
        ? await tx.message.findMany({
            where: { AND: [{ id: { in: messageIds }, candidatureId, auteurId: { not: acteur.id } }, porteeMessage(acteur, "lire")] },
            select: { id: true },
          })
        : [];
      const { count: messages } = await tx.messageLu.createMany({
        data: lisibles.map((m) => ({ messageId: m.id, utilisateurId: acteur.id })),
        skipDuplicates: true,
      });
      const { count: notifications } = await tx.notification.updateMany({
        where: { utilisateurId: acteur.id, type: "message", candidatureId, lueLe: null },
        data: { lueLe: new Date() },
      });
      return { messages, notifications };
    });
  },
};
