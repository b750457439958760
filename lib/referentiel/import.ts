// Import idempotent du référentiel territorial (COG) depuis @etalab/decoupage-administratif :
// régions, départements, EPCI, communes, puis une organisation par collectivité, un service de
// l'État par département et la DGALN. Écritures ensemblistes (INSERT … SELECT FROM unnest … ON
// CONFLICT DO UPDATE) dans une seule transaction : quelques secondes pour ~37 000 lignes.
// Sans `server-only` : appelé par scripts/start.ts, scripts/import-referentiel.ts et les tests.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formaterNombre as n } from "@/lib/format/nombres";
import { construireReferentiel, type LigneOrganisation } from "./construire";
import { libelleVersion, lireDonneesCog, SOURCE_REFERENTIEL, versionReferentiel } from "./source";

// Clé du verrou consultatif : deux processus qui importent en même temps (deux instances qui
// démarrent) s'attendent au lieu d'écrire deux fois.
const VERROU_IMPORT = 47_112_026;

type Tx = Pick<PrismaClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

export type ResultatImport = {
  version: string;
  regions: number;
  departements: number;
  epci: number;
  communes: number;
  organisations: number;
  skipped: boolean;
};

async function dejaImporte(tx: Tx, version: string): Promise<boolean> {
  const lignes = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT 1 AS n FROM import_referentiel WHERE source = $1 AND version = $2`,
    SOURCE_REFERENTIEL,
    version,
  );
  return lignes.length > 0;
}

async function compterEnBase(tx: Tx, version: string): Promise<ResultatImport> {
  type Comptes = Omit<ResultatImport, "version" | "skipped">;
  const [c] = await tx.$queryRawUnsafe<Comptes[]>(
    `SELECT (SELECT count(*) FROM region)::int AS regions,
            (SELECT count(*) FROM departement)::int AS departements,
            (SELECT count(*) FROM epci)::int AS epci,
            (SELECT count(*) FROM commune)::int AS communes,
            (SELECT count(*) FROM organisation
              WHERE type IN ('commune', 'epci', 'departement', 'region', 'service_etat', 'dgaln'))::int AS organisations`,
  );
  return { version, skipped: true, ...c! };
}

// Une ligne inchangée n'est pas réécrite (clause WHERE … IS DISTINCT FROM) : un réimport forcé
// ne touche ni modifieLe ni les pages de la table quand le COG n'a pas bougé.
const SQL_REGIONS = `
  INSERT INTO region (code, nom)
  SELECT * FROM unnest($1::text[], $2::text[])
  ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom
  WHERE region.nom IS DISTINCT FROM EXCLUDED.nom`;

const SQL_DEPARTEMENTS = `
  INSERT INTO departement (code, nom, "codeRegion")
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
  ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, "codeRegion" = EXCLUDED."codeRegion"
  WHERE (departement.nom, departement."codeRegion") IS DISTINCT FROM (EXCLUDED.nom, EXCLUDED."codeRegion")`;

const SQL_EPCI = `
  INSERT INTO epci (siren, nom, type)
  SELECT s, n, t::"TypeEpci" FROM unnest($1::text[], $2::text[], $3::text[]) AS x(s, n, t)
  ON CONFLICT (siren) DO UPDATE SET nom = EXCLUDED.nom, type = EXCLUDED.type
  WHERE (epci.nom, epci.type) IS DISTINCT FROM (EXCLUDED.nom, EXCLUDED.type)`;

const SQL_COMMUNES = `
  INSERT INTO commune ("codeInsee", nom, siren, "codeDepartement", "codeRegion", population, "epciSiren")
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])
  ON CONFLICT ("codeInsee") DO UPDATE SET
    nom = EXCLUDED.nom, siren = EXCLUDED.siren, "codeDepartement" = EXCLUDED."codeDepartement",
    "codeRegion" = EXCLUDED."codeRegion", population = EXCLUDED.population, "epciSiren" = EXCLUDED."epciSiren"
  WHERE (commune.nom, commune.siren, commune."codeDepartement", commune."codeRegion", commune.population,
         commune."epciSiren")
    IS DISTINCT FROM (EXCLUDED.nom, EXCLUDED.siren, EXCLUDED."codeDepartement", EXCLUDED."codeRegion", EXCLUDED.population,
         EXCLUDED."epciSiren")`;

/**
 * Organisations, reconnues par leur clé naturelle : code INSEE pour une commune, SIREN pour un
 * EPCI, id stable (UUID v5 de « dep:53 », « etat:53 »…) pour les autres. Une organisation déjà
 * présente garde son id ; seuls les champs du référentiel sont mis à jour (pas le courriel).
 */
function sqlOrganisations(cle: '"codeInsee"' | "siren" | "id"): string {
  return `
  INSERT INTO organisation (id, type, nom, "nomRecherche", siren, "categorieJuridique", "codeInsee",
                            "codeDepartement", "codeRegion", "typeServiceEtat", population, "modifieLe")
  SELECT id::uuid, type::"TypeOrganisation", nom, nr, siren, cj, insee, dep, reg, tse::"TypeServiceEtat", pop, now()
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::text[], $10::text[], $11::int[]) AS x(id, type, nom, nr, siren, cj, insee, dep, reg, tse, pop)
  ON CONFLICT (${cle}) DO UPDATE SET
    type = EXCLUDED.type, nom = EXCLUDED.nom, "nomRecherche" = EXCLUDED."nomRecherche", siren = EXCLUDED.siren,
    "categorieJuridique" = EXCLUDED."categorieJuridique", "codeInsee" = EXCLUDED."codeInsee",
    "codeDepartement" = EXCLUDED."codeDepartement", "codeRegion" = EXCLUDED."codeRegion",
    "typeServiceEtat" = EXCLUDED."typeServiceEtat", population = EXCLUDED.population, "modifieLe" = now()
  WHERE (organisation.type, organisation.nom, organisation."nomRecherche", organisation.siren,
         organisation."categorieJuridique", organisation."codeInsee", organisation."codeDepartement",
         organisation."codeRegion", organisation."typeServiceEtat", organisation.population)
    IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.nom, EXCLUDED."nomRecherche", EXCLUDED.siren,
         EXCLUDED."categorieJuridique", EXCLUDED."codeInsee", EXCLUDED."codeDepartement",
         EXCLUDED."codeRegion", EXCLUDED."typeServiceEtat", EXCLUDED.population)`;
}

function colonnesOrganisations(lignes: LigneOrganisation[]): unknown[] {
  const col = <K extends keyof LigneOrganisation>(k: K) => lignes.map((l) => l[k]);
  return [
    col("id"), col("type"), col("nom"), col("nomRecherche"), col("siren"), col("categorieJuridique"),
    col("codeInsee"), col("codeDepartement"), col("codeRegion"), col("typeServiceEtat"), col("population"),
  ];
}

export async function importReferentiel(opts: {
  prisma: PrismaClient;
  log?: (m: string) => void;
  force?: boolean;
}): Promise<ResultatImport> {
  const { prisma, force = false } = opts;
  const log = opts.log ?? (() => {});
  const debut = performance.now();
  const version = await versionReferentiel();
  const libelle = `Référentiel ${libelleVersion(version)}`;
  if (!force && (await dejaImporte(prisma, version))) return compterEnBase(prisma, version);

  log(`${libelle} : lecture des données (${SOURCE_REFERENTIEL} ${version})…`);
  const ref = construireReferentiel(await lireDonneesCog());
  for (const a of ref.avertissements) log(`${libelle} : ${a}`);
  const filtrer = (f: (o: LigneOrganisation) => boolean) => ref.organisations.filter(f);
  const organisationsCommunes = filtrer((o) => o.type === "commune");
  const organisationsEpci = filtrer((o) => o.type === "epci");
  const autresOrganisations = filtrer((o) => o.type !== "commune" && o.type !== "epci");

  const resultat = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 AS n FROM pg_advisory_xact_lock($1::bigint)`, VERROU_IMPORT);
      // Un autre processus a pu terminer le même import pendant que nous attendions le verrou.
      if (!force && (await dejaImporte(tx, version))) return null;

      await tx.$executeRawUnsafe(SQL_REGIONS, ref.regions.map((r) => r.code), ref.regions.map((r) => r.nom));
      await tx.$executeRawUnsafe(
        SQL_DEPARTEMENTS,
        ref.departements.map((d) => d.code),
        ref.departements.map((d) => d.nom),
        ref.departements.map((d) => d.codeRegion),
      );
      log(`${libelle} : ${n(ref.regions.length)} régions et ${n(ref.departements.length)} départements importés…`);
      const e = ref.epci;
      await tx.$executeRawUnsafe(SQL_EPCI, e.map((x) => x.siren), e.map((x) => x.nom), e.map((x) => x.type));
      log(`${libelle} : ${n(e.length)} EPCI importés…`);
      const c = ref.communes;
      await tx.$executeRawUnsafe(
        SQL_COMMUNES,
        c.map((x) => x.codeInsee), c.map((x) => x.nom), c.map((x) => x.siren), c.map((x) => x.codeDepartement),
        c.map((x) => x.codeRegion), c.map((x) => x.population), c.map((x) => x.epciSiren),
      );
      log(`${libelle} : ${n(c.length)} communes importées…`);
      await tx.$executeRawUnsafe(sqlOrganisations('"codeInsee"'), ...colonnesOrganisations(organisationsCommunes));
      await tx.$executeRawUnsafe(sqlOrganisations("siren"), ...colonnesOrganisations(organisationsEpci));
      await tx.$executeRawUnsafe(sqlOrganisations("id"), ...colonnesOrganisations(autresOrganisations));
      log(`${libelle} : ${n(ref.organisations.length)} organisations (collectivités, services de l'État, DGALN) à jour…`);
      await tx.$executeRawUnsafe(
        `INSERT INTO import_referentiel (source, version, communes, epci) VALUES ($1, $2, $3, $4)
         ON CONFLICT (source, version)
         DO UPDATE SET communes = EXCLUDED.communes, epci = EXCLUDED.epci, "importeLe" = now()`,
        SOURCE_REFERENTIEL, version, c.length, e.length,
      );
      return {
        version,
        skipped: false,
        regions: ref.regions.length,
        departements: ref.departements.length,
        epci: ref.epci.length,
        communes: c.length,
        organisations: ref.organisations.length,
      } satisfies ResultatImport;
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  if (!resultat) return compterEnBase(prisma, version);
  // Les statistiques du planificateur doivent connaître les nouvelles lignes avant la première
  // recherche (sur une base neuve, l'index de préfixe serait sinon ignoré).
  await prisma.$executeRawUnsafe(`ANALYZE region, departement, epci, commune, organisation`);
  const secondes = (performance.now() - debut) / 1000;
  log(`${libelle} : import terminé en ${secondes.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} s.`);
  return resultat;
}
