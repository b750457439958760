// Ce que partagent les cas d'usage des ateliers in situ (issue 14, décision 034) : chargement de
// l'atelier (ou de l'atelier in situ) dans la portée de l'acteur, communes du périmètre, phase
// d'animation ouverte et verrouillée, empreinte de l'atelier in situ (sa « version » lue), et
// annulation visible des validations quand un compte rendu change ce que les co-pilotes relisent.
import "server-only";
import { createHash } from "node:crypto";
import type { Acteur } from "@/lib/auth/acteur";
import { jsonCanonique } from "@/lib/audit/journal";
import { estIdentifiant, introuvable, type Client } from "@/lib/autorisations/exiger";
import { porteeAtelier, type ActionDe } from "@/lib/autorisations/politique";
import { LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { annulerValidations, etatLivrables, verrouillerPhase } from "../phases/commun";

type Tx = Prisma.TransactionClient;

export const MESSAGE_REFUS_IN_SITU =
  "Seul le service de l'État pilote de l'atelier (ou la DGALN) enregistre les ateliers in situ et leurs supports ; la collectivité y ajoute les frais matériels.";
export const MESSAGE_REFUS_FRAIS = "Seuls la collectivité de l'atelier et son pilote (service de l'État, DGALN) saisissent les frais matériels.";

const SELECTION_ATELIER = { id: true, titre: true, candidatureId: true } as const satisfies Prisma.AtelierSelect;
export type AtelierCharge = Prisma.AtelierGetPayload<{ select: typeof SELECTION_ATELIER }>;

/**
 * L'atelier, si l'action est permise à l'acteur. Qui le lit sans ce droit lit pourquoi
 * (ACCES_REFUSE) ; les autres — autre collectivité, autre département, juré — reçoivent INTROUVABLE.
 */
export async function exigerAtelier(acteur: Acteur, atelierId: string, action: ActionDe<"atelier">, refus: string, tx: Client): Promise<AtelierCharge> {
  if (!estIdentifiant(atelierId)) throw introuvable();
  const lire = (where: Prisma.AtelierWhereInput) => tx.atelier.findFirst({ where: { AND: [{ id: atelierId }, where] }, select: SELECTION_ATELIER });
  const atelier = await lire(porteeAtelier(acteur, action));
  if (atelier) return atelier;
  if (await lire(porteeAtelier(acteur, "lire"))) throw new AppError("ACCES_REFUSE", refus);
  throw introuvable();
}

const SELECTION_IN_SITU = {
  id: true,
  atelierId: true,
  phaseId: true,
  titre: true,
  debutLe: true,
  lieu: true,
  codeInsee: true,
  theme: true,
  participantsElus: true,
  participantsTechniciens: true,
  participantsHabitants: true,
  participantsPartenaires: true,
  compteRendu: true,
  atelier: { select: SELECTION_ATELIER },
} as const satisfies Prisma.AtelierInSituSelect;
export type AtelierInSituCharge = Prisma.AtelierInSituGetPayload<{ select: typeof SELECTION_IN_SITU }>;

/** L'atelier in situ, si l'action est permise sur son atelier ; mêmes refus qu'`exigerAtelier`. */
export async function exigerAtelierInSitu(acteur: Acteur, id: string, action: ActionDe<"atelier">, refus: string, tx: Client): Promise<AtelierInSituCharge> {
  if (!estIdentifiant(id)) throw introuvable();
  const lire = (atelier: Prisma.AtelierWhereInput) => tx.atelierInSitu.findFirst({ where: { id, atelier }, select: SELECTION_IN_SITU });
  const ligne = await lire(porteeAtelier(acteur, action));
  if (ligne) return ligne;
  if (await lire(porteeAtelier(acteur, "lire"))) throw new AppError("ACCES_REFUSE", refus);
  throw introuvable();
}

// ─── Communes du périmètre ─────────────────────────────────────────────────────────────────────

/** Les communes du périmètre de la candidature de l'atelier : listées, et celles des EPCI inclus entiers. */
export async function communesDuPerimetre(client: Client, candidatureId: string): Promise<{ codeInsee: string; nom: string }[]> {
  // En série : dans une transaction interactive, les requêtes partagent une seule connexion.
  const epci = (await client.perimetreEpci.findMany({ where: { candidatureId }, select: { epciSiren: true } })).map((e) => e.epciSiren);
  return client.commune.findMany({
    where: { OR: [{ perimetres: { some: { candidatureId } } }, ...(epci.length ? [{ epciSiren: { in: epci } }] : [])] },
    select: { codeInsee: true, nom: true },
    orderBy: [{ nom: "asc" }, { codeInsee: "asc" }],
  });
}

/** Le nom de la commune, si elle est dans le périmètre de l'atelier ; REGLE_NON_RESPECTEE sinon. */
export async function exigerCommuneDuPerimetre(client: Client, candidatureId: string, codeInsee: string): Promise<string> {
  const communes = await communesDuPerimetre(client, candidatureId);
  const commune = communes.find((c) => c.codeInsee === codeInsee);
  if (commune) return commune.nom;
  const message = "Cette commune n'est pas dans le périmètre de l'atelier : un atelier in situ se tient dans l'une des communes de la candidature.";
  throw new AppError("REGLE_NON_RESPECTEE", message, { codeInsee: [message] });
}

// ─── Phase d'animation ─────────────────────────────────────────────────────────────────────────

export type PhaseAnimation = { id: string; atelierId: string; type: "animation" };

/**
 * La phase d'animation de l'atelier, en cours ou à valider, verrouillée jusqu'au COMMIT (une
 * soumission, une validation concurrentes attendent) ; ETAT_INCOMPATIBLE sinon, en français.
 */
export async function exigerAnimationOuverte(tx: Tx, atelierId: string, geste: string): Promise<PhaseAnimation> {
  const phase = await tx.phase.findFirst({ where: { atelierId, type: "animation" }, select: { id: true, statut: true } });
  if (!phase) throw new AppError("ETAT_INCOMPATIBLE", "Cet atelier n'a pas de phase d'animation : les ateliers in situ s'y rattachent.");
  if (phase.statut === "a_venir") {
    throw new AppError("ETAT_INCOMPATIBLE", `La phase d'animation n'a pas démarré : démarrez-la avant ${geste}.`);
  }
  if (phase.statut === "validee" || !(await verrouillerPhase(tx, { id: phase.id, statut: { in: ["en_cours", "a_valider"] } }))) {
    throw new AppError("ETAT_INCOMPATIBLE", `La phase d'animation est « ${LIBELLES_STATUT_PHASE.validee} » : ses ateliers in situ ne changent plus.`);
  }
  return { id: phase.id, atelierId, type: "animation" };
}

/**
 * Après un changement d'atelier in situ : si l'empreinte relue par les co-pilotes a changé (un
 * compte rendu ajouté, modifié, retiré), leurs validations en attente sont annulées, visiblement.
 */
export async function annulerSiEmpreinteChange(tx: Tx, acteur: Acteur, phase: PhaseAnimation, avant: string, motif: string): Promise<number> {
  const { empreinte } = await etatLivrables(tx, phase.id);
  if (empreinte === avant) return 0;
  return (await annulerValidations(tx, acteur, phase, motif, new Date())).length;
}

// ─── Empreinte d'un atelier in situ (sa version lue) ───────────────────────────────────────────

type Champs = Pick<
  AtelierInSituCharge,
  "titre" | "debutLe" | "lieu" | "codeInsee" | "theme" | "participantsElus" | "participantsTechniciens" | "participantsHabitants" | "participantsPartenaires" | "compteRendu"
>;

/**
 * Ce que l'utilisateur a lu de l'atelier in situ, renvoyé avec sa modification : si quelqu'un l'a
 * changé entre-temps, l'empreinte diffère et la modification est refusée (CONFLIT), sans migration
 * de schéma (décision 034).
 */
export function empreinteAtelierInSitu(a: Champs): string {
  return createHash("sha256")
    .update(
      jsonCanonique({
        titre: a.titre,
        debutLe: a.debutLe.toISOString(),
        lieu: a.lieu,
        codeInsee: a.codeInsee,
        theme: a.theme,
        participants: [a.participantsElus, a.participantsTechniciens, a.participantsHabitants, a.participantsPartenaires],
        compteRendu: a.compteRendu,
      }),
    )
    .digest("hex");
}

export const totalParticipants = (a: Pick<Champs, "participantsElus" | "participantsTechniciens" | "participantsHabitants" | "participantsPartenaires">) =>
  (a.participantsElus ?? 0) + (a.participantsTechniciens ?? 0) + (a.participantsHabitants ?? 0) + (a.participantsPartenaires ?? 0);
