// Récapitulatif des coûts d'un atelier (issue 14, décision 034) : l'équipe, payée par la DGALN sur
// le contrat, et les frais matériels, payés par la collectivité, par atelier in situ et par nature.
// Une seule fonction de calcul, pure (la lecture et l'écran ne font qu'afficher son résultat).
import type { NatureFrais } from "@/lib/generated/prisma/enums";

export const NATURES_FRAIS = ["logistique", "restauration", "location_salle", "autre"] as const satisfies readonly NatureFrais[];

export type FraisPourCouts = { montantCentimes: number; nature: NatureFrais; atelierInSituId: string | null };

export type RecapitulatifCouts = {
  /** Coût de l'équipe (contrat, DGALN), en centimes ; `null` s'il n'est pas renseigné. */
  equipeCentimes: number | null;
  /** Total des frais matériels (collectivité). */
  fraisCentimes: number;
  /** Frais par atelier in situ (identifiant → total), les ateliers sans frais à 0. */
  parAtelierInSitu: Record<string, number>;
  /** Frais rattachés à aucun atelier in situ (hérités, ou dont l'atelier in situ a disparu). */
  horsAtelierInSitu: number;
  /** Par nature, dans l'ordre des natures, celles sans frais omises. */
  parNature: { nature: NatureFrais; centimes: number }[];
  /** Équipe + frais (l'équipe comptée 0 si elle n'est pas renseignée). */
  totalCentimes: number;
};

export function calculerCouts(entree: { coutEquipeEuros: number | null; ateliersInSituIds: readonly string[]; frais: readonly FraisPourCouts[] }): RecapitulatifCouts {
  const parAtelierInSitu: Record<string, number> = Object.fromEntries(entree.ateliersInSituIds.map((id) => [id, 0]));
  const parNature = new Map<NatureFrais, number>();
  let fraisCentimes = 0;
  let horsAtelierInSitu = 0;
  for (const f of entree.frais) {
    fraisCentimes += f.montantCentimes;
    parNature.set(f.nature, (parNature.get(f.nature) ?? 0) + f.montantCentimes);
    if (f.atelierInSituId !== null && Object.hasOwn(parAtelierInSitu, f.atelierInSituId)) parAtelierInSitu[f.atelierInSituId]! += f.montantCentimes;
    else horsAtelierInSitu += f.montantCentimes;
  }
  const equipeCentimes = entree.coutEquipeEuros === null ? null : entree.coutEquipeEuros * 100;
  return {
    equipeCentimes,
    fraisCentimes,
    parAtelierInSitu,
    horsAtelierInSitu,
    parNature: NATURES_FRAIS.filter((n) => parNature.has(n)).map((nature) => ({ nature, centimes: parNature.get(nature)! })),
    totalCentimes: (equipeCentimes ?? 0) + fraisCentimes,
  };
}
