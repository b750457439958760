import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";

/** Gabarit des pages de contenu : fil d'Ariane, titre de niveau 1, colonne de lecture. */
export function PageContenu({ titre, children }: { titre: string; children: ReactNode }) {
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={titre} homeLinkProps={{ href: "/" }} segments={[]} />
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-9")}>
          <h1>{titre}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}
