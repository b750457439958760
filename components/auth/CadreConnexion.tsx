import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";

// Gabarit DSFR « Connexion » : une colonne centrée sur fond gris alternatif. Le fond passe par
// fr.colors (les classes fr-background-alt--* ne sont pas chargées, voir décision 005).
export function CadreConnexion({ titre, children, apres }: { titre: string; children: ReactNode; apres?: ReactNode }) {
  return (
    <div className={fr.cx("fr-container", "fr-container--fluid", "fr-mb-md-14v")}>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--center")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-10", "fr-col-lg-7")}>
          <div
            className={fr.cx("fr-container", "fr-px-md-0", "fr-py-10v", "fr-py-md-14v", "fr-mt-4w")}
            style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
          >
            <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
              <div className={fr.cx("fr-col-12", "fr-col-md-10", "fr-col-lg-9")}>
                <h1>{titre}</h1>
                {children}
              </div>
            </div>
          </div>
        </div>
      </div>
      {apres}
    </div>
  );
}
