// Notifier des personnes : une notification dans l'application (cloche de l'en-tête) pour chacune,
// et un courriel tout de suite à celles qui l'ont choisi (`frequenceCourriels = immediat`) ; les
// autres la retrouvent dans leur résumé quotidien (8 h, heure de Paris). Les destinataires sont
// choisis par l'appelant d'après la politique (qui peut lire ce dont on parle) : ce module ne
// décide pas qui a le droit de savoir, il prévient ceux qu'on lui donne.
import "server-only";
import type { Client } from "@/lib/autorisations/exiger";
import { contenuCourriel, type MessageCandidature } from "./gabarit-courriel";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import type { TypeNotification } from "@/lib/generated/prisma/client";

export type NotificationACreer = {
  type: TypeNotification;
  candidatureId?: string;
  /** Titre court affiché dans la cloche (« Nouveau message sur ADT-2026-000123 »). */
  titre: string;
  /** Une ou deux phrases : ce qui s'est passé et ce qu'on attend de la personne. */
  texte: string;
  /** Le courriel immédiat (sujet, paragraphes, lien) ; son chemin sert aussi de lien à la notification. */
  courriel: MessageCandidature;
  /** Lien de la notification quand il diffère de celui du courriel (une page plutôt qu'un PDF). */
  lien?: string;
};

/** Crée les notifications et envoie les courriels immédiats ; rend le nombre de personnes notifiées. */
export async function notifier(client: Client, utilisateurIds: readonly string[], n: NotificationACreer): Promise<number> {
  const ids = [...new Set(utilisateurIds)];
  if (ids.length === 0) return 0;
  const personnes = await client.utilisateur.findMany({
    where: { id: { in: ids }, actif: true },
    select: { id: true, email: true, frequenceCourriels: true },
    orderBy: { email: "asc" },
  });
  const contenu = contenuCourriel(n.courriel);
  for (const p of personnes) {
    const courriel =
      p.frequenceCourriels === "immediat"
        ? await envoyerCourriel(client, { destinataire: p.email, ...contenu, categorie: "notification" })
        : null;
    await client.notification.create({
      data: {
        utilisateurId: p.id,
        type: n.type,
        candidatureId: n.candidatureId ?? null,
        titre: n.titre,
        texte: n.texte,
        lien: n.lien ?? n.courriel.chemin,
        courrielId: courriel?.id ?? null,
      },
    });
  }
  return personnes.length;
}
