// Adresses de « Mes ateliers » : chaque état (filtres, tri, page) a la sienne, et l'export reprend
// la même sélection.
import { ecrireFiltresAteliers, type FiltresListeAteliers } from "@/lib/ateliers/filtres";

export const CHEMIN_ATELIERS = "/ateliers";
/** Carte et statistiques nationales (DGALN, décision 035). */
export const CHEMIN_CARTE_ATELIERS = "/ateliers/carte";

export function adresseAteliers(filtres: FiltresListeAteliers, changements: Partial<FiltresListeAteliers> = {}): string {
  const q = ecrireFiltresAteliers({ ...filtres, page: 1, ...changements });
  return q ? `${CHEMIN_ATELIERS}?${q}` : CHEMIN_ATELIERS;
}

export function adresseExportAteliers(filtres: FiltresListeAteliers, fichier: "csv" | "xlsx"): string {
  const q = ecrireFiltresAteliers(filtres, ["page", "tri", "sens"]);
  return `/api/ateliers/export?fichier=${fichier}${q ? `&${q}` : ""}`;
}

export function filtresAteliersActifs(filtres: FiltresListeAteliers): boolean {
  return ecrireFiltresAteliers(filtres, ["tri", "sens", "page"]) !== "";
}

/** La carte nationale avec ces filtres (ceux qui font des chiffres nationaux). */
export function adresseCarteAteliers(filtres: Partial<FiltresListeAteliers>): string {
  const q = ecrireFiltresAteliers({ format: filtres.format, statut: filtres.statut, annee: filtres.annee, region: filtres.region, departement: filtres.departement });
  return q ? `${CHEMIN_CARTE_ATELIERS}?${q}` : CHEMIN_CARTE_ATELIERS;
}
