import type { Metadata } from "next";
import { ListeMesDemandesAvis } from "@/components/avis/ListeMesDemandesAvis";
import { PageContenu } from "@/components/ui/PageContenu";
import { requireActeur } from "@/lib/auth/session";
import { listerMesDemandesAvis } from "@/lib/avis/queries";

export const metadata: Metadata = { title: "Mes demandes d'avis" };

/** Les demandes d'avis d'expert adressées à la personne connectée. */
export default async function PageMesAvis() {
  const acteur = await requireActeur("/mes-avis");
  const demandes = await listerMesDemandesAvis(acteur);
  return (
    <PageContenu titre="Mes demandes d'avis">
      <p>La DGALN vous demande un avis d&apos;expert sur ces candidatures. Vous les consultez en lecture seule et rendez votre avis avant l&apos;échéance.</p>
      <ListeMesDemandesAvis demandes={demandes} />
    </PageContenu>
  );
}
