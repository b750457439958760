// Valider une phase (issue 14, décision 031 ; même schéma que la cosignature de la candidature) :
// chaque co-pilote — un signataire de la collectivité principale, un signataire du service de
// l'État pilote (`atelier.valider_phase`) — valide une fois l'empreinte des livrables qu'il a relus.
// La phase devient « validée » quand les deux ont validé la même empreinte, celle des livrables
// courants : sa fin réelle est posée, la phase suivante peut démarrer (son début prévu est fixé
// s'il manquait) ; la validation de la restitution termine l'atelier.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { FORMES_PARTIE_COURTES, LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PartieSignataire, Prisma, StatutPhase } from "@/lib/generated/prisma/client";
import {
  cheminAtelier,
  erreurConflit,
  etatLivrables,
  exigerCoPilote,
  jourCivil,
  lendemain,
  nomActeur,
  notifierParties,
  OPTIONS_TRANSACTION,
  verrouillerPhase,
  type PhaseChargee,
} from "./commun";
import { validerPhaseSchema } from "./phases.schema";
import { deLaPhase, phaseSuivante, phaseValidee } from "./transitions";
import { quandFrancais } from "@/lib/candidatures/commun";

export type PhaseValidation = {
  atelierId: string;
  phaseId: string;
  validationId: string;
  partie: PartieSignataire;
  statut: StatutPhase;
  empreinteLivrables: string;
};

/**
 * Une phase qui n'est pas « à valider » : l'état a changé sous les yeux de l'utilisateur (CONFLIT,
 * qui dit qui a fait quoi) si elle a déjà été soumise ; sinon elle n'a jamais été à valider.
 */
export async function refusHorsValidation(tx: Prisma.TransactionClient, phase: PhaseChargee, action: string): Promise<AppError> {
  const soumise = await tx.evenement.count({ where: { atelierId: phase.atelierId, entite: "phase", entiteId: phase.id, type: "phase.soumise" } });
  if (soumise > 0) return erreurConflit(tx, phase, action);
  return new AppError("ETAT_INCOMPATIBLE", `La phase ${deLaPhase(phase.type)} est « ${LIBELLES_STATUT_PHASE[phase.statut]} » : elle n'a pas été soumise à validation.`);
}

