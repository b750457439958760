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
    SELECT p.id::text FROM organisation p
    WHERE p.type = 'epci' AND p.siren IN (
      SELECT c."epciSiren" FROM commune c
      WHERE c."epciSiren" IN (SELECT m."epciSiren" FROM commune m WHERE m."codeDepartement" = ${codeDepartement})
      GROUP BY c."epciSiren" HAVING count(DISTINCT c."codeDepartement") > 1)
    UNION ALL
    SELECT p.id::text FROM organisation p
    WHERE p.type = 'region'
      AND p."codeRegion" = (SELECT d."codeRegion" FROM departement d WHERE d.code = ${codeDepartement})
      AND (SELECT count(*) FROM departement d WHERE d."codeRegion" = p."codeRegion") > 1
    UNION ALL
    SELECT p.id::text FROM organisation p
    WHERE p.id = ${ID_COLLECTIVITE_ALSACE}::uuid AND ${codeDepartement} = ANY(${[...DEPARTEMENTS_ALSACE]}::text[])
    ORDER BY 1)`;
}
