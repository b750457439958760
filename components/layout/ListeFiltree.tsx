// Les pièces communes des listes filtrées par l'adresse (tableau d'instruction, « Mes ateliers ») :
// étiquettes de statut avec leur nombre, en-tête de colonne triable, résumé avec export. Des liens,
// pour garder une adresse par état et fonctionner sans JavaScript ; chaque liste fournit ses adresses.
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { accorder, formaterNombre } from "@/lib/format/nombres";

export type Etiquette = { cle: string; libelle: string; nombre: number; href: string; actif: boolean };

/** Le filtre « statut » : une étiquette par statut avec le nombre de lignes qu'elle donnerait. */
export function EtiquettesStatut({ etiquettes }: { etiquettes: readonly Etiquette[] }) {
  return (
    <nav aria-label="Filtrer par statut" className={fr.cx("fr-mb-2w")}>
      <ul className={fr.cx("fr-tags-group")}>
        {etiquettes.map(({ cle, libelle, nombre, href, actif }) => (
          <li key={cle}>
            <Link
              className={fr.cx("fr-tag", "fr-tag--sm")}
              href={href}
              aria-current={actif ? "true" : undefined}
              // Le DSFR marque l'étiquette choisie par son attribut aria-pressed (réservé aux boutons) :
              // on reprend ses couleurs, et aria-current le dit aux lecteurs d'écran.
              style={actif ? { backgroundColor: "var(--background-action-high-blue-france)", color: "var(--text-inverted-blue-france)" } : undefined}
            >
              {libelle}&nbsp;: {formaterNombre(nombre)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type Sens = "asc" | "desc";
const SENS = { asc: "croissant", desc: "décroissant" } as const;

/**
 * En-tête triable : un lien vers la même liste triée sur cette colonne (ou dans l'autre sens). Seule
 * la colonne triée porte une flèche (son sens) : une icône par colonne faisait déborder les tableaux
 * larges à 1280 px.
 */
export function EnTeteTriable({ libelle, actif, sens, suivant, href }: { libelle: string; actif: boolean; sens: Sens; suivant: Sens; href: string }) {
  const icone = sens === "asc" ? "fr-icon-arrow-up-line" : "fr-icon-arrow-down-line";
  return (
    <Link href={href} className={fr.cx("fr-link", "fr-link--sm", actif && "fr-link--icon-right", actif && icone)}>
      {libelle}
      <span className={fr.cx("fr-sr-only")}> : trier par ordre {SENS[suivant]}</span>
    </Link>
  );
}

/** Le nombre de résultats, la page, et l'export de la sélection affichée (toutes ses pages). */
export function ResumeEtExport(props: {
  total: number;
  /** Singulier de l'objet compté : « candidature », « atelier ». */
  objet: string;
  recherche?: string;
  page: number;
  pages: number;
  export: { csv: string; xlsx: string };
}) {
  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--middle", "fr-mb-2w")} style={{ justifyContent: "space-between", gap: "0.5rem 1rem" }}>
      <p className={fr.cx("fr-text--lg", "fr-mb-0")} role="status">
        {accorder(props.total, props.objet)}
        {props.recherche ? ` pour « ${props.recherche} »` : ""}
        {props.pages > 1 && (
          <span className={fr.cx("fr-text--sm")}>
            {" "}
            — page {formaterNombre(props.page)} sur {formaterNombre(props.pages)}
          </span>
        )}
      </p>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline", "fr-btns-group--sm", "fr-btns-group--icon-left")} style={{ marginBottom: 0 }}>
        <li>
          <a className={fr.cx("fr-btn", "fr-btn--tertiary", "fr-icon-download-line")} href={props.export.csv} download>
            Exporter en CSV
          </a>
        </li>
        <li>
          <a className={fr.cx("fr-btn", "fr-btn--tertiary", "fr-icon-download-line")} href={props.export.xlsx} download>
            Exporter en XLSX
          </a>
        </li>
      </ul>
    </div>
  );
}