export const validerPhase: DefinitionAction<typeof validerPhaseSchema, PhaseValidation> = {
  nom: "ateliers.phases.valider",
  schema: validerPhaseSchema,
  async executer({ acteur, donnees }) {
    const { partie } = donnees;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const phase = await exigerCoPilote(acteur, donnees.phaseId, partie, tx);
      if (phase.statut !== "a_valider") throw await refusHorsValidation(tx, phase, "valider la phase");
      // Verrou de la phase : l'autre co-pilote, un dépôt ou un renvoi concurrents attendent notre COMMIT.
      if (!(await verrouillerPhase(tx, { id: phase.id, statut: "a_valider" }))) throw await erreurConflit(tx, phase, "valider la phase");
      const etat = await etatLivrables(tx, phase.id);
      if (etat.empreinte !== donnees.empreinteLue) throw await erreurConflit(tx, phase, "valider la phase");
      const deja = await tx.validationPhase.findFirst({
        where: { phaseId: phase.id, partie, invalideeLe: null },
        select: { valideeLe: true, utilisateur: { select: { email: true, prenom: true, nom: true } } },
      });
      if (deja) {
        throw new AppError(
          "CONFLIT",
          `${nomActeur(deja.utilisateur)} a déjà validé la phase ${deLaPhase(phase.type)} pour ${FORMES_PARTIE_COURTES[partie].nom} ${quandFrancais(deja.valideeLe)} : ` +
            "votre validation n'a pas été enregistrée, elle ferait double emploi.",
        );
      }
      const principale = phase.atelier.collectivites[0];
      if (partie === "collectivite" && !principale) throw new AppError("ETAT_INCOMPATIBLE", "L'atelier n'a pas de collectivité principale : la phase ne peut pas être validée pour la collectivité.");
      const validation = await tx.validationPhase.create({
        data: {
          phaseId: phase.id,
          partie,
          organisationId: partie === "collectivite" ? principale!.organisationId : phase.atelier.serviceEtatId,
          utilisateurId: acteur.id,
          commentaire: donnees.commentaire,
          empreinteLivrables: etat.empreinte,
          valideeLe: maintenant,
        },
        select: { id: true },
      });
      const valides = await tx.validationPhase.findMany({ where: { phaseId: phase.id, invalideeLe: null }, select: { partie: true, empreinteLivrables: true } });
      const complete = phaseValidee(etat.empreinte, valides);
      const statut: StatutPhase = complete ? "validee" : "a_valider";
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "phase.validation",
        entite: "phase",
        entiteId: phase.id,
        atelierId: phase.atelierId,
        resume: `${nomActeur(acteur)} valide la phase ${deLaPhase(phase.type)} pour ${FORMES_PARTIE_COURTES[partie].nom}${donnees.commentaire ? ` : « ${donnees.commentaire} »` : ""}.`,
        donnees: { type: phase.type, partie, empreinteLivrables: etat.empreinte, statutApres: statut },
      });
      if (complete) await cloturerPhase(tx, phase, etat.empreinte, maintenant);
      return { atelierId: phase.atelierId, phaseId: phase.id, validationId: validation.id, partie, statut, empreinteLivrables: etat.empreinte, titre: phase.atelier.titre, type: phase.type };
    }, OPTIONS_TRANSACTION);

    const { titre, type, ...data } = resultat;
    const autre: PartieSignataire = partie === "collectivite" ? "etat" : "collectivite";
    await notifierParties(
      data.atelierId,
      ["collectivite", "etat"],
      data.statut === "validee"
        ? {
            sujet: `Atelier « ${titre} » : la phase ${deLaPhase(type)} est validée`,
            paragraphes: [
              `Les deux co-pilotes ont validé la phase ${deLaPhase(type)} de l'atelier « ${titre} ».`,
              type === "restitution" ? "C'était la dernière phase : l'atelier est terminé." : "Le service de l'État pilote peut démarrer la phase suivante.",
            ],
          }
        : {
            sujet: `Atelier « ${titre} » : validation ${FORMES_PARTIE_COURTES[partie].de} pour la phase ${deLaPhase(type)}`,
            paragraphes: [
              `${nomActeur(acteur)} a validé la phase ${deLaPhase(type)} de l'atelier « ${titre} » pour ${FORMES_PARTIE_COURTES[partie].nom}.`,
              `Il reste la validation ${FORMES_PARTIE_COURTES[autre].de} : relisez les livrables, puis validez la phase ou renvoyez-la avec un commentaire.`,
            ],
          },
      acteur.id,
    );
    return data;
  },
  revalider: (resultat) => [cheminAtelier(resultat.atelierId), "/ateliers"],
};

/** Les deux co-pilotes ont validé : fin réelle, début prévu de la suivante s'il manquait, atelier terminé après la restitution. */
async function cloturerPhase(tx: Prisma.TransactionClient, phase: PhaseChargee, empreinte: string, maintenant: Date) {
  const finReelle = jourCivil(maintenant);
  await tx.phase.update({ where: { id: phase.id }, data: { statut: "validee", finReelle } });
  const suivante = phaseSuivante(phase.type);
  if (suivante) {
    await tx.phase.updateMany({ where: { atelierId: phase.atelierId, type: suivante, debutPrevu: null }, data: { debutPrevu: lendemain(finReelle) } });
  } else {
    await tx.atelier.updateMany({ where: { id: phase.atelierId, statut: { in: ["en_preparation", "en_cours"] } }, data: { statut: "termine", version: { increment: 1 } } });
  }
  await enregistrerEvenement(tx, {
    type: "phase.validee",
    entite: "phase",
    entiteId: phase.id,
    atelierId: phase.atelierId,
    resume: `La phase ${deLaPhase(phase.type)} est validée par les deux co-pilotes${suivante ? "" : " : l'atelier est terminé"}.`,
    donnees: { type: phase.type, finReelle: finReelle.toISOString().slice(0, 10), empreinteLivrables: empreinte },
  });
}
