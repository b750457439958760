import { fr } from "@codegouvfr/react-dsfr";
import type { FiltresTableau } from "@/lib/instruction/filtres";
import type { TableauInstruction } from "@/lib/instruction/tableau";
import { accorder, formaterNombre } from "@/lib/format/nombres";
import { adresseExport } from "./adresses";

/** Le nombre de résultats, la page, et l'export de la sélection affichée (toutes ses pages). */
export function LiensExport({ filtres, resultat }: { filtres: FiltresTableau; resultat: TableauInstruction }) {
  const { total, page, pages } = resultat;
  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--middle", "fr-mb-2w")} style={{ justifyContent: "space-between", gap: "0.5rem 1rem" }}>
      <p className={fr.cx("fr-text--lg", "fr-mb-0")} role="status">
        {accorder(total, "candidature")}
        {filtres.q ? ` pour « ${filtres.q} »` : ""}
        {pages > 1 && (
          <span className={fr.cx("fr-text--sm")}>
            {" "}
            — page {formaterNombre(page)} sur {formaterNombre(pages)}
          </span>
        )}
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm", "fr-btns-group--icon-left")} style={{ marginBottom: 0 }}>
        <li>
          <a className={fr.cx("fr-btn", "fr-btn--tertiary", "fr-icon-download-line")} href={adresseExport(filtres, "csv")} download>
            Exporter en CSV
          </a>
        </li>
        <li>
          <a className={fr.cx("fr-btn", "fr-btn--tertiary", "fr-icon-download-line")} href={adresseExport(filtres, "xlsx")} download>
            Exporter en XLSX
          </a>
        </li>
      </ul>
    </div>
  );
}
