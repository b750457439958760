// Écritures ensemblistes du générateur : chaque table est accumulée en mémoire, puis insérée par
// lots de `INSERT … SELECT … FROM unnest($1::text[], …)` (une requête pour des milliers de lignes,
// comme lib/referentiel/import.ts). Tout passe en text[] et se convertit dans le SELECT : un seul
// chemin pour les uuid, les énumérations, les dates et les tableaux PostgreSQL.
import type pg from "pg";

/** [colonne, type PostgreSQL de destination] ; le nom est cité tel quel (camelCase de Prisma). */
export type Colonne = readonly [nom: string, type: string];
type Valeur = string | number | boolean | null;

export class Table {
  readonly lignes: Valeur[][] = [];
  constructor(
    readonly nom: string,
    readonly colonnes: readonly Colonne[],
  ) {}

  ajouter(...valeurs: Valeur[]): void {
    if (valeurs.length !== this.colonnes.length) throw new Error(`${this.nom} : ${valeurs.length} valeurs pour ${this.colonnes.length} colonnes.`);
    this.lignes.push(valeurs);
  }

  get taille(): number {
    return this.lignes.length;
  }

  async inserer(client: pg.ClientBase, lot = 10_000): Promise<number> {
    const noms = this.colonnes.map(([n]) => `"${n}"`).join(", ");
    const alias = this.colonnes.map((_, i) => `c${i}`);
    const conversions = this.colonnes.map(([, type], i) => `c${i}::${type}`).join(", ");
    const parametres = this.colonnes.map((_, i) => `$${i + 1}::text[]`).join(", ");
    const sql = `INSERT INTO "${this.nom}" (${noms}) SELECT ${conversions} FROM unnest(${parametres}) AS x(${alias.join(", ")})`;
    // Le lot suivant est préparé pendant que PostgreSQL écrit le précédent (deux cœurs occupés).
    let enCours: Promise<unknown> = Promise.resolve();
    for (let debut = 0; debut < this.lignes.length; debut += lot) {
      const tranche = this.lignes.slice(debut, debut + lot);
      const colonnes = this.colonnes.map((_, i) => tranche.map((l) => (l[i] === null ? null : String(l[i]))));
      await enCours;
      enCours = client.query(sql, colonnes);
    }
    await enCours;
    return this.lignes.length;
  }
}

/** Horodatage pour une colonne TIMESTAMP(3) sans fuseau où Prisma range l'UTC. */
export const iso = (d: Date) => d.toISOString();
/** Jour d'une colonne DATE. */
export const jour = (d: Date) => d.toISOString().slice(0, 10);

/** Littéral de tableau PostgreSQL (`{"a","b"}`) pour une colonne text[] ou enum[]. */
export function tableauPg(valeurs: readonly string[]): string {
  return `{${valeurs.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}
