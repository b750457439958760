// Qui lit un message d'une visibilité donnée sur une candidature : les personnes désignées par les
// droits `message.lire` de la politique qui ouvrent cette visibilité (lib/autorisations/titulaires.ts),
// jamais une liste écrite à la main. Sert à prévenir exactement ceux qui pourront lire le message.
import "server-only";
import type { Client } from "@/lib/autorisations/exiger";
import { droitsDe } from "@/lib/autorisations/politique";
import { titulairesSurCandidature } from "@/lib/autorisations/titulaires";
import type { VisibiliteMessage } from "@/lib/generated/prisma/client";

/** Identifiants des utilisateurs actifs qui liront ce message (sauf `exclure`, l'auteur), triés. */
export async function lecteursMessage(client: Client, candidatureId: string, visibilite: VisibiliteMessage, exclure?: string): Promise<string[]> {
  const droits = droitsDe("message", "lire").filter((d) => d.visibilites.includes(visibilite));
  const c = await client.candidature.findUnique({
    where: { id: candidatureId },
    select: { id: true, collectivitePrincipaleId: true, serviceEtatId: true, codeDepartement: true, porteuses: { select: { organisationId: true } } },
  });
  if (!c || droits.length === 0) return [];
  const cible = { ...c, porteuseIds: c.porteuses.map((p) => p.organisationId) };
  const lecteurs = await client.utilisateur.findMany({
    where: { actif: true, ...(exclure && { id: { not: exclure } }), OR: droits.map((d) => titulairesSurCandidature(d, cible)) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return lecteurs.map((u) => u.id);
}
