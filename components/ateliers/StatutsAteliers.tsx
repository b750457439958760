import { EtiquettesStatut } from "@/components/layout/ListeFiltree";
import type { FiltresListeAteliers } from "@/lib/ateliers/filtres";
import type { StatutAtelier } from "@/lib/generated/prisma/enums";
import { adresseAteliers } from "./adresses";
import { STATUTS_ATELIER } from "./libelles";

/** Le filtre « statut » : une étiquette par statut avec le nombre d'ateliers qu'elle donnerait. */
export function StatutsAteliers({ filtres, parStatut }: { filtres: FiltresListeAteliers; parStatut: Record<StatutAtelier, number> }) {
  const statuts: (StatutAtelier | undefined)[] = [undefined, ...(Object.keys(STATUTS_ATELIER) as StatutAtelier[])];
  const etiquettes = statuts.map((statut) => ({
    cle: statut ?? "tous",
    libelle: statut ? STATUTS_ATELIER[statut].libelle : "Tous les statuts",
    nombre: statut ? parStatut[statut] : Object.values(parStatut).reduce((n, v) => n + v, 0),
    href: adresseAteliers(filtres, { statut }),
    actif: filtres.statut === statut,
  }));
  return <EtiquettesStatut etiquettes={etiquettes} />;
}
