// Création de l'atelier d'une candidature retenue (DESIGN.md §9), dans la transaction de la
// décision de sélection : format, territoire, service, collectivités, pilote, référent DGALN,
// type de contrat, trois phases au calendrier prévisionnel, événement du journal.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { AppError } from "@/lib/errors";
import type { FormatAtelier, Prisma, StatutCandidature, TypeContrat } from "@/lib/generated/prisma/client";
import { calendrierPhases } from "./calendrier";

/** Contrat de l'équipe selon le format (DESIGN.md §2 et §9). */
export const TYPE_CONTRAT_PAR_FORMAT: Record<FormatAtelier, TypeContrat> = {
  national: "marche_national",
  local: "marche_subsequent",
  flash: "bon_de_commande",
};

/**
 * Statuts depuis lesquels l'atelier peut naître : « retenue », ou « en instruction » quand la
 * décision crée l'atelier avant de changer le statut dans la même transaction.
 */
const STATUTS_ADMIS: readonly StatutCandidature[] = ["en_instruction", "retenue"];

export type CreationAtelier = { candidatureId: string; referentDgalnId: string; acteurId: string };

/**
 * Crée l'atelier de la candidature, ou rend celui qui existe déjà (`cree: false`) : appeler deux
 * fois ne crée rien de plus. À appeler dans une transaction ; aucun courriel n'en part.
 */
export async function creerAtelierDepuisCandidature(
  tx: Prisma.TransactionClient,
  { candidatureId, referentDgalnId, acteurId }: CreationAtelier,
): Promise<{ atelierId: string; cree: boolean }> {
  // Verrou de la ligne (déjà tenu par l'appelant, ré-entrant) : deux créations concurrentes se
  // suivent, la seconde voit l'atelier de la première au lieu de heurter la contrainte d'unicité.
  const verrou = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM candidature WHERE id = ${candidatureId}::uuid FOR UPDATE`;
  if (verrou.length === 0) throw new AppError("INTROUVABLE", "La candidature de l'atelier est introuvable.");

  const existant = await tx.atelier.findUnique({ where: { candidatureId }, select: { id: true } });
  if (existant) return { atelierId: existant.id, cree: false };

  const c = await tx.candidature.findUniqueOrThrow({
    where: { id: candidatureId },
    select: {
      reference: true,
      statut: true,
      format: true,
      titre: true,
      serviceEtatId: true,
      codeDepartement: true,
      codeRegion: true,
      collectivitePrincipaleId: true,
      debutPrevu: true,
      dureeMois: true,
      hashContenu: true,
      porteuses: { select: { organisationId: true } },
      depots: { orderBy: { numero: "desc" }, take: 1, select: { hashContenu: true } },
    },
  });
  if (!STATUTS_ADMIS.includes(c.statut)) {
    throw new AppError("ETAT_INCOMPATIBLE", `La candidature ${c.reference} n'est ni en instruction ni retenue : aucun atelier n'est créé.`);
  }

  const atelier = await tx.atelier.create({
    data: {
      candidatureId,
      format: c.format,
      titre: c.titre,
      serviceEtatId: c.serviceEtatId,
      codeDepartement: c.codeDepartement,
      codeRegion: c.codeRegion,
      piloteId: await piloteDesigne(tx, candidatureId, c.serviceEtatId, c.depots[0]?.hashContenu ?? c.hashContenu),
      referentDgalnId,
      typeContrat: TYPE_CONTRAT_PAR_FORMAT[c.format],
      collectivites: {
        create: [
          { organisationId: c.collectivitePrincipaleId, principale: true },
          ...c.porteuses
            .filter((p) => p.organisationId !== c.collectivitePrincipaleId)
            .map((p) => ({ organisationId: p.organisationId, principale: false })),
        ],
      },
      phases: {
        create: calendrierPhases(c).map(({ type, debutPrevu, finPrevue }) => ({ type, statut: "a_venir", debutPrevu, finPrevue })),
      },
    },
    select: { id: true },
  });

  await enregistrerEvenement(tx, {
    acteurId,
    type: "atelier.cree",
    entite: "atelier",
    entiteId: atelier.id,
    candidatureId,
    atelierId: atelier.id,
    resume: `Atelier créé à partir de la candidature ${c.reference} retenue.`,
    donnees: { reference: c.reference },
  });
  return { atelierId: atelier.id, cree: true };
}

/**
 * Le pilote : le signataire du service compétent qui a signé, pour la partie État, le contenu
 * déposé en dernier (à défaut de dépôt, le contenu courant), s'il est encore actif et membre de ce
 * service. Sinon personne : la DDT en désignera un.
 */
async function piloteDesigne(
  tx: Prisma.TransactionClient,
  candidatureId: string,
  serviceEtatId: string,
  hashContenu: string | null,
): Promise<string | null> {
  if (hashContenu === null) return null;
  const signature = await tx.signature.findFirst({
    where: {
      candidatureId,
      partie: "etat",
      organisationId: serviceEtatId,
      hashContenu,
      invalideeLe: null,
      utilisateur: { actif: true, appartenances: { some: { organisationId: serviceEtatId } } },
    },
    orderBy: { signeeLe: "desc" },
    select: { utilisateurId: true },
  });
  return signature?.utilisateurId ?? null;
}
