import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { ZoneDefilante } from "./ZoneDefilante";

type Props = {
  /** Titre du tableau, lu par les lecteurs d'écran (et affiché sauf `titreMasque`). */
  titre: string;
  titreMasque?: boolean;
  entetes: ReactNode[];
  lignes: ReactNode[][];
  /** État de tri de chaque colonne triable (attribut aria-sort de son en-tête). */
  tris?: ("ascending" | "descending" | "none" | undefined)[];
  /** Colonnes (en-tête et cellules) dont le texte peut passer à la ligne (le DSFR garde sinon chaque cellule sur une ligne). */
  multilignes?: boolean[];
  className?: string;
  /** La première cellule de chaque ligne en est l'en-tête (`<th scope="row">`). */
  enTeteDeLigne?: boolean;
};

/**
 * Tableau DSFR (structure fr-table__wrapper / __container / __content du DSFR 1.12+). Le conteneur
 * qui défile sur un petit écran est atteignable au clavier et nommé (ZoneDefilante) ; le composant
 * Table de react-dsfr fait défiler le <table> lui-même sans permettre de le rendre focalisable.
 */
export function Tableau({ titre, titreMasque = false, entetes, lignes, tris, multilignes, className, enTeteDeLigne = false }: Props) {
  return (
    <div className={[fr.cx("fr-table", titreMasque && "fr-table--no-caption"), className].filter(Boolean).join(" ")}>
      {/* Le DSFR donne au wrapper `width: fit-content` : sans borne, il grandit avec le tableau et la
          page entière défile de côté ; borné, c'est le conteneur qui défile. */}
      <div className="fr-table__wrapper" style={{ maxWidth: "100%" }}>
        <ZoneDefilante libelle={titre} className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{titre}</caption>
              <thead>
                <tr>
                  {entetes.map((e, i) => (
                    <th key={i} scope="col" aria-sort={tris?.[i]} className={multilignes?.[i] ? "fr-cell--multiline" : undefined}>
                      {e}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lignes.map((ligne, i) => (
                  <tr key={i}>
                    {ligne.map((cellule, j) => {
                      const classe = multilignes?.[j] ? "fr-cell--multiline" : undefined;
                      return enTeteDeLigne && j === 0 ? (
                        <th key={j} scope="row" className={classe}>
                          {cellule}
                        </th>
                      ) : (
                        <td key={j} className={classe}>
                          {cellule}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ZoneDefilante>
      </div>
    </div>
  );
}
