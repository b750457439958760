import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import TechnicalError from "@codegouvfr/react-dsfr/picto/TechnicalError";

/** Gabarit DSFR des pages d'erreur (« Page non trouvée », « Erreur inattendue »). */
export function PageErreur({
  titre,
  code,
  message,
  explication,
  actions,
}: {
  titre: string;
  code: string;
  message: string;
  explication: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className={fr.cx("fr-container")}>
      <div
        className={fr.cx(
          "fr-my-7w",
          "fr-mt-md-12w",
          "fr-mb-md-10w",
          "fr-grid-row",
          "fr-grid-row--gutters",
          "fr-grid-row--middle",
          "fr-grid-row--center",
        )}
      >
        <div className={fr.cx("fr-py-0", "fr-col-12", "fr-col-md-6")}>
          <h1>{titre}</h1>
          <p className={fr.cx("fr-text--sm", "fr-mb-3w")}>{code}</p>
          <p className={fr.cx("fr-text--lead", "fr-mb-3w")}>{message}</p>
          <div className={fr.cx("fr-text--sm", "fr-mb-5w")}>{explication}</div>
          {actions}
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-offset-md-1", "fr-col-md-3", "fr-px-6w", "fr-px-md-0", "fr-py-0")}>
          <TechnicalError fontSize="10rem" />
        </div>
      </div>
    </div>
  );
}
