// Du jeu de données COG (@etalab/decoupage-administratif) aux lignes à importer : fonctions
// pures, sans base, testées unitairement. L'écriture en base est dans import.ts.
import type { TypeEpci, TypeOrganisation, TypeServiceEtat } from "@/lib/generated/prisma/enums";
import { cles, idStable } from "./identifiants";
import { normaliserNom } from "./normaliser";

// ─── Données sources (sous-ensemble des champs utilisés) ─────────────────────

export type CommuneCog = {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  siren?: string;
  population?: number;
  zone?: string;
};
export type EpciCog = { code: string; nom: string; type: string; membres: { code: string; siren?: string }[] };
export type DepartementCog = {
  code: string;
  nom: string;
  region: string;
  typeLiaison: number;
  zone: string;
  chefLieu: string;
};
export type RegionCog = { code: string; nom: string; typeLiaison: number; zone: string; chefLieu: string };
export type DonneesCog = {
  communes: CommuneCog[];
  epci: EpciCog[];
  departements: DepartementCog[];
  regions: RegionCog[];
};

// ─── Lignes produites ────────────────────────────────────────────────────────

export type LigneRegion = { code: string; nom: string };
export type LigneDepartement = { code: string; nom: string; codeRegion: string };
export type LigneEpci = { siren: string; nom: string; type: TypeEpci };
export type LigneCommune = {
  codeInsee: string;
  nom: string;
  siren: string;
  codeDepartement: string;
  codeRegion: string;
  population: number;
  epciSiren: string | null;
};
export type LigneOrganisation = {
  id: string;
  type: TypeOrganisation;
  nom: string;
  nomRecherche: string;
  siren: string | null;
  categorieJuridique: string;
  codeInsee: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
  typeServiceEtat: TypeServiceEtat | null;
  population: number | null;
};
export type Referentiel = {
  regions: LigneRegion[];
  departements: LigneDepartement[];
  epci: LigneEpci[];
  communes: LigneCommune[];
  organisations: LigneOrganisation[];
  avertissements: string[];
};

// ─── Règles de nommage et de classement ──────────────────────────────────────

/**
 * Article à placer devant un nom de département ou de région selon son « type de nom en clair »
 * (TNCC du COG, champ typeLiaison) : 0 « de Paris », 1 « d'Eure-et-Loir », 2 « du Nord »,
 * 3 « de la Mayenne », 4 « des Hautes-Alpes », 5 « de l'Ain », 6 « des » (article « aux »),
 * 7 « de las », 8 « de los ». Le jeu 6.0.0 n'utilise que 0 à 5 pour les départements.
 */
const PARTICULES: Record<number, string> = {
  0: "de ",
  1: "d'",
  2: "du ",
  3: "de la ",
  4: "des ",
  5: "de l'",
  6: "des ",
  7: "de las ",
  8: "de los ",
};

export function avecParticule(nom: string, typeLiaison: number): string {
  return `${PARTICULES[typeLiaison] ?? "de "}${nom}`;
}

/** Les 26 départements littoraux dotés d'une DDTM (DESIGN.md §3). */
export const DEPARTEMENTS_LITTORAUX: ReadonlySet<string> = new Set([
  "06", "11", "13", "14", "17", "22", "27", "29", "2A", "2B", "30", "33", "34",
  "35", "40", "44", "50", "56", "59", "62", "64", "66", "76", "80", "83", "85",
]);

export function typeServiceEtat(codeDepartement: string): TypeServiceEtat {
  if (["75", "92", "93", "94"].includes(codeDepartement)) return "DRIEAT_UD";
  if (["971", "972", "974", "976"].includes(codeDepartement)) return "DEAL";
  if (codeDepartement === "973") return "DGTM";
  return DEPARTEMENTS_LITTORAUX.has(codeDepartement) ? "DDTM" : "DDT";
}

export function nomServiceEtat(type: TypeServiceEtat, departement: { nom: string; typeLiaison: number }): string {
  const lieu = avecParticule(departement.nom, departement.typeLiaison);
  const noms: Record<TypeServiceEtat, string> = {
    DDT: `DDT ${lieu}`,
    DDTM: `DDTM ${lieu}`,
    DRIEAT_UD: `DRIEAT – Unité départementale ${lieu}`,
    DEAL: `DEAL ${lieu}`,
    DGTM: `DGTM ${lieu}`,
    DREAL: `DREAL ${lieu}`,
  };
  return noms[type];
}

/** Catégories juridiques INSEE (niveau III). */
export const CATEGORIES_JURIDIQUES = {
  commune: "7210",
  departement: "7220",
  /** « (Autre) collectivité territoriale » : Corse, Martinique, Guyane, Alsace. */
  collectiviteStatutParticulier: "7229",
  region: "7230",
  serviceDeconcentreDepartemental: "7172",
  serviceCentralMinistere: "7120",
} as const;

export const CATEGORIE_JURIDIQUE_EPCI: Record<TypeEpci, string> = {
  CU: "7343",
  METRO: "7344",
  MET69: "7344",
  CC: "7346",
  CA: "7348",
};

