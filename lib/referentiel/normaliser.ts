// Forme de recherche d'un nom : sans accents ni casse, ligatures développées, toute suite de
// caractères non alphanumériques (trait d'union, apostrophe, espace…) réduite à une espace.
// Sert à remplir Organisation.nomRecherche et à normaliser la saisie : les deux côtés doivent
// passer par la même fonction, sinon l'index de préfixe ne trouve rien.
export function normaliserNom(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
