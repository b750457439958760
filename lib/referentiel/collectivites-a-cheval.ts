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
  // EPCI : ceux des communes du département (index du département), gardés si l'une de leurs
  // communes est ailleurs — sonde par l'index de l'EPCI, LIMIT 1 : jamais de lecture de toute la table.
  return Prisma.sql`ARRAY(
    SELECT pc.id::text
    FROM (SELECT DISTINCT cd."epciSiren" AS siren FROM commune cd WHERE cd."codeDepartement" = ${codeDepartement} AND cd."epciSiren" IS NOT NULL) e
    JOIN organisation pc ON pc.siren = e.siren AND pc.type = 'epci'
    WHERE (SELECT 1 FROM commune ca WHERE ca."epciSiren" = e.siren AND ca."codeDepartement" <> ${codeDepartement} LIMIT 1) IS NOT NULL
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
