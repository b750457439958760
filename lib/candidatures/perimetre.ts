// Périmètre d'une candidature : communes et EPCI entiers, vérifiés contre le référentiel (COG), et
// ce qu'il couvre (communes, population, EPCI, départements) pour le formulaire et le récépissé.
// Sans lien avec l'acteur : ce sont des données publiques du référentiel.
import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma, TypeEpci } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/** Erreurs par champ si des codes sont inconnus du référentiel ; `null` si tout est connu. */
export async function verifierPerimetre(client: Client, communes: string[], epci: string[]): Promise<Record<string, string[]> | null> {
  // En série : dans une transaction interactive, les requêtes partagent une seule connexion.
  const communesConnues = communes.length ? await client.commune.findMany({ where: { codeInsee: { in: communes } }, select: { codeInsee: true } }) : [];
  const epciConnus = epci.length ? await client.epci.findMany({ where: { siren: { in: epci } }, select: { siren: true } }) : [];
  const inconnues = communes.filter((c) => !communesConnues.some((k) => k.codeInsee === c));
  const inconnus = epci.filter((e) => !epciConnus.some((k) => k.siren === e));
  const erreurs: Record<string, string[]> = {};
  if (inconnues.length) erreurs.communes = [`Commune inconnue du référentiel (code INSEE) : ${inconnues.join(", ")}.`];
  if (inconnus.length) erreurs.epci = [`EPCI inconnu du référentiel (SIREN) : ${inconnus.join(", ")}.`];
  return Object.keys(erreurs).length ? erreurs : null;
}

export type CouverturePerimetre = {
  communes: { codeInsee: string; nom: string; population: number; codeDepartement: string; epciSiren: string | null }[];
  epci: { siren: string; nom: string; type: TypeEpci; nombreCommunes: number }[];
  /** Communes couvertes, sans doublon : celles listées et celles des EPCI inclus entiers. */
  nombreCommunes: number;
  population: number;
  departements: { code: string; nom: string }[];
};

/** Ce que couvre un périmètre (enregistré ou en cours de saisie). */
export async function couverturePerimetre(client: Client, communes: string[], epci: string[]): Promise<CouverturePerimetre> {
  // En série : dans une transaction interactive, les requêtes partagent une seule connexion.
  const listees = communes.length
    ? await client.commune.findMany({
        where: { codeInsee: { in: communes } },
        select: { codeInsee: true, nom: true, population: true, codeDepartement: true, epciSiren: true },
        orderBy: [{ nom: "asc" }, { codeInsee: "asc" }],
      })
    : [];
  const entiers = epci.length
    ? await client.epci.findMany({
        where: { siren: { in: epci } },
        select: { siren: true, nom: true, type: true, _count: { select: { communes: true } } },
        orderBy: { nom: "asc" },
      })
    : [];
  const [total] = await client.$queryRaw<{ nombre: number; population: number; departements: string[] | null }[]>`
    SELECT count(*)::int AS nombre, coalesce(sum(c.population), 0)::int AS population,
           array_agg(DISTINCT c."codeDepartement" ORDER BY c."codeDepartement") AS departements
    FROM commune c
    WHERE c."codeInsee" = ANY(${communes}::text[]) OR c."epciSiren" = ANY(${epci}::text[])`;
  const codes = total?.departements ?? [];
  const departements = codes.length
    ? await client.departement.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true }, orderBy: { code: "asc" } })
    : [];
  return {
    communes: listees,
    epci: entiers.map((e) => ({ siren: e.siren, nom: e.nom, type: e.type, nombreCommunes: e._count.communes })),
    nombreCommunes: total?.nombre ?? 0,
    population: total?.population ?? 0,
    departements,
  };
}

/** Pour le formulaire : ce que couvrirait la sélection en cours (données publiques du référentiel). */
export function apercuPerimetre(communes: string[], epci: string[]): Promise<CouverturePerimetre> {
  const codes = communes.filter((c) => /^(\d{5}|2[AB]\d{3})$/.test(c)).slice(0, 3_000);
  const sirens = epci.filter((e) => /^\d{9}$/.test(e)).slice(0, 200);
  return couverturePerimetre(prisma, codes, sirens);
}

/** Périmètre initial d'une candidature : la collectivité elle-même (commune → elle ; EPCI → tout l'EPCI). */
export function perimetreInitial(collectivite: { type: string; codeInsee: string | null; siren: string | null }) {
  if (collectivite.type === "commune" && collectivite.codeInsee) return { communes: [collectivite.codeInsee], epci: [] };
  if (collectivite.type === "epci" && collectivite.siren) return { communes: [], epci: [collectivite.siren] };
  return { communes: [], epci: [] };
}
