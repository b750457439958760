// Calendrier prévisionnel des trois phases d'un atelier, déduit du début prévu et de la durée de la
// candidature retenue (DESIGN.md §9 : « planned dates from the candidature »). Pur, sans base.
// Les dates sont des jours civils (`@db.Date`), lus et écrits à minuit UTC comme `debutPrevu`
// (lib/candidatures/sections.ts) : tout le calcul se fait en UTC, si bien que les changements
// d'heure de Paris ne décalent aucun jour.
import { DUREES_MOIS } from "@/lib/candidatures/regles/r2-duree";
import type { FormatAtelier, TypePhase } from "@/lib/generated/prisma/enums";

/**
 * Répartition de la durée entre les phases, dans leur ordre, en pour cent [choix produit] :
 * l'appropriation et la restitution encadrent l'animation, qui porte les ateliers in situ.
 */
export const REPARTITION_PHASES = [
  { type: "appropriation", pourcent: 25 },
  { type: "animation", pourcent: 50 },
  { type: "restitution", pourcent: 25 },
] as const satisfies readonly { type: TypePhase; pourcent: number }[];

export type CalendrierPhase = { type: TypePhase; debutPrevu: Date | null; finPrevue: Date | null };

const JOUR_MS = 86_400_000;

function jourUtc(annee: number, mois: number, jour: number): Date {
  return new Date(Date.UTC(annee, mois, jour));
}

/**
 * Le même quantième `mois` mois plus tard ; s'il n'existe pas (31 janvier + 1 mois), le premier jour
 * du mois suivant, si bien qu'une période d'un mois commencée le 31 janvier finit le dernier jour de
 * février.
 */
export function ajouterMois(debut: Date, mois: number): Date {
  const annee = debut.getUTCFullYear();
  const quantieme = debut.getUTCDate();
  const cible = jourUtc(annee, debut.getUTCMonth() + mois, 1);
  const joursDansCible = jourUtc(cible.getUTCFullYear(), cible.getUTCMonth() + 1, 0).getUTCDate();
  if (quantieme <= joursDansCible) return jourUtc(cible.getUTCFullYear(), cible.getUTCMonth(), quantieme);
  return jourUtc(cible.getUTCFullYear(), cible.getUTCMonth() + 1, 1);
}

/**
 * Dates prévues des trois phases, contiguës : chaque phase commence le lendemain de la fin de la
 * précédente, la dernière finit la veille de « début + durée en mois ». Chaque fin est arrondie au
 * jour entier le plus proche de sa part cumulée (une demi-journée arrondit au jour suivant), ce qui
 * évite d'accumuler les arrondis. Sans début prévu, les dates restent vides (la DDT les fixera) ;
 * sans durée (ou une durée non positive), la durée minimale du format (R2).
 */
export function calendrierPhases(entree: { debutPrevu: Date | null; dureeMois: number | null; format: FormatAtelier }): CalendrierPhase[] {
  const { debutPrevu, format } = entree;
  if (debutPrevu === null) return REPARTITION_PHASES.map(({ type }) => ({ type, debutPrevu: null, finPrevue: null }));
  const dureeMois = entree.dureeMois !== null && entree.dureeMois >= 1 ? entree.dureeMois : DUREES_MOIS[format].min;
  const debut = jourUtc(debutPrevu.getUTCFullYear(), debutPrevu.getUTCMonth(), debutPrevu.getUTCDate());
  const totalJours = Math.round((ajouterMois(debut, dureeMois).getTime() - debut.getTime()) / JOUR_MS);

  const calendrier: CalendrierPhase[] = [];
  let cumul = 0;
  let joursEcoules = 0;
  for (const { type, pourcent } of REPARTITION_PHASES) {
    cumul += pourcent;
    const finJours = cumul >= 100 ? totalJours : Math.round((totalJours * cumul) / 100);
    calendrier.push({
      type,
      debutPrevu: new Date(debut.getTime() + joursEcoules * JOUR_MS),
      finPrevue: new Date(debut.getTime() + (finJours - 1) * JOUR_MS),
    });
    joursEcoules = finJours;
  }
  return calendrier;
}
