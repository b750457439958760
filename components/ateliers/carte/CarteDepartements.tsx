// La carte de France des ateliers par département (décision 035) : un SVG rendu par le serveur, sans
// JavaScript. Chaque département a son <title> (nom, code, nombre) ; ceux qui ont des ateliers sont
// des liens vers « Mes ateliers » filtrée sur eux, atteignables au clavier dans l'ordre des codes.
// Les DROM sont en encarts sous la métropole. Le tableau de données suit la carte (page).
import contours from "@/lib/ateliers/carte/contours.json";
import { CLASSES_CARTE, classeCarte } from "@/lib/ateliers/carte/classes";
import { compter } from "@/lib/format/pluriel";
import styles from "./carte.module.css";

type Props = {
  /** Nombre d'ateliers par code de département (absent : aucun). */
  comptes: ReadonlyMap<string, number>;
  noms: ReadonlyMap<string, string>;
  /** L'adresse de la liste filtrée sur ce département. */
  lien: (code: string) => string;
  titre: string;
};

/** Le cadre serré de la métropole (Corse comprise), calculé une fois depuis les contours. */
const CADRE_METROPOLE = (() => {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const d of Object.values(contours.metropole.departements)) {
    const n = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      x0 = Math.min(x0, n[i]!);
      x1 = Math.max(x1, n[i]!);
      y0 = Math.min(y0, n[i + 1]!);
      y1 = Math.max(y1, n[i + 1]!);
    }
  }
  const marge = 2;
  return `${x0 - marge} ${y0 - marge} ${x1 - x0 + 2 * marge} ${y1 - y0 + 2 * marge}`;
})();

function Departement({ code, d, nombre, nom, lien }: { code: string; d: string; nombre: number; nom: string; lien: string }) {
  const texte = `${nom} (${code}) : ${nombre ? compter(nombre, "atelier") : "aucun atelier"}`;
  const forme = (
    <path className={styles.departement} d={d} fill={classeCarte(nombre).couleur} data-departement={code}>
      <title>{texte}</title>
    </path>
  );
  if (!nombre) return forme;
  return (
    <a href={lien} className={styles.lien} aria-label={`${texte} — voir la liste`}>
      {forme}
    </a>
  );
}

export function CarteDepartements({ comptes, noms, lien, titre }: Props) {
  const nombre = (code: string) => comptes.get(code) ?? 0;
  const nom = (code: string) => noms.get(code) ?? `Département ${code}`;
  return (
    <div>
      <svg className={styles.carte} viewBox={CADRE_METROPOLE} role="group" aria-labelledby="carte-metropole-titre" style={{ maxWidth: "36rem" }}>
        <title id="carte-metropole-titre">{`${titre} — France métropolitaine`}</title>
        {Object.entries(contours.metropole.departements).map(([code, d]) => (
          <Departement key={code} code={code} d={d} nombre={nombre(code)} nom={nom(code)} lien={lien(code)} />
        ))}
      </svg>
      <ul className={styles.drom} aria-label="Départements et régions d'outre-mer">
        {Object.entries(contours.drom).map(([code, { viewBox, d }]) => (
          <li key={code}>
            <svg className={styles.carte} viewBox={viewBox} role="group" aria-labelledby={`carte-drom-${code}`}>
              <title id={`carte-drom-${code}`}>{nom(code)}</title>
              <Departement code={code} d={d} nombre={nombre(code)} nom={nom(code)} lien={lien(code)} />
            </svg>
            <span aria-hidden="true">{nom(code)}</span>
          </li>
        ))}
      </ul>
      <ul className={styles.legende} aria-label="Légende : nombre d'ateliers par département">
        {CLASSES_CARTE.map((c) => (
          <li key={c.libelle}>
            <span className={styles.pastille} style={{ background: c.couleur }} aria-hidden="true" />
            {c.libelle}
          </li>
        ))}
      </ul>
    </div>
  );
}
