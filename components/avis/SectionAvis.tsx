// Section « Avis » de la fiche d'une candidature (issue 12) : l'avis du service de l'État (porteurs,
// DGALN, expert), puis — pour la DGALN seulement (politique `avis.lire`) — les avis d'expert demandés,
// leur état, l'annulation et le formulaire de demande.
import { fr } from "@codegouvfr/react-dsfr";
import type { Acteur } from "@/lib/auth/acteur";
import { aUnDroit } from "@/lib/autorisations/politique";
import { avisServiceEtat, listerCollegesDgaln, listerDemandesAvis } from "@/lib/avis/queries";
import { peutDemanderAvis, premiereEcheance } from "@/lib/avis/regles";
import type { ResultatAction } from "@/lib/errors";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { AvisServiceEtat } from "./AvisServiceEtat";
import { FormulaireDemandeAvis } from "./FormulaireDemandeAvis";
import { ListeDemandesAvis } from "./ListeDemandesAvis";

type Props = {
  acteur: Acteur;
  candidature: { id: string; statut: StatutCandidature };
  demander: (entree: unknown) => Promise<ResultatAction<{ exterieur: boolean }>>;
  annuler: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export async function SectionAvis({ acteur, candidature, demander, annuler }: Props) {
  const dgaln = aUnDroit(acteur, "avis", "demander");
  const [avisEtat, demandes, colleges] = await Promise.all([
    avisServiceEtat(acteur, candidature.id),
    dgaln ? listerDemandesAvis(acteur, candidature.id) : Promise.resolve([]),
    dgaln ? listerCollegesDgaln(acteur) : Promise.resolve([]),
  ]);
  const demain = premiereEcheance();
  return (
    <section id="avis" aria-labelledby="titre-avis" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-avis">Avis</h2>
      <AvisServiceEtat avis={avisEtat} />
      {dgaln && (
        <>
          <h3 className={fr.cx("fr-h6", "fr-mb-1w")}>Avis d&apos;expert</h3>
          <p className={fr.cx("fr-text--sm")}>Réservés à la DGALN : ni les porteurs ni le service de l&apos;État ne les voient.</p>
          <ListeDemandesAvis demandes={demandes} annuler={annuler} />
          {peutDemanderAvis(candidature.statut) ? (
            <FormulaireDemandeAvis candidatureId={candidature.id} colleges={colleges} demain={demain} demander={demander} />
          ) : (
            <p className={fr.cx("fr-text--sm", "fr-hint-text")}>Un avis d&apos;expert se demande sur une candidature déposée, en instruction ou à corriger.</p>
          )}
        </>
      )}
    </section>
  );
}
