import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import type { FiltresListeAteliers } from "@/lib/ateliers/filtres";
import type { StatutAtelier } from "@/lib/generated/prisma/enums";
import { formaterNombre } from "@/lib/format/nombres";
import { adresseAteliers } from "./adresses";
import { STATUTS_ATELIER } from "./libelles";

/** Le filtre « statut » : une étiquette par statut avec le nombre d'ateliers qu'elle donnerait. */
export function StatutsAteliers({ filtres, parStatut }: { filtres: FiltresListeAteliers; parStatut: Record<StatutAtelier, number> }) {
  const tous = Object.values(parStatut).reduce((n, v) => n + v, 0);
  const etiquettes: { statut?: StatutAtelier; libelle: string; nombre: number }[] = [
    { libelle: "Tous les statuts", nombre: tous },
    ...(Object.keys(STATUTS_ATELIER) as StatutAtelier[]).map((statut) => ({ statut, libelle: STATUTS_ATELIER[statut].libelle, nombre: parStatut[statut] })),
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
                href={adresseAteliers(filtres, { statut })}
                aria-current={actif ? "true" : undefined}
                // Mêmes couleurs que l'étiquette choisie du DSFR (aria-pressed, réservé aux boutons).
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
