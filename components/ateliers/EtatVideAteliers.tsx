import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { FiltresListeAteliers } from "@/lib/ateliers/filtres";
import { CHEMIN_ATELIERS, filtresAteliersActifs } from "./adresses";

export type Lecteur = "collectivite" | "etat" | "dgaln";

const SANS_ATELIER: Record<Lecteur, string> = {
  collectivite:
    "Votre collectivité ne porte encore aucun atelier. Un atelier s'ouvre quand la DGALN retient une candidature : suivez les vôtres dans « Mes candidatures ».",
  etat: "Aucun atelier ne relève encore de votre département. Un atelier s'ouvre quand la DGALN retient une candidature : suivez celles de votre département dans le « Tableau d'instruction ».",
  dgaln: "Aucun atelier n'est encore ouvert. Un atelier s'ouvre quand une candidature est retenue, depuis le « Tableau d'instruction » ou le jury d'une session.",
};

/** Aucun atelier : dire pourquoi, et quoi faire (élargir les filtres, ou d'où viennent les ateliers). */
export function EtatVideAteliers({ filtres, lecteur }: { filtres: FiltresListeAteliers; lecteur: Lecteur }) {
  if (!filtresAteliersActifs(filtres)) {
    return <Alert severity="info" title="Aucun atelier pour l'instant" description={SANS_ATELIER[lecteur]} className={fr.cx("fr-mb-3w")} />;
  }
  return (
    <Alert
      severity="info"
      title={filtres.q ? `Aucun atelier ne correspond à « ${filtres.q} »` : "Aucun atelier ne correspond à ces filtres"}
      description={
        <>
          {filtres.q
            ? "Vérifiez l'orthographe, essayez un seul mot du titre ou le nom de la collectivité, ou retirez des filtres. "
            : "Élargissez la sélection : retirez un filtre, choisissez « Tous les statuts » ou une autre année. "}
          <a href={CHEMIN_ATELIERS}>Réinitialiser les filtres</a>
        </>
      }
      className={fr.cx("fr-mb-3w")}
    />
  );
}
