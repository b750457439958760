// État partagé par les étapes du générateur : le hasard, la date de référence, le référentiel lu
// en base, les personnes créées, les tables à insérer et les événements du journal (chaînés à la
// fin, dans l'ordre chronologique).
import type pg from "pg";
import type { NouvelEvenement } from "@/lib/audit/journal";
import { idDgaln, idServiceEtat } from "@/lib/referentiel/identifiants";
import { Alea } from "./alea";
import { Table } from "./sql";

export type Org = { id: string; type: string; nom: string; siren: string | null; codeInsee: string | null; codeDepartement: string; codeRegion: string };
export type Personne = { id: string; nom: string };
/** Un événement daté, avec son rang d'écriture (tri stable à date égale). */
export type EvenementDate = NouvelEvenement & { survenuLe: Date };

export type Departement = {
  code: string;
  codeRegion: string;
  service: Org;
  /** Collectivités du département qui ont des comptes (les seules à candidater). */
  pool: { commune: Org[]; epci: Org[]; departement: Org[] };
  communes: string[];
};

export type Referentiel = {
  departements: Departement[];
  parId: Map<string, Org>;
  /** SIREN d'EPCI → codes INSEE de ses communes. */
  membresEpci: Map<string, { codeInsee: string; codeDepartement: string }[]>;
  /** Code INSEE → SIREN de son EPCI. */
  epciDeCommune: Map<string, string>;
  dgaln: Org;
};

export type Membres = { signataires: Personne[]; membres: Personne[] };

export class Contexte {
  readonly alea: Alea;
  readonly journal: EvenementDate[] = [];
  /** Membres par organisation (collectivités : signataire/membre ; services : signataire_etat/agent). */
  readonly membres = new Map<string, Membres>();
  referents: Personne[] = [];
  jures: Personne[] = [];
  readonly tables: Table[] = [];

  constructor(
    graine: number,
    readonly echelle: number,
    readonly maintenant: Date,
    readonly ref: Referentiel,
  ) {
    this.alea = new Alea(graine);
  }

  /** Déclare une table (l'ordre de déclaration est l'ordre d'insertion : clés étrangères). */
  table(nom: string, colonnes: ConstructorParameters<typeof Table>[1]): Table {
    const t = new Table(nom, colonnes);
    this.tables.push(t);
    return t;
  }

  t(nom: string): Table {
    const t = this.tables.find((x) => x.nom === nom);
    if (!t) throw new Error(`Table ${nom} non déclarée.`);
    return t;
  }

  /** Volume mis à l'échelle, jamais sous `minimum`. */
  n(valeur: number, minimum = 1): number {
    return Math.max(minimum, Math.round(valeur * this.echelle));
  }

  /** Instant plafonné à « maintenant moins une minute » : aucune action dans le futur. */
  auPlusTard(d: Date): Date {
    const limite = this.maintenant.getTime() - 60_000;
    return d.getTime() > limite ? new Date(limite) : d;
  }
}

export const JOUR = 86_400_000;
export const plus = (d: Date, jours: number) => new Date(d.getTime() + jours * JOUR);

export async function lireReferentiel(client: pg.ClientBase): Promise<Omit<Referentiel, "departements"> & { brut: Org[]; deps: { code: string; codeRegion: string }[]; communes: { codeInsee: string; codeDepartement: string; epciSiren: string | null }[] }> {
  const { rows: brut } = await client.query<Org>(
    `SELECT id, type::text AS type, nom, siren, "codeInsee", "codeDepartement", "codeRegion" FROM organisation
     WHERE type IN ('commune', 'epci', 'departement', 'service_etat', 'dgaln') ORDER BY id`,
  );
  const { rows: deps } = await client.query<{ code: string; codeRegion: string }>(`SELECT code, "codeRegion" FROM departement ORDER BY code`);
  const { rows: communes } = await client.query<{ codeInsee: string; codeDepartement: string; epciSiren: string | null }>(
    `SELECT "codeInsee", "codeDepartement", "epciSiren" FROM commune ORDER BY "codeInsee"`,
  );
  const parId = new Map(brut.map((o) => [o.id, o]));
  const membresEpci = new Map<string, { codeInsee: string; codeDepartement: string }[]>();
  const epciDeCommune = new Map<string, string>();
  for (const c of communes) {
    if (!c.epciSiren) continue;
    epciDeCommune.set(c.codeInsee, c.epciSiren);
    (membresEpci.get(c.epciSiren) ?? membresEpci.set(c.epciSiren, []).get(c.epciSiren)!).push(c);
  }
  const dgaln = parId.get(idDgaln());
  if (!dgaln) throw new Error("La DGALN est absente : le référentiel est-il importé ?");
  return { brut, deps, communes, parId, membresEpci, epciDeCommune, dgaln };
}

/**
 * Le référentiel du banc : pour chaque département, son service de l'État et un échantillon de
 * collectivités (le département, des EPCI dont il est le siège, des communes) qui auront des comptes.
 */
export function construireReferentiel(lu: Awaited<ReturnType<typeof lireReferentiel>>, alea: Alea, echelle: number): Referentiel {
  const parDep = new Map<string, { commune: Org[]; epci: Org[]; departement: Org[] }>();
  for (const o of lu.brut) {
    if (!o.codeDepartement || !["commune", "epci", "departement"].includes(o.type)) continue;
    const g = parDep.get(o.codeDepartement) ?? parDep.set(o.codeDepartement, { commune: [], epci: [], departement: [] }).get(o.codeDepartement)!;
    g[o.type as "commune" | "epci" | "departement"].push(o);
  }
  const communesParDep = new Map<string, string[]>();
  for (const c of lu.communes) (communesParDep.get(c.codeDepartement) ?? communesParDep.set(c.codeDepartement, []).get(c.codeDepartement)!).push(c.codeInsee);
  // ~29 collectivités par département à l'échelle 1 (≈ 2 900 avec des comptes, 3 000 organisations
  // en comptant les services de l'État et la DGALN).
  const nEpci = Math.max(1, Math.round(8 * echelle));
  const nCommunes = Math.max(1, Math.round(20 * echelle));
  const departements = lu.deps.map((d): Departement => {
    // Corse, Paris, Guyane, Martinique : pas d'organisation « département » (collectivité unique).
    const g = parDep.get(d.code) ?? { commune: [], epci: [], departement: [] };
    const service = lu.parId.get(idServiceEtat(d.code));
    if (!service) throw new Error(`Département ${d.code} incomplet dans le référentiel.`);
    return {
      code: d.code,
      codeRegion: d.codeRegion,
      service,
      pool: { departement: g.departement, epci: alea.plusieurs(g.epci, nEpci), commune: alea.plusieurs(g.commune, nCommunes) },
      communes: communesParDep.get(d.code) ?? [],
    };
  });
  return { departements, parId: lu.parId, membresEpci: lu.membresEpci, epciDeCommune: lu.epciDeCommune, dgaln: lu.dgaln };
}
