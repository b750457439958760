// Lectures du centre de notifications, toujours bornées par `porteeNotification` : une personne ne
// lit, ne compte et ne marque que les siennes (politique `notification`, lien « propres »).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { pageDans, type Page, type Pagination } from "@/lib/autorisations/pagination";
import { porteeNotification, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const SELECTION_NOTIFICATION = {
  id: true,
  titre: true,
  texte: true,
  lien: true,
  creeLe: true,
  lueLe: true,
} as const satisfies Prisma.NotificationSelect;

export type LigneNotification = Prisma.NotificationGetPayload<{ select: typeof SELECTION_NOTIFICATION }>;

/** Nombre de notifications non lues : une seule requête, sur l'index (utilisateurId, lueLe, creeLe). */
export function compterNonLues(acteur: Pick<Acteur, "id">, client: Client = prisma): Promise<number> {
  return client.notification.count({ where: { AND: [porteeNotification(acteur, "lire"), { lueLe: null }] } });
}

/** Les notifications de l'acteur, les plus récentes d'abord, par pages. */
export async function listerNotifications(
  acteur: Acteur,
  pagination: Pagination = {},
  client: Client = prisma,
): Promise<Page<LigneNotification> & { nonLues: number }> {
  const where = porteeNotification(acteur, "lire");
  const [total, nonLues] = await Promise.all([client.notification.count({ where }), compterNonLues(acteur, client)]);
  const { page, parPage, pages, tronquee, skip, take } = pageDans(pagination, total);
  const lignes = await client.notification.findMany({
    where,
    select: SELECTION_NOTIFICATION,
    orderBy: [{ creeLe: "desc" }, { id: "desc" }],
    skip,
    take,
  });
  return { lignes, total, page, parPage, pages, tronquee, nonLues };
}

/** La notification si elle est dans la portée de l'action ; `null` sinon. */
export async function trouverNotification(
  acteur: Pick<Acteur, "id">,
  id: string,
  action: ActionDe<"notification"> = "lire",
  client: Client = prisma,
): Promise<LigneNotification | null> {
  if (!estIdentifiant(id)) return null;
  return client.notification.findFirst({ where: { AND: [{ id }, porteeNotification(acteur, action)] }, select: SELECTION_NOTIFICATION });
}
