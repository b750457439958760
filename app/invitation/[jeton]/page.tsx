import type { Metadata } from "next";
import { cache } from "react";
import { PageInvitation, titrePageInvitation, type ActeurInvitation } from "@/components/organisations/PageInvitation";
import { getActeur } from "@/lib/auth/session";
import { lireInvitation } from "@/lib/invitations/queries";
import { accepterInvitationAction } from "./actions";

type Parametres = { params: Promise<{ jeton: string }> };

// Une lecture par requête, partagée par le titre et la page.
const lire = cache(async (jeton: string) => {
  const [invitation, acteur] = await Promise.all([lireInvitation(jeton), getActeur()]);
  const pourPage: ActeurInvitation | null = acteur ? { email: acteur.email, appartenances: acteur.appartenances } : null;
  return { invitation, acteur: pourPage };
});

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const { invitation, acteur } = await lire((await params).jeton);
  // Le jeton est dans l'adresse : aucune indexation, aucun envoi dans l'en-tête Referer.
  return { title: titrePageInvitation(invitation, acteur), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Page d'acceptation d'une invitation reçue par courriel ; accessible sans être connecté. */
export default async function Invitation({ params }: Parametres) {
  const { jeton } = await params;
  const { invitation, acteur } = await lire(jeton);
  return <PageInvitation jeton={jeton} invitation={invitation} acteur={acteur} action={accepterInvitationAction} />;
}
