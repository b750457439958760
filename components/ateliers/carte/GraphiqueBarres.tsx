// Graphique en barres horizontales (empilées si plusieurs séries), en HTML rendu par le serveur
// (décision 035). Il est décoratif pour les lecteurs d'écran (aria-hidden) : chaque graphique de la
// page est suivi de son tableau de données, qui porte les mêmes chiffres.
import styles from "./carte.module.css";

export type Serie = { libelle: string; couleur: string };
export type BarreGraphique = { libelle: string; valeurs: number[]; texte: string };

export function GraphiqueBarres({ series, barres }: { series: Serie[]; barres: BarreGraphique[] }) {
  const max = Math.max(1, ...barres.map((b) => b.valeurs.reduce((s, v) => s + v, 0)));
  return (
    <div aria-hidden="true">
      {series.length > 1 && (
        <ul className={styles.legende}>
          {series.map((s) => (
            <li key={s.libelle}>
              <span className={styles.pastille} style={{ background: s.couleur }} />
              {s.libelle}
            </li>
          ))}
        </ul>
      )}
      <ul className={styles.graphique}>
        {barres.map((b) => (
          <li key={b.libelle}>
            <span>{b.libelle}</span>
            <span className={styles.piste}>
              <span className={styles.barre} style={{ width: `${(b.valeurs.reduce((s, v) => s + v, 0) / max) * 85}%` }}>
                {b.valeurs.map((v, i) =>
                  v > 0 ? <span key={i} style={{ flexGrow: v, background: series[i]!.couleur }} /> : null,
                )}
              </span>
              <span className={styles.valeur}>{b.texte}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
