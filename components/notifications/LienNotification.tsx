"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ActionServeur } from "@/components/organisations/types";
import { relireSession } from "@/components/layout/useSessionNavigateur";

/** Un chemin de l'application seulement (« /candidatures/… ») : jamais une autre origine. */
const cheminInterne = (lien: string) => (lien.startsWith("/") && !lien.startsWith("//") ? lien : "/notifications");

/**
 * Le titre d'une notification, lien vers ce dont elle parle : l'ouvrir la marque comme lue (action
 * serveur), puis mène à la page. Si le marquage échoue, la page s'ouvre quand même.
 */
export function LienNotification({
  id,
  lien,
  lue,
  action,
  children,
}: {
  id: string;
  lien: string;
  lue: boolean;
  action: ActionServeur<{ notificationId: string; lien: string }>;
  children: ReactNode;
}) {
  const router = useRouter();
  const href = cheminInterne(lien);

  async function ouvrir(evenement: React.MouseEvent<HTMLAnchorElement>) {
    // Ouverture dans un nouvel onglet (Ctrl, Maj, clic du milieu) : le navigateur fait comme d'habitude.
    if (lue || evenement.button !== 0 || evenement.ctrlKey || evenement.metaKey || evenement.shiftKey || evenement.altKey) return;
    evenement.preventDefault();
    await action({ notificationId: id }).catch(() => null);
    relireSession();
    router.push(href);
  }

  return (
    <Link href={href} prefetch={false} onClick={ouvrir}>
      {children}
    </Link>
  );
}
