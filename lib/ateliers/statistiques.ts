// Vue nationale des ateliers (issue 14, points 6 et 7 ; décision 035) : combien d'ateliers par
// département, par région, par année et format ; durée moyenne prévue et réelle des ateliers
// terminés ; part terminée à temps ; montants des équipes et frais matériels par année.
// Tout est calculé par PostgreSQL en six requêtes agrégées (groupBy ou SQL paramétré), sans charger
// une seule ligne d'atelier. Réservé à la DGALN par la politique (`atelier.statistiques`) : tout
// autre acteur reçoit INTROUVABLE, comme une page qui n'existe pas.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { introuvable, type Client } from "@/lib/autorisations/exiger";
import { aUnDroit, porteeAtelier } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { FormatAtelier } from "@/lib/generated/prisma/enums";
import type { FiltresListeAteliers } from "./filtres";
import { selectionAteliers } from "./liste";

/** Les filtres de « Mes ateliers » qui ont un sens pour des chiffres nationaux. */
export type FiltresStatistiques = Pick<FiltresListeAteliers, "format" | "statut" | "annee" | "region" | "departement">;

export type Compte = { code: string; nom: string; nombre: number };
export type AnneeFormats = { annee: number; parFormat: Record<FormatAtelier, number>; total: number };
export type CoutsAnnee = { annee: number; equipesEuros: number; fraisCentimes: number };

export type StatistiquesAteliers = {
  /** Les ateliers de la sélection. */
  total: number;
  /** Départements ayant au moins un atelier, par code. */
  parDepartement: Compte[];
  /** Régions ayant au moins un atelier, par nom. */
  parRegion: Compte[];
  /** Par année de création (heure de Paris), de la plus ancienne à la plus récente ; le filtre d'année n'y s'applique pas. */
  parAnnee: AnneeFormats[];
  /** Ateliers terminés dont les deux bornes (prévues, réelles) sont connues : moyennes en jours. */
  durees: { ateliers: number; prevueJours: number | null; reelleJours: number | null };
  /** Ateliers terminés dont la restitution a une fin prévue et une fin réelle ; à temps = fin réelle ≤ fin prévue. */
  delais: { termines: number; aTemps: number };
  /** Montants des équipes (année de création de l'atelier) et frais matériels (année d'engagement) ; sans filtre d'année. */
  couts: CoutsAnnee[];
};

/** Le droit de la vue nationale, ou INTROUVABLE (même refus qu'une page absente). */
export function exigerStatistiques(acteur: Acteur): void {
  if (!aUnDroit(acteur, "atelier", "statistiques")) throw introuvable();
}

const ANNEE_CREATION = Prisma.sql`extract(year from (a."creeLe" at time zone 'UTC') at time zone 'Europe/Paris')::int`;

/**
 * Les filtres en SQL paramétré, pour les agrégats que `groupBy` ne sait pas faire (par année,
 * jointures des phases et des frais). La portée y est vérifiée : ce chemin n'accepte que la portée
 * « tous les ateliers » de la DGALN ; ouvrir les statistiques à un profil borné (un service de l'État)
 * demanderait de traduire sa portée ici, et échoue bruyamment plutôt que de compter trop.
 */
function conditionsSql(acteur: Acteur, filtres: FiltresStatistiques, avecAnnee: boolean): Prisma.Sql {
  const portee = porteeAtelier(acteur, "statistiques");
  if (Object.keys(portee).length !== 0) throw new Error("Statistiques des ateliers : seule une portée nationale est prise en charge.");
  const et: Prisma.Sql[] = [Prisma.sql`true`];
  if (filtres.format) et.push(Prisma.sql`a."format" = ${filtres.format}::"FormatAtelier"`);
  if (filtres.statut) et.push(Prisma.sql`a."statut" = ${filtres.statut}::"StatutAtelier"`);
  if (filtres.region) et.push(Prisma.sql`a."codeRegion" = ${filtres.region}`);
  if (filtres.departement) et.push(Prisma.sql`a."codeDepartement" = ${filtres.departement}`);
  if (avecAnnee && filtres.annee) et.push(Prisma.sql`${ANNEE_CREATION} = ${filtres.annee}::int`);
  return Prisma.join(et, " and ");
}

const FORMATS = Object.values(FormatAtelier);
const aucunParFormat = () => Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<FormatAtelier, number>;
const nombre = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const moyenne = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));

