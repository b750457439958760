// Adresses du tableau d'instruction : chaque état (filtres, tri, page) a la sienne, si bien qu'on la
// partage, que le bouton « précédent » le retrouve et que l'export reprend la même sélection.
import { ecrireFiltres, type FiltresTableau } from "@/lib/instruction/filtres";

export const CHEMIN_INSTRUCTION = "/instruction";

/** L'adresse du tableau avec ces filtres, modifiés par `changements` (la page revient à 1 sauf mention). */
export function adresseTableau(filtres: FiltresTableau, changements: Partial<FiltresTableau> = {}): string {
  const q = ecrireFiltres({ ...filtres, page: 1, ...changements });
  return q ? `${CHEMIN_INSTRUCTION}?${q}` : CHEMIN_INSTRUCTION;
}

/** L'export de la sélection affichée : `fichier` dit le type de fichier, `format` reste celui des ateliers. */
export function adresseExport(filtres: FiltresTableau, fichier: "csv" | "xlsx"): string {
  const q = ecrireFiltres(filtres, ["page"]);
  return `/api/instruction/export?fichier=${fichier}${q ? `&${q}` : ""}`;
}

/** Des filtres sont-ils posés (hors tri et page) ? */
export function filtresActifs(filtres: FiltresTableau): boolean {
  return ecrireFiltres(filtres, ["tri", "sens", "page"]) !== "";
}
