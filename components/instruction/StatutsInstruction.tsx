import { STATUTS } from "@/components/candidatures/libelles";
import { EtiquettesStatut } from "@/components/layout/ListeFiltree";
import type { FiltresTableau } from "@/lib/instruction/filtres";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { adresseTableau } from "./adresses";

/**
 * Le filtre « statut » : une étiquette par statut, avec le nombre de candidatures qu'elle donnerait
 * avec les autres filtres.
 */
export function StatutsInstruction({ filtres, parStatut }: { filtres: FiltresTableau; parStatut: Record<StatutCandidature, number> }) {
  const statuts: (StatutCandidature | undefined)[] = [undefined, ...(Object.keys(STATUTS) as StatutCandidature[])];
  const etiquettes = statuts.map((statut) => ({
    cle: statut ?? "tous",
    libelle: statut ? STATUTS[statut].libelle : "Tous les statuts",
    nombre: statut ? parStatut[statut] : Object.values(parStatut).reduce((n, v) => n + v, 0),
    href: adresseTableau(filtres, { statut }),
    actif: filtres.statut === statut,
  }));
  return <EtiquettesStatut etiquettes={etiquettes} />;
}
