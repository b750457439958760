// Hasard reproductible du générateur national : une graine donne toujours les mêmes tirages, donc
// les mêmes lignes et les mêmes identifiants (UUID de forme v4 tirés du générateur, pas du système).

/** sfc32 (Small Fast Counter) : rapide, 128 bits d'état, suffisant pour des données de banc. */
export class Alea {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(graine: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = graine >>> 0;
    for (let i = 0; i < 15; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Réel dans [0, 1). */
  reel(): number {
    return this.u32() / 4_294_967_296;
  }

  /** Entier dans [min, max]. */
  entier(min: number, max: number): number {
    return min + Math.floor(this.reel() * (max - min + 1));
  }

  vrai(probabilite: number): boolean {
    return this.reel() < probabilite;
  }

  choix<T>(liste: readonly T[]): T {
    if (liste.length === 0) throw new Error("Tirage dans une liste vide.");
    return liste[Math.floor(this.reel() * liste.length)]!;
  }

  /** `n` éléments distincts (ou tous s'il y en a moins). */
  plusieurs<T>(liste: readonly T[], n: number): T[] {
    if (n >= liste.length) return [...liste];
    const pris = new Set<number>();
    while (pris.size < n) pris.add(Math.floor(this.reel() * liste.length));
    return [...pris].map((i) => liste[i]!);
  }

  /** Tirage pondéré : [valeur, poids][]. */
  pondere<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, p]) => s + p, 0);
    let r = this.reel() * total;
    for (const [v, p] of table) {
      r -= p;
      if (r < 0) return v;
    }
    return table[table.length - 1]![0];
  }

  /** UUID de forme v4 (RFC 9562) dont les 122 bits viennent du générateur. */
  uuid(): string {
    const h = [this.u32(), this.u32(), this.u32(), this.u32()].map((x) => x.toString(16).padStart(8, "0")).join("");
    const variante = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variante}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

// Une courte liste de prénoms et de noms fréquents en France plutôt que @faker-js/faker : pas de
// dépendance de plus, et des noms qui ne changent pas d'une version de bibliothèque à l'autre
// (la même graine doit donner les mêmes personnes dans un an).
export const PRENOMS = [
  "Marie", "Jean", "Nathalie", "Philippe", "Isabelle", "Michel", "Sylvie", "Alain", "Catherine", "Patrick",
  "Christine", "Nicolas", "Sophie", "Christophe", "Valérie", "Pierre", "Sandrine", "Stéphane", "Céline", "Laurent",
  "Aurélie", "Julien", "Émilie", "Sébastien", "Camille", "Thomas", "Julie", "François", "Hélène", "David",
  "Claire", "Olivier", "Anne", "Frédéric", "Élodie", "Éric", "Laure", "Vincent", "Caroline", "Antoine",
  "Manon", "Mathieu", "Pauline", "Guillaume", "Lucie", "Benoît", "Chloé", "Yann", "Léa", "Hugo",
  "Inès", "Karim", "Fatima", "Mehdi", "Nadia", "Gaëlle", "Loïc", "Maëlle", "Rémi", "Agnès",
] as const;

export const NOMS = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
  "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
  "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
  "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
  "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
  "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
  "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
  "Le Gall", "Le Goff", "Kerbrat", "Etcheverry", "Haddad", "Benali", "Nguyen", "Da Silva", "Ferreira", "Lopez",
] as const;

/** « Élodie Le Goff » → « elodie.le-goff » (partie locale d'une adresse). */
export function identifiantCourriel(prenom: string, nom: string): string {
  const simple = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]+/g, "-");
  return `${simple(prenom)}.${simple(nom)}`;
}
