import type { Metadata } from "next";
import { cache } from "react";
import { PageLienExpert, titrePageLienExpert } from "@/components/avis/PageLienExpert";
import { getActeur } from "@/lib/auth/session";
import { lireLienExpert } from "@/lib/avis/queries";
import { accepterDemandeAvisAction } from "./actions";

type Parametres = { params: Promise<{ jeton: string }> };

// Une lecture par requête, partagée par le titre et la page.
const lire = cache(async (jeton: string) => {
  const [lien, acteur] = await Promise.all([lireLienExpert(jeton), getActeur()]);
  return { lien, acteur: acteur ? { id: acteur.id, email: acteur.email } : null };
});

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const { lien, acteur } = await lire((await params).jeton);
  // Le jeton est dans l'adresse : aucune indexation, aucun envoi dans l'en-tête Referer.
  return { title: titrePageLienExpert(lien, acteur), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Lien personnel d'un expert extérieur vers sa demande d'avis ; accessible sans être connecté. */
export default async function LienExpert({ params }: Parametres) {
  const { jeton } = await params;
  const { lien, acteur } = await lire(jeton);
  return <PageLienExpert jeton={jeton} lien={lien} acteur={acteur} accepter={accepterDemandeAvisAction} />;
}