const TYPES_EPCI: ReadonlySet<string> = new Set<TypeEpci>(["CC", "CA", "CU", "METRO", "MET69"]);

export const NOM_DGALN = "DGALN – Direction générale de l'aménagement, du logement et de la nature";

/**
 * Collectivités à statut particulier : là où le conseil départemental ou régional n'existe plus,
 * l'organisation porte le nom de la collectivité qui en exerce les compétences, pour qu'un agent
 * la reconnaisse dans une liste. Les services de l'État, eux, restent départementaux.
 */
const REGIONS_NOM_PARTICULIER: Record<string, string> = {
  "94": "Collectivité de Corse",
  "02": "Collectivité territoriale de Martinique",
  "03": "Collectivité territoriale de Guyane",
};
/** Mayotte : le Département de Mayotte exerce aussi les compétences régionales. */
const REGIONS_SANS_ORGANISATION: ReadonlySet<string> = new Set(["06"]);
/**
 * Départements sans conseil départemental : Corse (Collectivité de Corse, 2018), Martinique et
 * Guyane (collectivités uniques, 2015), Paris (Ville de Paris, 2019 : c'est l'organisation de la
 * commune 75056), Bas-Rhin et Haut-Rhin (Collectivité européenne d'Alsace, 2021).
 */
const DEPARTEMENTS_SANS_ORGANISATION: ReadonlySet<string> = new Set(["2A", "2B", "972", "973", "75", "67", "68"]);
export const DEPARTEMENTS_ALSACE = ["67", "68"] as const;
export const CLE_COLLECTIVITE_ALSACE = "dep:67+68";
export const ID_COLLECTIVITE_ALSACE = idStable(CLE_COLLECTIVITE_ALSACE);

// ─── Construction ────────────────────────────────────────────────────────────

function organisation(l: Omit<LigneOrganisation, "nomRecherche">): LigneOrganisation {
  return { ...l, nomRecherche: normaliserNom(l.nom) };
}

/**
 * Département « de rattachement » d'un EPCI. Le jeu de données ne donne pas la commune siège ;
 * ses membres sont triés par population décroissante, et le siège est presque toujours la
 * commune la plus peuplée : on prend son département. La règle « département qui compte le plus
 * de communes » se tromperait plus souvent (Métropole du Grand Paris, Arche Agglo… : voir 004).
 */
function departementDuSiege(membres: LigneCommune[]): string {
  let siege = membres[0]!;
  for (const m of membres) if (m.population > siege.population) siege = m;
  return siege.codeDepartement;
}

