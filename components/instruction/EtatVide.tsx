import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { FiltresTableau } from "@/lib/instruction/filtres";
import { CHEMIN_INSTRUCTION, filtresActifs } from "./adresses";

/** Aucun résultat : dire pourquoi, et quoi faire (corriger la recherche, élargir les filtres, attendre). */
export function EtatVide({ filtres, instruit }: { filtres: FiltresTableau; instruit: boolean }) {
  if (!filtresActifs(filtres)) {
    return (
      <Alert
        severity="info"
        title="Aucune candidature pour l'instant"
        description={
          instruit
            ? "Les candidatures apparaîtront ici dès qu'une collectivité et son service de l'État en auront commencé une ; celles à examiner seront dans « Recevabilités à faire » une fois déposées."
            : "Aucune candidature ne relève encore de votre département. Une candidature commencée par une collectivité ou par votre service apparaîtra ici ; vous pouvez aussi en créer une depuis « Mes candidatures »."
        }
        className={fr.cx("fr-mb-3w")}
      />
    );
  }
  return (
    <Alert
      severity="info"
      title={filtres.q ? `Aucune candidature ne correspond à « ${filtres.q} »` : "Aucune candidature ne correspond à ces filtres"}
      description={
        <>
          {filtres.q
            ? "Vérifiez l'orthographe, essayez un seul mot (le nom de la commune ou de l'EPCI), le début de la référence (ADT-2026-…), ou retirez des filtres. "
            : "Élargissez la sélection : retirez un filtre, choisissez « Tous les statuts » ou une autre période. "}
          <a href={CHEMIN_INSTRUCTION}>Réinitialiser les filtres</a>
        </>
      }
      className={fr.cx("fr-mb-3w")}
    />
  );
}
