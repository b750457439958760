// Teinte de la carte nationale des ateliers (décision 035) : cinq classes fixes, de « aucun atelier »
// à « 6 et plus », pour que deux cartes filtrées différemment se comparent d'un coup d'œil.
// Module pur : la carte, sa légende et leurs tests le partagent.

export type ClasseCarte = { min: number; max: number | null; libelle: string; couleur: string };

/** Du plus clair au plus foncé (gris, puis bleu France du DSFR). */
export const CLASSES_CARTE: readonly ClasseCarte[] = [
  { min: 0, max: 0, libelle: "Aucun atelier", couleur: "#e5e5e5" },
  { min: 1, max: 1, libelle: "1 atelier", couleur: "#b1b1f9" },
  { min: 2, max: 3, libelle: "2 ou 3 ateliers", couleur: "#6a6af4" },
  { min: 4, max: 5, libelle: "4 ou 5 ateliers", couleur: "#000091" },
  { min: 6, max: null, libelle: "6 ateliers ou plus", couleur: "#1b1b35" },
];

export function classeCarte(nombre: number): ClasseCarte {
  return CLASSES_CARTE.find((c) => nombre >= c.min && (c.max === null || nombre <= c.max)) ?? CLASSES_CARTE[0]!;
}
