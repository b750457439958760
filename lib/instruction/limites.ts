// Limites de saisie du tableau d'instruction, sans zod : les composants clients les lisent sans
// charger zod à l'affichage (décision 014 : zod ne se charge qu'à la première validation).
export const LONGUEUR_MAX_NOM_VUE = 80;
