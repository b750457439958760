// Plafonds de la saisie du contrat et de l'équipe, sans zod : lus par le schéma et par le formulaire.
export const MEMBRES_MAX = 10;
export const DISCIPLINES_MAX = 8;
/** Plafond de saisie du montant de l'équipe : au-delà, une faute de frappe (un marché national fait ~170 000 €). */
export const MONTANT_EQUIPE_MAX = 2_000_000;
