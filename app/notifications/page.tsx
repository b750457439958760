import type { Metadata } from "next";
import { CentreNotifications } from "@/components/notifications/CentreNotifications";
import { requireActeur } from "@/lib/auth/session";
import { listerNotifications } from "@/lib/notifications/queries";
import { marquerNotificationLueAction, marquerToutesNotificationsLuesAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PageNotifications({ searchParams }: Parametres) {
  const acteur = await requireActeur("/notifications");
  const brut = (await searchParams).page;
  const page = Number(Array.isArray(brut) ? brut[0] : brut) || 1;
  const resultat = await listerNotifications(acteur, { page });
  return (
    <CentreNotifications
      resultat={resultat}
      marquerLue={marquerNotificationLueAction}
      marquerToutesLues={marquerToutesNotificationsLuesAction}
    />
  );
}
