// Ce que partagent les cas d'usage de la candidature : statuts modifiables, verrou de modification
// (version + statut en une seule écriture conditionnelle), options de transaction, libellés.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { AppError } from "@/lib/errors";
import { StatutCandidature, type PartieSignataire, type Prisma } from "@/lib/generated/prisma/client";
import { formaterDate, formaterHeure } from "@/lib/format/dates";
import { nomAffiche } from "@/lib/organisations/acces";
import { FORMES_PARTIE_COURTES, LIBELLES_STATUT_CANDIDATURE } from "./regles/libelles";
import { estModifiable } from "./regles/transitions";

type Tx = Prisma.TransactionClient;

/** Brouillon, signée, à corriger : le contenu se modifie (et revient au brouillon). */
export const STATUTS_MODIFIABLES = Object.values(StatutCandidature).filter(estModifiable);

/**
 * Les transactions des cas d'usage attendent des verrous de ligne (dépôts simultanés, journal
 * chaîné) : on laisse plus de marge que les 2 s / 5 s par défaut de Prisma.
 */
export const OPTIONS_TRANSACTION = { maxWait: 15_000, timeout: 30_000 } as const;

/** « la collectivité », « le service de l'État » ; les formes après « de » et « à » sont dans FORMES_PARTIE_COURTES. */
export const LIBELLES_PARTIE_COURTS: Record<PartieSignataire, string> = {
  collectivite: FORMES_PARTIE_COURTES.collectivite.nom,
  etat: FORMES_PARTIE_COURTES.etat.nom,
};

export function nomActeur(acteur: Pick<Acteur, "email" | "prenom" | "nom">): string {
  return nomAffiche(acteur);
}

export function messageNonModifiable(statut: StatutCandidature): string {
  const libelle = LIBELLES_STATUT_CANDIDATURE[statut];
  if (statut === "deposee" || statut === "en_instruction") {
    return `La candidature est « ${libelle} » : elle ne peut plus être modifiée par les porteurs, sauf si la DGALN demande des corrections.`;
  }
  return `La candidature est « ${libelle} » : elle ne peut plus être modifiée.`;
}

/** « à 14 h 32 » aujourd'hui, « le 3 mars 2027 à 14 h 32 » sinon (heure de Paris). */
export function quandFrancais(date: Date, maintenant = new Date()): string {
  const memeJour = formaterDate(date) === formaterDate(maintenant);
  return memeJour ? `à ${formaterHeure(date)}` : `le ${formaterDate(date)} à ${formaterHeure(date)}`;
}

/**
 * Pose le verrou de ligne d'une modification de contenu : une seule écriture conditionnelle
 * (statut modifiable, et version attendue si elle est donnée) qui incrémente la version et
 * ramène au brouillon, avec les colonnes modifiées. Rend la nouvelle version, ou `null` si la condition a échoué.
 */
export async function incrementerVersion(
  tx: Tx,
  candidatureId: string,
  versionAttendue?: number,
  colonnes: Prisma.CandidatureUpdateManyMutationInput = {},
): Promise<number | null> {
  const { count } = await tx.candidature.updateMany({
    where: { id: candidatureId, statut: { in: STATUTS_MODIFIABLES }, ...(versionAttendue === undefined ? {} : { version: versionAttendue }) },
    data: { ...colonnes, version: { increment: 1 }, statut: "brouillon" },
  });
  if (count === 0) return null;
  const { version } = await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { version: true } });
  return version;
}

/** Refuse une modification si le statut ne la permet plus (relu après un échec du verrou). */
export async function exigerModifiable(tx: Tx, candidatureId: string): Promise<void> {
  const { statut } = await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { statut: true } });
  if (!estModifiable(statut)) throw new AppError("ETAT_INCOMPATIBLE", messageNonModifiable(statut));
}
