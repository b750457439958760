// Nombres et montants en français : espaces insécables fines entre milliers (norme CLDR fr-FR).
const formatEntier = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const formatEuros = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

/** « 29 000 » */
export function formaterNombre(valeur: number): string {
  return formatEntier.format(valeur);
}

/** « 1 000 000 € » (montant arrondi à l'euro). */
export function formaterEuros(valeur: number): string {
  return formatEuros.format(valeur);
}

/** « 1 lauréat », « 6 lauréats » : accord du nom avec le nombre. */
export function accorder(nombre: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${formaterNombre(nombre)}\u00a0${nombre >= 2 ? pluriel : singulier}`;
}
