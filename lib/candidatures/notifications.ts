// Courriels de la candidature, envoyés APRÈS la validation de la transaction (CONVENTIONS.md) :
// un courriel n'annonce jamais ce qui n'a pas eu lieu. Un échec d'envoi n'annule pas l'action : le
// courriel reste dans la table `courriel` avec son erreur, et l'incident est journalisé.
import "server-only";
import { rolesDestinataires } from "@/lib/autorisations/politique";
import { envoyerCourriel } from "@/lib/courriels/envoyer";
import { echapperHtml } from "@/lib/courriels/html";
import { prisma } from "@/lib/db";
import type { PartieSignataire } from "@/lib/generated/prisma/client";
import { originePublique } from "@/lib/invitations/courriel";
import { journal } from "@/lib/journalisation/logger";

/** Adresses des membres actifs des parties (collectivités porteuses ; service de l'État compétent), aux rôles que dit la politique. */
export async function destinatairesParties(candidatureId: string, parties: readonly PartieSignataire[], exclureId?: string): Promise<string[]> {
  const c = await prisma.candidature.findUnique({
    where: { id: candidatureId },
    select: {
      collectivitePrincipale: { select: { id: true, courriel: true } },
      serviceEtat: { select: { id: true, courriel: true } },
      porteuses: { select: { organisationId: true } },
    },
  });
  if (!c) return [];
  const adresses = new Set<string>();
  for (const partie of parties) {
    const organisations =
      partie === "collectivite" ? [c.collectivitePrincipale.id, ...c.porteuses.map((p) => p.organisationId)] : [c.serviceEtat.id];
    const membres = await prisma.appartenance.findMany({
      where: {
        organisationId: { in: organisations },
        role: { in: [...rolesDestinataires(partie)] },
        utilisateur: { actif: true, ...(exclureId ? { id: { not: exclureId } } : {}) },
      },
      select: { utilisateur: { select: { email: true } } },
    });
    for (const m of membres) adresses.add(m.utilisateur.email);
    // Partie sans compte encore : l'adresse générique de l'organisation, si elle est connue.
    const generique = partie === "collectivite" ? c.collectivitePrincipale.courriel : c.serviceEtat.courriel;
    if (membres.length === 0 && generique) adresses.add(generique);
  }
  return [...adresses].sort();
}

export type MessageCandidature = {
  sujet: string;
  paragraphes: string[];
  /** Chemin dans l'application (« /candidatures/… ») ; l'origine publique est ajoutée. */
  chemin: string;
  libelleLien: string;
};

export function contenuCourriel(m: MessageCandidature): { sujet: string; texte: string; html: string } {
  const lien = `${originePublique()}${m.chemin}`;
  const signature = "Ateliers des territoires — Direction générale de l'aménagement, du logement et de la nature (DGALN)";
  const automatique = "Ce message est envoyé automatiquement, merci de ne pas y répondre.";
  const texte = ["Bonjour,", "", ...m.paragraphes.flatMap((p) => [p, ""]), `${m.libelleLien} : ${lien}`, "", `— ${signature}`, automatique, ""].join("\n");
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${echapperHtml(m.sujet)}</title></head>
<body style="font-family: Arial, sans-serif; color: #161616; line-height: 1.5;">
<p>Bonjour,</p>
${m.paragraphes.map((p) => `<p>${echapperHtml(p)}</p>`).join("\n")}
<p><a href="${echapperHtml(lien)}" style="display: inline-block; background: #000091; color: #ffffff; padding: 8px 16px; text-decoration: none;">${echapperHtml(m.libelleLien)}</a></p>
<p>Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${echapperHtml(lien)}">${echapperHtml(lien)}</a></p>
<p style="color: #666666; font-size: 14px;">— ${echapperHtml(signature)}<br>${echapperHtml(automatique)}</p>
</body>
</html>
`;
  return { sujet: m.sujet, texte, html };
}

/** Envoie le message aux parties ; rend le nombre de destinataires. Ne lève jamais. */
export async function notifierParties(
  candidatureId: string,
  parties: readonly PartieSignataire[],
  message: MessageCandidature,
  exclureId?: string,
): Promise<number> {
  try {
    const adresses = await destinatairesParties(candidatureId, parties, exclureId);
    const contenu = contenuCourriel(message);
    for (const destinataire of adresses) await envoyerCourriel(prisma, { destinataire, ...contenu });
    return adresses.length;
  } catch (erreur) {
    journal.error({ candidatureId, erreur }, `candidatures : courriel « ${message.sujet} » non envoyé`);
    return 0;
  }
}

export const cheminCandidature = (id: string) => `/candidatures/${id}`;
export const cheminRecepisse = (id: string) => `/api/candidatures/${id}/recepisse`;
