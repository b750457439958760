import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { STATUTS } from "@/components/candidatures/libelles";
import type { FiltresTableau } from "@/lib/instruction/filtres";
import type { StatutCandidature } from "@/lib/generated/prisma/enums";
import { formaterNombre } from "@/lib/format/nombres";
import { adresseTableau } from "./adresses";

/**
 * Le filtre « statut » : une étiquette par statut, avec le nombre de candidatures qu'elle donnerait
 * avec les autres filtres. Des liens, pour garder une adresse par état et fonctionner sans JavaScript.
 */
export function StatutsInstruction({ filtres, parStatut }: { filtres: FiltresTableau; parStatut: Record<StatutCandidature, number> }) {
  const tous = Object.values(parStatut).reduce((n, v) => n + v, 0);
  const etiquettes: { statut?: StatutCandidature; libelle: string; nombre: number }[] = [
    { libelle: "Tous les statuts", nombre: tous },
    ...(Object.keys(STATUTS) as StatutCandidature[]).map((statut) => ({ statut, libelle: STATUTS[statut].libelle, nombre: parStatut[statut] })),
  ];
  return (
    <nav aria-label="Filtrer par statut" className={fr.cx("fr-mb-2w")}>
      <ul className={fr.cx("fr-tags-group")}>
        {etiquettes.map(({ statut, libelle, nombre }) => {
          const actif = filtres.statut === statut;
          return (
            <li key={statut ?? "tous"}>
              <Link
                className={fr.cx("fr-tag", "fr-tag--sm")}
                href={adresseTableau(filtres, { statut })}
                aria-current={actif ? "true" : undefined}
                // Le DSFR marque l'étiquette choisie par son attribut aria-pressed (réservé aux boutons) :
                // on reprend ses couleurs, et aria-current le dit aux lecteurs d'écran.
                style={actif ? { backgroundColor: "var(--background-action-high-blue-france)", color: "var(--text-inverted-blue-france)" } : undefined}
              >
                {libelle}&nbsp;: {formaterNombre(nombre)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
