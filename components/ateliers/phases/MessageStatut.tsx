import { fr } from "@codegouvfr/react-dsfr";

/**
 * Zone annoncée aux lecteurs d'écran (role="status"), présente avant le message pour qu'il soit lu
 * quand il apparaît ; le message a l'allure d'une alerte DSFR de succès, sans second rôle imbriqué.
 */
export function MessageStatut({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <div className={fr.cx("fr-alert", "fr-alert--success", "fr-alert--sm", "fr-mb-2w")}>
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}