export function construireReferentiel(donnees: DonneesCog): Referentiel {
  const avertissements: string[] = [];
  // Les collectivités d'outre-mer (zone « com ») n'ont ni SIREN de commune ni DDT : hors champ.
  const regionsCog = donnees.regions.filter((r) => r.zone !== "com");
  const departementsCog = donnees.departements.filter((d) => d.zone !== "com");
  const codesDepartements = new Set(departementsCog.map((d) => d.code));

  const communes: LigneCommune[] = [];
  for (const c of donnees.communes) {
    if (c.type !== "commune-actuelle" || !c.departement || !codesDepartements.has(c.departement)) continue;
    if (!c.siren || !c.region) {
      avertissements.push(`Commune ${c.code} (${c.nom}) sans SIREN ou sans région : ignorée.`);
      continue;
    }
    communes.push({
      codeInsee: c.code,
      nom: c.nom,
      siren: c.siren,
      codeDepartement: c.departement,
      codeRegion: c.region,
      population: c.population ?? 0,
      epciSiren: null,
    });
  }
  const communeParCode = new Map(communes.map((c) => [c.codeInsee, c]));

  const epci: LigneEpci[] = [];
  const organisationsEpci: LigneOrganisation[] = [];
  const regionDuDepartement = new Map(departementsCog.map((d) => [d.code, d.region]));
  for (const e of donnees.epci) {
    if (!TYPES_EPCI.has(e.type)) {
      avertissements.push(`EPCI ${e.code} (${e.nom}) de type inconnu « ${e.type} » : ignoré.`);
      continue;
    }
    const type = e.type as TypeEpci;
    const membres: LigneCommune[] = [];
    for (const m of e.membres) {
      const commune = communeParCode.get(m.code);
      if (!commune) {
        avertissements.push(`EPCI ${e.code} : membre ${m.code} absent des communes actuelles.`);
        continue;
      }
      if (commune.epciSiren) {
        avertissements.push(`Commune ${m.code} membre de deux EPCI (${commune.epciSiren}, ${e.code}) : premier gardé.`);
        continue;
      }
      commune.epciSiren = e.code;
      membres.push(commune);
    }
    epci.push({ siren: e.code, nom: e.nom, type });
    if (membres.length === 0) continue;
    const codeDepartement = departementDuSiege(membres);
    organisationsEpci.push(
      organisation({
        id: idStable(cles.epci(e.code)),
        type: "epci",
        nom: e.nom,
        siren: e.code,
        categorieJuridique: CATEGORIE_JURIDIQUE_EPCI[type],
        codeInsee: null,
        codeDepartement,
        codeRegion: regionDuDepartement.get(codeDepartement) ?? null,
        typeServiceEtat: null,
        population: membres.reduce((s, m) => s + m.population, 0),
      }),
    );
  }

  const typeEpciDe = new Map(epci.map((e) => [e.siren, e.type]));
  const populationParDepartement = new Map<string, number>();
  const populationParRegion = new Map<string, number>();
  const ajouter = (totaux: Map<string, number>, cle: string, n: number) => totaux.set(cle, (totaux.get(cle) ?? 0) + n);
  for (const c of communes) {
    // Le Département du Rhône n'administre pas le territoire de la Métropole de Lyon.
    const horsDepartement = c.codeDepartement === "69" && typeEpciDe.get(c.epciSiren ?? "") === "MET69";
    if (!horsDepartement) ajouter(populationParDepartement, c.codeDepartement, c.population);
    ajouter(populationParRegion, c.codeRegion, c.population);
  }

  const organisationsCommunes = communes.map((c) =>
    organisation({
      id: idStable(cles.commune(c.codeInsee)),
      type: "commune",
      nom: c.nom,
      siren: c.siren,
      categorieJuridique: CATEGORIES_JURIDIQUES.commune,
      codeInsee: c.codeInsee,
      codeDepartement: c.codeDepartement,
      codeRegion: c.codeRegion,
      typeServiceEtat: null,
      population: c.population,
    }),
  );

  const organisationsDepartements: LigneOrganisation[] = departementsCog
    .filter((d) => !DEPARTEMENTS_SANS_ORGANISATION.has(d.code))
    .map((d) =>
      organisation({
        id: idStable(cles.departement(d.code)),
        type: "departement",
        nom: `Département ${avecParticule(d.nom, d.typeLiaison)}`,
        siren: null,
        categorieJuridique: CATEGORIES_JURIDIQUES.departement,
        codeInsee: null,
        codeDepartement: d.code,
        codeRegion: d.region,
        typeServiceEtat: null,
        population: populationParDepartement.get(d.code) ?? 0,
      }),
    );
  if (DEPARTEMENTS_ALSACE.every((code) => codesDepartements.has(code))) {
    organisationsDepartements.push(
      organisation({
        id: ID_COLLECTIVITE_ALSACE,
        type: "departement",
        nom: "Collectivité européenne d'Alsace",
        siren: null,
        categorieJuridique: CATEGORIES_JURIDIQUES.collectiviteStatutParticulier,
        codeInsee: null,
        // Siège à Strasbourg ; departementsDeCollectivite rend les deux départements.
        codeDepartement: "67",
        codeRegion: regionDuDepartement.get("67") ?? null,
        typeServiceEtat: null,
        population: DEPARTEMENTS_ALSACE.reduce((s, code) => s + (populationParDepartement.get(code) ?? 0), 0),
      }),
    );
  }

  const organisationsRegions: LigneOrganisation[] = regionsCog
    .filter((r) => !REGIONS_SANS_ORGANISATION.has(r.code))
    .map((r) => {
      const particulier = REGIONS_NOM_PARTICULIER[r.code];
      return organisation({
        id: idStable(cles.region(r.code)),
        type: "region",
        nom: particulier ?? `Région ${r.nom}`,
        siren: null,
        categorieJuridique: particulier
          ? CATEGORIES_JURIDIQUES.collectiviteStatutParticulier
          : CATEGORIES_JURIDIQUES.region,
        codeInsee: null,
        // Département du chef-lieu : service de l'État proposé par défaut (R4).
        codeDepartement: communeParCode.get(r.chefLieu)?.codeDepartement ?? null,
        codeRegion: r.code,
        typeServiceEtat: null,
        population: populationParRegion.get(r.code) ?? 0,
      });
    });

  const organisationsServices = departementsCog.map((d) => {
    const type = typeServiceEtat(d.code);
    return organisation({
      id: idStable(cles.serviceEtat(d.code)),
      type: "service_etat",
      nom: nomServiceEtat(type, d),
      siren: null,
      categorieJuridique: CATEGORIES_JURIDIQUES.serviceDeconcentreDepartemental,
      codeInsee: null,
      codeDepartement: d.code,
      codeRegion: d.region,
      typeServiceEtat: type,
      population: null,
    });
  });

  const dgaln = organisation({
    id: idStable(cles.dgaln()),
    type: "dgaln",
    nom: NOM_DGALN,
    siren: null,
    categorieJuridique: CATEGORIES_JURIDIQUES.serviceCentralMinistere,
    codeInsee: null,
    codeDepartement: null,
    codeRegion: null,
    typeServiceEtat: null,
    population: null,
  });

  return {
    regions: regionsCog.map((r) => ({ code: r.code, nom: r.nom })),
    departements: departementsCog.map((d) => ({ code: d.code, nom: d.nom, codeRegion: d.region })),
    epci,
    communes,
    organisations: [
      ...organisationsCommunes,
      ...organisationsEpci,
      ...organisationsDepartements,
      ...organisationsRegions,
      ...organisationsServices,
      dgaln,
    ],
    avertissements,
  };
}
