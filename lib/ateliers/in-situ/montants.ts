// Montants des frais matériels (issue 14, décision 034) : saisis en euros à la française
// (« 1 234,50 », « 80 € », « 12.5 »), stockés en centimes entiers, affichés avec les centimes.
// Module pur, sans base ni `server-only` : le schéma zod (donc le formulaire) l'utilise.

/** Plafond d'un frais matériel : au-delà, c'est une erreur de saisie (un atelier flash coûte ~30 000 €). */
export const MONTANT_MAX_CENTIMES = 100_000_000;

const ESPACES = /[\s\u00a0\u202f]/g;

/**
 * « 1 234,50 » → 123450 ; `null` si le texte n'est pas un montant positif ou nul en euros avec au
 * plus deux décimales (le signe moins, les lettres, « 1,234,5 » sont refusés).
 */
export function eurosEnCentimes(texte: string): number | null {
  const nettoye = texte.replace(ESPACES, "").replace(/€$/u, "").replace(/^€/u, "");
  const m = /^(\d{1,9})(?:[,.](\d{1,2}))?$/.exec(nettoye);
  if (!m) return null;
  const [, euros, decimales = ""] = m;
  return Number(euros) * 100 + Number(decimales.padEnd(2, "0"));
}

const formatCentimes = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 123450 → « 1 234,50 € » (espaces insécables de la norme fr-FR). */
export function formaterCentimes(centimes: number): string {
  return formatCentimes.format(centimes / 100);
}

/** 123450 → « 1234,50 » : la valeur d'un champ de saisie. */
export function centimesEnSaisie(centimes: number): string {
  return `${Math.trunc(centimes / 100)},${String(centimes % 100).padStart(2, "0")}`;
}
