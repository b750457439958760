// Dates des données de démonstration : relatives à « maintenant » pour ce qui doit rester récent.
export const JOUR = 86_400_000;
export const plus = (date: Date, jours: number) => new Date(date.getTime() + jours * JOUR);
/** « 2026-10-05 » : le jour de Paris d'un instant (les actions récentes ont lieu en matinée). */
export const jourDeParis = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(instant);
