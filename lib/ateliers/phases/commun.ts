// Ce que partagent les cas d'usage des phases (décision 031) : chargement de la phase dans la
// portée de l'acteur, empreinte des livrables, verrou conditionnel, message de CONFLIT qui dit qui
// a fait quoi, annulation visible des validations, notifications après COMMIT.
import "server-only";
import { createHash } from "node:crypto";
import type { Acteur } from "@/lib/auth/acteur";
import { jsonCanonique, enregistrerEvenement } from "@/lib/audit/journal";
import { estIdentifiant, introuvable, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier, porteesAtelierParProfil, rolesDestinataires, type ActionDe } from "@/lib/autorisations/politique";
import { nomActeur, quandFrancais } from "@/lib/candidatures/commun";
import { deNom } from "@/lib/format/collectivites";
import { jourParis } from "@/lib/instruction/decider.schema";
import { FORMES_PARTIE_COURTES, LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PartieSignataire, Prisma, TypePhase } from "@/lib/generated/prisma/client";
import { journal } from "@/lib/journalisation/logger";
import { notifier } from "@/lib/notifications/notifier";
import { deLaPhase } from "./transitions";

type Tx = Prisma.TransactionClient;

export { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";

export const cheminAtelier = (atelierId: string) => `/ateliers/${atelierId}`;

const SELECTION_PHASE = {
  id: true,
  atelierId: true,
  type: true,
  statut: true,
  version: true,
  debutPrevu: true,
  finPrevue: true,
  debutReel: true,
  finReelle: true,
  atelier: {
    select: {
      id: true,
      titre: true,
      statut: true,
      serviceEtatId: true,
      serviceEtat: { select: { nom: true } },
      collectivites: { where: { principale: true }, select: { organisationId: true, organisation: { select: { nom: true } } } },
    },
  },
} as const satisfies Prisma.PhaseSelect;

export type PhaseChargee = Prisma.PhaseGetPayload<{ select: typeof SELECTION_PHASE }>;

function lirePhase(tx: Client, phaseId: string, atelier: Prisma.AtelierWhereInput) {
  return tx.phase.findFirst({ where: { id: phaseId, atelier }, select: SELECTION_PHASE });
}

/**
 * La phase, si l'action est permise à l'acteur sur son atelier. Qui lit l'atelier sans avoir ce
 * droit lit pourquoi (ACCES_REFUSE) ; les autres — autre collectivité, autre département, juré —
 * reçoivent INTROUVABLE, comme pour une ligne qui n'existe pas.
 */
export async function exigerPhase(acteur: Acteur, phaseId: string, action: ActionDe<"atelier">, refus: string, tx: Tx): Promise<PhaseChargee> {
  if (!estIdentifiant(phaseId)) throw introuvable();
  const phase = await lirePhase(tx, phaseId, porteeAtelier(acteur, action));
  if (phase) return phase;
  if (await lirePhase(tx, phaseId, porteeAtelier(acteur, "lire"))) throw new AppError("ACCES_REFUSE", refus);
  throw introuvable();
}

/** La phase, pour un co-pilote qui agit au titre de cette partie (`atelier.valider_phase`). */
export async function exigerCoPilote(acteur: Acteur, phaseId: string, partie: PartieSignataire, tx: Tx): Promise<PhaseChargee> {
  if (!estIdentifiant(phaseId)) throw introuvable();
  const portee = porteesAtelierParProfil(acteur, "valider_phase").find((p) => p.profil === partie);
  const phase = portee ? await lirePhase(tx, phaseId, portee.where) : null;
  if (phase) return phase;
  const lisible = await lirePhase(tx, phaseId, porteeAtelier(acteur, "lire"));
  if (!lisible) throw introuvable();
  const principale = lisible.atelier.collectivites[0]?.organisation.nom;
  throw new AppError(
    "ACCES_REFUSE",
    partie === "collectivite"
      ? `Seul un signataire ${principale ? deNom(principale) : "de la collectivité principale"}, collectivité principale, valide ou renvoie une phase pour la collectivité.`
      : `Seul un signataire ${deNom(lisible.atelier.serviceEtat.nom, { service: true })}, service de l'État pilote, valide ou renvoie une phase pour l'État.`,
  );
}

export const MESSAGE_REFUS_PILOTE = "Seul le service de l'État pilote de l'atelier (ou la DGALN) démarre une phase, dépose ses livrables et la soumet à validation.";

// ─── Empreinte des livrables de la phase ───────────────────────────────────────────────────────

export type EtatLivrables = {
  empreinte: string;
  livrables: { id: string; type: Prisma.LivrableGetPayload<object>["type"]; version: number; titre: string; sha256: string | null }[];
  ateliersInSitu: { id: string; compteRendu: string | null }[];
};

const sha256 = (texte: string) => createHash("sha256").update(texte).digest("hex");

/**
 * Ce que les co-pilotes valident : les versions courantes des livrables de la phase (type, version,
 * empreinte du fichier) et les comptes rendus de ses ateliers in situ. Toute nouvelle version
 * change l'empreinte, et donc annule les validations données sur l'ancienne.
 */
export async function etatLivrables(tx: Client, phaseId: string): Promise<EtatLivrables> {
  const livrables = await tx.livrable.findMany({
    where: { phaseId, courant: true },
    select: { id: true, type: true, version: true, titre: true, sha256: true },
    orderBy: [{ type: "asc" }, { version: "asc" }, { id: "asc" }],
  });
  const ateliersInSitu = await tx.atelierInSitu.findMany({ where: { phaseId }, select: { id: true, compteRendu: true }, orderBy: { id: "asc" } });
  const empreinte = sha256(
    jsonCanonique({
      livrables: livrables.map((l) => [l.type, l.version, l.sha256 ?? l.id]),
      comptesRendus: ateliersInSitu.filter((a) => a.compteRendu).map((a) => [a.id, sha256(a.compteRendu ?? "")]),
    }),
  );
  return { empreinte, livrables, ateliersInSitu };
}

// ─── Verrou et conflits ────────────────────────────────────────────────────────────────────────

/**
 * Écriture conditionnelle qui pose le verrou de la ligne : deux actions concurrentes sur la même
 * phase se suivent, la seconde relit la ligne validée par la première et sa condition échoue
 * (count = 0) si l'état qu'elle attendait a changé. Rend vrai si la condition tenait.
 */
export async function verrouillerPhase(tx: Tx, where: Prisma.PhaseWhereInput & { id: string }, data: Prisma.PhaseUpdateManyMutationInput = {}): Promise<boolean> {
  const { count } = await tx.phase.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}

/** CONFLIT : ce qui a changé la phase pendant que l'utilisateur agissait, dit par le journal. */
export async function erreurConflit(tx: Client, phase: Pick<PhaseChargee, "id" | "atelierId" | "type">, action: string): Promise<AppError> {
  const dernier = await tx.evenement.findFirst({
    where: {
      atelierId: phase.atelierId,
      OR: [{ entite: "phase", entiteId: phase.id }, { type: "livrable.depose", donnees: { path: ["phaseId"], equals: phase.id } }],
      // La cause, pas ses conséquences : « X dépose… » plutôt que « la validation est annulée ».
      type: { notIn: ["phase.validation_annulee", "phase.validee"] },
    },
    orderBy: { id: "desc" },
    select: { resume: true, survenuLe: true },
  });
  const { statut } = await tx.phase.findUniqueOrThrow({ where: { id: phase.id }, select: { statut: true } });
  const quoi = dernier ? `${dernier.resume.replace(/\.$/, "")} (${quandFrancais(dernier.survenuLe)})` : `La phase ${deLaPhase(phase.type)} a changé`;
  return new AppError(
    "CONFLIT",
    `${quoi}, pendant que vous vouliez ${action}. La phase est maintenant « ${LIBELLES_STATUT_PHASE[statut]} » : ` +
      "votre action n'a pas été enregistrée ; rechargez la page pour voir son état actuel.",
  );
}

/** Annule, visiblement, les validations en cours de la phase ; un événement par validation annulée. */
export async function annulerValidations(tx: Tx, acteur: Acteur, phase: { id: string; atelierId: string; type: TypePhase }, motif: string, le: Date) {
  const enCours = await tx.validationPhase.findMany({
    where: { phaseId: phase.id, invalideeLe: null },
    select: { id: true, partie: true },
    orderBy: { valideeLe: "asc" },
  });
  if (enCours.length === 0) return [];
  await tx.validationPhase.updateMany({ where: { id: { in: enCours.map((v) => v.id) } }, data: { invalideeLe: le, motifInvalidation: motif } });
  for (const v of enCours) {
    await enregistrerEvenement(tx, {
      acteurId: acteur.id,
      type: "phase.validation_annulee",
      entite: "phase",
      entiteId: phase.id,
      atelierId: phase.atelierId,
      resume: `La validation ${FORMES_PARTIE_COURTES[v.partie].de} de la phase ${deLaPhase(phase.type)} est annulée : ${motif}.`,
      donnees: { type: phase.type, partie: v.partie, validationId: v.id, motif },
    });
  }
  return enCours.map((v) => v.partie);
}

export { nomActeur };

// ─── Notifications, après COMMIT ───────────────────────────────────────────────────────────────

export type MessagePhase = { sujet: string; paragraphes: string[] };

/**
 * Prévient les parties de l'atelier (collectivité principale ; service de l'État pilote), aux
 * rôles que dit la politique, sauf l'auteur. N'annule jamais l'action : un échec est journalisé.
 */
export async function notifierParties(atelierId: string, parties: readonly PartieSignataire[], message: MessagePhase, exclureId: string): Promise<number> {
  try {
    const atelier = await prisma.atelier.findUniqueOrThrow({
      where: { id: atelierId },
      select: { serviceEtatId: true, collectivites: { where: { principale: true }, select: { organisationId: true } } },
    });
    const ids = new Set<string>();
    for (const partie of parties) {
      const organisations = partie === "etat" ? [atelier.serviceEtatId] : atelier.collectivites.map((c) => c.organisationId);
      const membres = await prisma.appartenance.findMany({
        where: { organisationId: { in: organisations }, role: { in: [...rolesDestinataires(partie)] }, utilisateur: { actif: true, id: { not: exclureId } } },
        select: { utilisateurId: true },
      });
      for (const m of membres) ids.add(m.utilisateurId);
    }
    return await notifier(prisma, [...ids], {
      type: "phase_atelier",
      titre: message.sujet,
      texte: message.paragraphes[0] ?? message.sujet,
      courriel: { ...message, chemin: cheminAtelier(atelierId), libelleLien: "Ouvrir l'atelier" },
    });
  } catch (erreur) {
    journal.error({ atelierId, erreur }, `ateliers : notification « ${message.sujet} » non envoyée`);
    return 0;
  }
}

/** Le jour civil de Paris de cet instant, à minuit UTC comme les autres dates des phases (`@db.Date`). */
export function jourCivil(instant: Date): Date {
  return new Date(`${jourParis(instant)}T00:00:00Z`);
}

/** Le lendemain d'un jour civil. */
export function lendemain(jour: Date): Date {
  return new Date(jour.getTime() + 86_400_000);
}
