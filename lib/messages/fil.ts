// Ouvrir le fil d'une candidature (issue 12) : les messages que l'acteur peut lire, l'auteur et sa
// qualité, ce qu'il peut écrire ; puis l'ouverture marque comme lus les messages affichés et les
// notifications « message » de la candidature (par le pipeline, lib/messages/marquer-lus.ts). Les
// messages encore non lus avant l'ouverture restent signalés « Nouveau » dans ce rendu.
import "server-only";
import { executerAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import type { VisibiliteMessage } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { marquerMessagesLus } from "./marquer-lus";
import { qualiteAuteur } from "./presentation";
import { droitsFil, listerFil } from "./queries";

export type MessageAffiche = {
  id: string;
  auteur: string;
  qualite: string | null;
  deMoi: boolean;
  nouveau: boolean;
  visibilite: VisibiliteMessage;
  contenu: string;
  creeLe: Date;
  piecesJointes: { id: string; nomFichier: string; taille: number; typeMime: string }[];
};

export type Fil = { messages: MessageAffiche[]; lecture: VisibiliteMessage[]; ecriture: VisibiliteMessage[] };

type Candidature = {
  id: string;
  collectivitePrincipaleId: string;
  serviceEtatId: string;
  codeDepartement: string;
  porteuses: { organisation: { id: string } }[];
};

/** Le fil, ou `null` si l'acteur ne lit aucun message de cette candidature (un juré, par exemple). */
export async function ouvrirFil(acteur: Acteur, c: Candidature): Promise<Fil | null> {
  const { lecture, ecriture } = await droitsFil(acteur, c.id);
  if (lecture.length === 0) return null;
  const lus = await listerFil(acteur, c.id);
  const cible = { ...c, porteuseIds: c.porteuses.map((p) => p.organisation.id) };
  const messages = lus.map((m) => ({
    id: m.id,
    auteur: nomAffiche(m.auteur),
    qualite: qualiteAuteur(m.auteur.appartenances, cible),
    deMoi: m.auteurId === acteur.id,
    nouveau: m.nouveau,
    visibilite: m.visibilite,
    contenu: m.contenu,
    creeLe: m.creeLe,
    piecesJointes: m.piecesJointes.map((p) => ({ id: p.id, nomFichier: p.nomFichier, taille: p.fichier.taille, typeMime: p.fichier.typeMime })),
  }));
  await executerAction(marquerMessagesLus, acteur, { candidatureId: c.id, messageIds: lus.filter((m) => m.nouveau).map((m) => m.id) });
  return { messages, lecture, ecriture };
}
