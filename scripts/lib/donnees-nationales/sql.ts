// Écritures ensemblistes du générateur : chaque table est accumulée en mémoire, puis insérée par
// `COPY … FROM STDIN` en format texte. Tout passe en texte et la fonction d'entrée de chaque type
// le convertit : un seul chemin pour les uuid, les énumérations, les dates et les tableaux PostgreSQL.
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

  /**
   * `COPY … FROM STDIN` (format texte) : ni tableaux de paramètres à sérialiser côté Node, ni
   * unnest à déplier côté serveur ; chaque valeur passe par la fonction d'entrée de son type, comme
   * avec les conversions `::type` d'un INSERT. Une seule commande par table, envoyée par morceaux.
   */
  async inserer(client: pg.ClientBase, lot = 20_000): Promise<number> {
    const sql = `COPY "${this.nom}" (${this.colonnes.map(([n]) => `"${n}"`).join(", ")}) FROM STDIN`;
    const morceaux: Buffer[] = [];
    for (let debut = 0; debut < this.lignes.length; debut += lot) morceaux.push(Buffer.from(texteCopy(this.lignes, debut, Math.min(debut + lot, this.lignes.length))));
    if (morceaux.length) await copier(client, sql, morceaux);
    return this.lignes.length;
  }
}

/** Lignes [debut, fin) au format texte de COPY (tabulations, `\N` pour NULL, échappements). */
function texteCopy(lignes: readonly Valeur[][], debut: number, fin: number): string {
  let texte = "";
  for (let i = debut; i < fin; i++) {
    const ligne = lignes[i]!;
    for (let j = 0; j < ligne.length; j++) {
      const v = ligne[j];
      if (j > 0) texte += "\t";
      if (v === null || v === undefined) texte += "\\N";
      else if (typeof v === "string") texte += ECHAPPER.test(v) ? v.replace(ECHAPPER_TOUT, (c) => ECHAPPEMENTS[c]!) : v;
      else texte += String(v);
    }
    texte += "\n";
  }
  return texte;
}
const ECHAPPER = /[\\\t\n\r]/;
const ECHAPPER_TOUT = /[\\\t\n\r]/g;
const ECHAPPEMENTS: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * COPY FROM STDIN par le protocole de pg, sans dépendance (ce que fait pg-copy-streams) : un objet
 * « soumettable » que le client met dans sa file comme une requête ; il envoie les données quand
 * le serveur répond CopyInResponse et se résout au ReadyForQuery suivant.
 */
function copier(client: pg.ClientBase, sql: string, morceaux: Buffer[]): Promise<void> {
  type Connexion = { query(texte: string): void; sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void };
  return new Promise((resoudre, rejeter) => {
    let erreur: Error | null = null;
    const soumettable = {
      submit: (c: Connexion) => c.query(sql),
      handleCopyInResponse: (c: Connexion) => {
        for (const m of morceaux) c.sendCopyFromChunk(m);
        c.endCopyFrom();
      },
      handleError: (e: Error) => {
        erreur = e;
      },
      handleReadyForQuery: () => (erreur ? rejeter(erreur) : resoudre()),
      handleCommandComplete: () => {},
      handleRowDescription: () => {},
      handleDataRow: () => {},
      handleEmptyQuery: () => {},
      handlePortalSuspended: () => {},
      handleCopyData: () => {},
    };
    (client as unknown as { query(s: typeof soumettable): void }).query(soumettable);
  });
}

/** Horodatage pour une colonne TIMESTAMP(3) sans fuseau où Prisma range l'UTC. */
export const iso = (d: Date) => d.toISOString();
/** Jour d'une colonne DATE. */
export const jour = (d: Date) => d.toISOString().slice(0, 10);

/** Littéral de tableau PostgreSQL (`{"a","b"}`) pour une colonne text[] ou enum[]. */
export function tableauPg(valeurs: readonly string[]): string {
  return `{${valeurs.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}
