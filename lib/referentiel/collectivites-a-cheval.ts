// R4 (DESIGN.md §6) : une collectivité sur plusieurs départements (EPCI à cheval, région,
// Collectivité européenne d'Alsace) peut avoir pour service compétent celui de l'un quelconque de
// ses départements ; les services de tous ses départements lisent donc ses candidatures
// (décision 026). Ce fragment SQL, lu avec l'acteur, donne ces collectivités pour un département :
// mêmes définitions que `departementsDeCollectivite` (recherche.ts). Rien n'est stocké : c'est
// dérivé des communes du référentiel.
import { Prisma } from "@/lib/generated/prisma/client";
import { DEPARTEMENTS_ALSACE, ID_COLLECTIVITE_ALSACE } from "./construire";

/** Identifiants (texte) des collectivités sur le département `codeDepartement` et au moins un autre. */
export function sqlCollectivitesACheval(codeDepartement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(
    SELECT pc.id::text FROM organisation pc
    WHERE pc.type = 'epci' AND pc.siren IN (
      SELECT cm."epciSiren" FROM commune cm
      WHERE cm."epciSiren" IN (SELECT cd."epciSiren" FROM commune cd WHERE cd."codeDepartement" = ${codeDepartement})
      GROUP BY cm."epciSiren" HAVING count(DISTINCT cm."codeDepartement") > 1)
    UNION ALL
    SELECT pc.id::text FROM organisation pc
    WHERE pc.type = 'region'
      AND pc."codeRegion" = (SELECT dr."codeRegion" FROM departement dr WHERE dr.code = ${codeDepartement})
      AND (SELECT count(*) FROM departement dn WHERE dn."codeRegion" = pc."codeRegion") > 1
    UNION ALL
    SELECT pc.id::text FROM organisation pc
    WHERE pc.id = ${ID_COLLECTIVITE_ALSACE}::uuid AND ${codeDepartement} = ANY(${[...DEPARTEMENTS_ALSACE]}::text[])
    ORDER BY 1)`;
}
