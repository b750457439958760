// Les faits d'une candidature (FaitsCandidature), chargés de la base pour le module de règles pur
// (décision 009) : création (R1, R7), modification, signature, dépôt et liste de contrôle affichée
// lisent tous ces mêmes faits. Pas de contrôle d'accès ici : l'appelant a déjà chargé la
// candidature dans la portée de l'acteur.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { departementsDeCollectivite } from "@/lib/referentiel/recherche";
import type { EpciEntier, EpciReference, FaitsCandidature, TypeCollectivite } from "./regles";

type Client = Prisma.TransactionClient;

type LigneEpci = { siren: string; nom: string; nombreCommunes: number; departements: string[] };

async function epciAvecCommunes(client: Client, sirens: string[]): Promise<LigneEpci[]> {
  if (sirens.length === 0) return [];
  return client.$queryRaw<LigneEpci[]>`
    SELECT e.siren, e.nom, count(c."codeInsee")::int AS "nombreCommunes",
           coalesce(array_agg(DISTINCT c."codeDepartement") FILTER (WHERE c."codeDepartement" IS NOT NULL), '{}') AS departements
    FROM epci e LEFT JOIN commune c ON c."epciSiren" = e.siren
    WHERE e.siren = ANY(${sirens}::text[])
    GROUP BY e.siren, e.nom
    ORDER BY e.nom`;
}

export async function chargerFaits(client: Client, candidatureId: string, maintenant: Date): Promise<FaitsCandidature> {
  const c = await client.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    select: {
      id: true,
      format: true,
      statut: true,
      dureeMois: true,
      derogationDemandee: true,
      hashContenu: true,
      collectivitePrincipaleId: true,
      session: { select: { id: true, theme: true, statut: true, clotureLe: true, piecesRequises: true } },
      collectivitePrincipale: { select: { nom: true, type: true } },
      serviceEtat: { select: { nom: true, codeDepartement: true } },
      communes: { select: { commune: { select: { codeInsee: true, nom: true, epciSiren: true, codeDepartement: true } } } },
      epci: { select: { epciSiren: true } },
      pieces: { where: { courante: true }, select: { type: true } },
      signatures: { select: { partie: true, hashContenu: true, invalideeLe: true } },
    },
  });
  const communes = c.communes.map((p) => p.commune);
  const sirensDesCommunes = [...new Set(communes.map((k) => k.epciSiren).filter((s): s is string => s !== null))];
  // En série : dans une transaction interactive, les requêtes partagent une seule connexion.
  const epciEntiers = await epciAvecCommunes(client, c.epci.map((e) => e.epciSiren));
  const epciDesCommunes = await epciAvecCommunes(client, sirensDesCommunes);
  const departements = await departementsDeCollectivite(client, c.collectivitePrincipaleId);
  const autres = await client.candidature.findMany({
    where: { collectivitePrincipaleId: c.collectivitePrincipaleId, id: { not: c.id } },
    select: { id: true, reference: true, format: true, statut: true, sessionId: true },
  });
  const reference = ({ siren, nom, nombreCommunes }: LigneEpci): EpciReference => ({ siren, nom, nombreCommunes });
  return {
    id: c.id,
    format: c.format,
    statut: c.statut,
    session: c.session,
    dureeMois: c.dureeMois,
    perimetre: {
      communes,
      epci: epciEntiers.map<EpciEntier>((e) => ({ ...reference(e), departements: e.departements })),
      epciDesCommunes: epciDesCommunes.map(reference),
    },
    collectivitePrincipale: {
      nom: c.collectivitePrincipale.nom,
      // Une candidature n'a pour principale qu'une collectivité (vérifié à la création).
      type: c.collectivitePrincipale.type as TypeCollectivite,
      departements: departements.map((d) => d.code),
    },
    serviceEtat: c.serviceEtat.codeDepartement ? { nom: c.serviceEtat.nom, codeDepartement: c.serviceEtat.codeDepartement } : null,
    pieces: c.pieces.map((p) => p.type),
    derogationDemandee: c.derogationDemandee,
    signatures: c.signatures.map((s) => ({ partie: s.partie, hashContenu: s.hashContenu, invalidee: s.invalideeLe !== null })),
    hashContenu: c.hashContenu,
    autresCandidatures: autres,
    maintenant,
  };
}
