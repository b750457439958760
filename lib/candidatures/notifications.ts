// Prévenir les parties d'une candidature, APRÈS la validation de la transaction (CONVENTIONS.md) :
// on n'annonce jamais ce qui n'a pas eu lieu. Chaque personne concernée reçoit une notification
// (cloche de l'en-tête) et, selon sa préférence, un courriel tout de suite ou dans son résumé
// quotidien (lib/notifications/notifier.ts). Une partie sans compte reçoit le courriel à l'adresse
// générique de son organisation. Un échec n'annule pas l'action : il est journalisé.
import "server-only";
import { rolesDestinataires } from "@/lib/autorisations/politique";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import type { Client } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import type { PartieSignataire, TypeNotification } from "@/lib/generated/prisma/client";
import { journal } from "@/lib/journalisation/logger";
import { contenuCourriel, type MessageCandidature } from "@/lib/notifications/gabarit-courriel";
import { notifier } from "@/lib/notifications/notifier";

// Rendus ici aussi : les appelants historiques les importent de ce module.
export { contenuCourriel, type MessageCandidature };

export type DestinatairesParties = {
  /** Membres actifs des parties, aux rôles que dit la politique (DESTINATAIRES_CANDIDATURE). */
  utilisateurIds: string[];
  /** Adresses génériques des organisations des parties qui n'ont encore aucun compte. */
  adressesGeneriques: string[];
};

/** Qui prévenir dans ces parties (collectivités porteuses ; service de l'État compétent), sauf `exclureId`. */
export async function destinatairesParties(
  candidatureId: string,
  parties: readonly PartieSignataire[],
  exclureId?: string,
  client: Client = prisma,
): Promise<DestinatairesParties> {
  const c = await client.candidature.findUnique({
    where: { id: candidatureId },
    select: {
      collectivitePrincipale: { select: { id: true, courriel: true } },
      serviceEtat: { select: { id: true, courriel: true } },
      porteuses: { select: { organisationId: true } },
    },
  });
  if (!c) return { utilisateurIds: [], adressesGeneriques: [] };
  const utilisateurs = new Map<string, string>();
  const generiques = new Set<string>();
  for (const partie of parties) {
    const organisations =
      partie === "collectivite" ? [c.collectivitePrincipale.id, ...c.porteuses.map((p) => p.organisationId)] : [c.serviceEtat.id];
    const membres = await client.appartenance.findMany({
      where: {
        organisationId: { in: organisations },
        role: { in: [...rolesDestinataires(partie)] },
        utilisateur: { actif: true, ...(exclureId ? { id: { not: exclureId } } : {}) },
      },
      select: { utilisateur: { select: { id: true, email: true } } },
    });
    for (const m of membres) utilisateurs.set(m.utilisateur.id, m.utilisateur.email);
    // Partie sans compte encore : l'adresse générique de l'organisation, si elle est connue.
    const generique = partie === "collectivite" ? c.collectivitePrincipale.courriel : c.serviceEtat.courriel;
    if (membres.length === 0 && generique) generiques.add(generique);
  }
  const adressesPersonnes = new Set(utilisateurs.values());
  return {
    utilisateurIds: [...utilisateurs.keys()].sort(),
    adressesGeneriques: [...generiques].filter((a) => !adressesPersonnes.has(a)).sort(),
  };
}

/**
 * Prévient les parties : une notification de ce type à chacun de leurs membres, et le courriel à
 * l'adresse générique d'une partie sans compte. `lien` : la page de la notification, quand le
 * courriel mène ailleurs (un PDF). Rend le nombre de destinataires. Ne lève jamais.
 */
export async function notifierParties(
  candidatureId: string,
  parties: readonly PartieSignataire[],
  type: TypeNotification,
  message: MessageCandidature & { lien?: string },
  exclureId?: string,
): Promise<number> {
  try {
    return await notifierPartiesDans(prisma, candidatureId, parties, type, message, exclureId);
  } catch (erreur) {
    journal.error({ candidatureId, erreur }, `candidatures : notification « ${message.sujet} » non envoyée`);
    return 0;
  }
}

/**
 * La même chose par le client de l'appelant (une transaction) : notifications et courriels n'existent
 * que si la transaction est validée. Lève en cas d'échec (la transaction est annulée).
 */
export async function notifierPartiesDans(
  client: Client,
  candidatureId: string,
  parties: readonly PartieSignataire[],
  type: TypeNotification,
  message: MessageCandidature & { lien?: string },
  exclureId?: string,
): Promise<number> {
  const { utilisateurIds, adressesGeneriques } = await destinatairesParties(candidatureId, parties, exclureId, client);
  const { lien, ...courriel } = message;
  const notifies = await notifier(client, utilisateurIds, {
    type,
    candidatureId,
    titre: message.sujet,
    texte: message.paragraphes[0] ?? message.sujet,
    courriel,
    lien,
  });
  const contenu = contenuCourriel(courriel);
  for (const destinataire of adressesGeneriques) await envoyerCourriel(client, { destinataire, ...contenu, categorie: "notification" });
  return notifies + adressesGeneriques.length;
}

export const cheminCandidature = (id: string) => `/candidatures/${id}`;
export const cheminRecepisse = (id: string) => `/api/candidatures/${id}/recepisse`;
