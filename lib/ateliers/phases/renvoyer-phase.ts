// Renvoyer une phase (issue 14, décision 031) : l'un ou l'autre co-pilote renvoie une phase « à
// valider » en cours, avec un commentaire obligatoire qui dit ce qu'il faut reprendre. Les
// validations déjà données sont annulées, visiblement ; le renvoi est gardé (RenvoiPhase).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { FORMES_PARTIE_COURTES } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PartieSignataire, StatutPhase } from "@/lib/generated/prisma/client";
import {
  annulerValidations,
  cheminAtelier,
  erreurConflit,
  etatLivrables,
  exigerCoPilote,
  nomActeur,
  notifierParties,
  OPTIONS_TRANSACTION,
  verrouillerPhase,
} from "./commun";
import { renvoyerPhaseSchema } from "./phases.schema";
import { deLaPhase, transitionPhase } from "./transitions";
import { refusHorsValidation } from "./valider-phase";

export type PhaseRenvoyee = { atelierId: string; phaseId: string; renvoiId: string; partie: PartieSignataire; statut: StatutPhase; validationsAnnulees: PartieSignataire[] };

export const renvoyerPhase: DefinitionAction<typeof renvoyerPhaseSchema, PhaseRenvoyee> = {
  nom: "ateliers.phases.renvoyer",
  schema: renvoyerPhaseSchema,
  async executer({ acteur, donnees }) {
    const { partie, commentaire } = donnees;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const phase = await exigerCoPilote(acteur, donnees.phaseId, partie, tx);
      const transition = transitionPhase(phase.statut, "renvoyer");
      if (!transition) throw await refusHorsValidation(tx, phase, "renvoyer la phase");
      if (!(await verrouillerPhase(tx, { id: phase.id, statut: "a_valider" }, { statut: transition.vers }))) {
        throw await erreurConflit(tx, phase, "renvoyer la phase");
      }
      const etat = await etatLivrables(tx, phase.id);
      if (etat.empreinte !== donnees.empreinteLue) throw await erreurConflit(tx, phase, "renvoyer la phase");
      const principale = phase.atelier.collectivites[0];
      if (partie === "collectivite" && !principale) throw new AppError("ETAT_INCOMPATIBLE", "L'atelier n'a pas de collectivité principale.");
      const renvoi = await tx.renvoiPhase.create({
        data: {
          phaseId: phase.id,
          partie,
          organisationId: partie === "collectivite" ? principale!.organisationId : phase.atelier.serviceEtatId,
          utilisateurId: acteur.id,
          commentaire,
          empreinteLivrables: etat.empreinte,
          renvoyeLe: maintenant,
        },
        select: { id: true },
      });
      const count = await tx.validationPhase.count({ where: { phaseId: phase.id, invalideeLe: null } });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "phase.renvoyee",
        entite: "phase",
        entiteId: phase.id,
        atelierId: phase.atelierId,
        resume: `${nomActeur(acteur)} renvoie la phase ${deLaPhase(phase.type)} pour ${FORMES_PARTIE_COURTES[partie].nom} : « ${commentaire} ».`,
        donnees: { type: phase.type, partie, commentaire, validationsAnnulees: count },
      });
      const annulees = await annulerValidations(tx, acteur, phase, `phase renvoyée par ${nomActeur(acteur)}`, maintenant);
      return {
        atelierId: phase.atelierId,
        phaseId: phase.id,
        renvoiId: renvoi.id,
        partie,
        statut: transition.vers,
        validationsAnnulees: annulees,
        titre: phase.atelier.titre,
        type: phase.type,
      };
    }, OPTIONS_TRANSACTION);

    const { titre, type, ...data } = resultat;
    await notifierParties(
      data.atelierId,
      ["collectivite", "etat"],
      {
        sujet: `Atelier « ${titre} » : la phase ${deLaPhase(type)} est renvoyée`,
        paragraphes: [
          `${nomActeur(acteur)} a renvoyé la phase ${deLaPhase(type)} de l'atelier « ${titre} » pour ${FORMES_PARTIE_COURTES[partie].nom}, avec ce commentaire : « ${commentaire} ».`,
          "La phase est de nouveau en cours : le pilote reprend ses livrables, puis la soumet de nouveau à validation.",
        ],
      },
      acteur.id,
    );
    return data;
  },
  revalider: (resultat) => [cheminAtelier(resultat.atelierId), "/ateliers"],
};