export async function lireStatistiquesAteliers(acteur: Acteur, tousFiltres: FiltresStatistiques, client: Client = prisma): Promise<StatistiquesAteliers> {
  exigerStatistiques(acteur);
  // Seuls ces cinq filtres comptent (la recherche et le retard de « Mes ateliers » reçus de l'adresse
  // sont ignorés), les mêmes pour les agrégats Prisma et SQL.
  const { format, statut, annee, region, departement } = tousFiltres;
  const filtres: FiltresStatistiques = { format, statut, annee, region, departement };
  const where = selectionAteliers(acteur, filtres, { action: "statistiques" });
  const conditions = conditionsSql(acteur, filtres, true);
  const sansAnnee = conditionsSql(acteur, filtres, false);
  const [departements, regions, parAnneeFormat, frais, termines] = await Promise.all([
    client.atelier.groupBy({ by: ["codeDepartement"], where, _count: { _all: true } }),
    client.atelier.groupBy({ by: ["codeRegion"], where, _count: { _all: true } }),
    client.$queryRaw<{ annee: number; format: FormatAtelier; nombre: bigint; equipes: bigint | null }[]>`
      select ${ANNEE_CREATION} as annee, a."format" as format, count(*) as nombre, sum(a."coutEquipeEuros") as equipes
      from "atelier" a where ${sansAnnee} group by 1, 2`,
    client.$queryRaw<{ annee: number; centimes: bigint }[]>`
      select extract(year from f."engageLe")::int as annee, sum(f."montantCentimes") as centimes
      from "frais_materiel" f join "atelier" a on a."id" = f."atelierId" where ${sansAnnee} group by 1`,
    // Première phase (appropriation) → dernière (restitution) de chaque atelier terminé.
    client.$queryRaw<{ durees: bigint; prevue: string | null; reelle: string | null; bornes: bigint; a_temps: bigint }[]>`
      select
        count(*) filter (where p."debutPrevu" is not null and r."finPrevue" is not null and p."debutReel" is not null and r."finReelle" is not null) as durees,
        avg(r."finPrevue" - p."debutPrevu") filter (where p."debutPrevu" is not null and r."finPrevue" is not null and p."debutReel" is not null and r."finReelle" is not null) as prevue,
        avg(r."finReelle" - p."debutReel") filter (where p."debutPrevu" is not null and r."finPrevue" is not null and p."debutReel" is not null and r."finReelle" is not null) as reelle,
        count(*) filter (where r."finPrevue" is not null and r."finReelle" is not null) as bornes,
        count(*) filter (where r."finReelle" <= r."finPrevue") as a_temps
      from "atelier" a
      join "phase" p on p."atelierId" = a."id" and p."type" = 'appropriation'
      join "phase" r on r."atelierId" = a."id" and r."type" = 'restitution'
      where a."statut" = 'termine' and ${conditions}`,
  ]);

  const codesDepartements = departements.map((d) => d.codeDepartement);
  const codesRegions = regions.map((r) => r.codeRegion);
  const [nomsDepartements, nomsRegions] = await Promise.all([
    codesDepartements.length ? client.departement.findMany({ where: { code: { in: codesDepartements } }, select: { code: true, nom: true } }) : [],
    codesRegions.length ? client.region.findMany({ where: { code: { in: codesRegions } }, select: { code: true, nom: true } }) : [],
  ]);
  const nomDepartement = new Map(nomsDepartements.map((d) => [d.code, d.nom]));
  const nomRegion = new Map(nomsRegions.map((r) => [r.code, r.nom]));

  const annees = new Map<number, AnneeFormats>();
  const couts = new Map<number, CoutsAnnee>();
  const cout = (annee: number) => couts.get(annee) ?? couts.set(annee, { annee, equipesEuros: 0, fraisCentimes: 0 }).get(annee)!;
  for (const l of parAnneeFormat) {
    const a = annees.get(l.annee) ?? annees.set(l.annee, { annee: l.annee, parFormat: aucunParFormat(), total: 0 }).get(l.annee)!;
    a.parFormat[l.format] += nombre(l.nombre);
    a.total += nombre(l.nombre);
    cout(l.annee).equipesEuros += nombre(l.equipes); // une année d'ateliers figure au tableau des coûts, même à 0 €
  }
  for (const l of frais) cout(l.annee).fraisCentimes += nombre(l.centimes);

  const parDepartement = departements
    .map((d) => ({ code: d.codeDepartement, nom: nomDepartement.get(d.codeDepartement) ?? d.codeDepartement, nombre: d._count._all }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const t = termines[0];
  return {
    total: parDepartement.reduce((s, d) => s + d.nombre, 0),
    parDepartement,
    parRegion: regions
      .map((r) => ({ code: r.codeRegion, nom: nomRegion.get(r.codeRegion) ?? r.codeRegion, nombre: r._count._all }))
      .sort((a, b) => a.nom.localeCompare(b.nom, "fr")),
    parAnnee: [...annees.values()].sort((a, b) => a.annee - b.annee),
    durees: { ateliers: nombre(t?.durees), prevueJours: moyenne(t?.prevue), reelleJours: moyenne(t?.reelle) },
    delais: { termines: nombre(t?.bornes), aTemps: nombre(t?.a_temps) },
    couts: [...couts.values()].sort((a, b) => a.annee - b.annee),
  };
}

/** Tous les départements du référentiel (la carte en dessine aussi les vides). */
export async function departementsDeLaCarte(client: Client = prisma): Promise<Map<string, string>> {
  const tous = await client.departement.findMany({ select: { code: true, nom: true } });
  return new Map(tous.map((d) => [d.code, d.nom]));
}
