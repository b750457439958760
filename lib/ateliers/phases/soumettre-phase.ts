// Soumettre une phase à validation (issue 14, décision 031) : le pilote fait passer une phase en
// cours à « à valider », si son livrable requis est déposé (une seule table : transitions.ts).
// Conditionnel à la version et à l'empreinte des livrables lues : les co-pilotes valideront
// exactement ce que le pilote a soumis.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StatutPhase } from "@/lib/generated/prisma/client";
import { cheminAtelier, erreurConflit, etatLivrables, exigerPhase, MESSAGE_REFUS_PILOTE, nomActeur, notifierParties, OPTIONS_TRANSACTION, verrouillerPhase } from "./commun";
import { soumettrePhaseSchema } from "./phases.schema";
import { deLaPhase, livrableRequisPresent, transitionPhase } from "./transitions";

export type PhaseSoumise = { atelierId: string; phaseId: string; statut: StatutPhase; version: number; empreinteLivrables: string };

export const soumettrePhase: DefinitionAction<typeof soumettrePhaseSchema, PhaseSoumise> = {
  nom: "ateliers.phases.soumettre",
  schema: soumettrePhaseSchema,
  async executer({ acteur, donnees }) {
    const resultat = await prisma.$transaction(async (tx) => {
      const phase = await exigerPhase(acteur, donnees.phaseId, "modifier", MESSAGE_REFUS_PILOTE, tx);
      const transition = transitionPhase(phase.statut, "soumettre");
      if (!transition) {
        if (phase.version !== donnees.versionLue) throw await erreurConflit(tx, phase, "soumettre la phase à validation");
        throw new AppError(
          "ETAT_INCOMPATIBLE",
          `La phase ${deLaPhase(phase.type)} est « ${LIBELLES_STATUT_PHASE[phase.statut]} » : seule une phase en cours se soumet à validation.`,
        );
      }
      if (!(await verrouillerPhase(tx, { id: phase.id, statut: "en_cours", version: donnees.versionLue }, { statut: transition.vers }))) {
        throw await erreurConflit(tx, phase, "soumettre la phase à validation");
      }
      const etat = await etatLivrables(tx, phase.id);
      if (etat.empreinte !== donnees.empreinteLue) throw await erreurConflit(tx, phase, "soumettre la phase à validation");
      const requis = livrableRequisPresent(phase.type, etat);
      if (!requis.ok) throw new AppError("REGLE_NON_RESPECTEE", requis.message);

      const version = donnees.versionLue + 1;
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "phase.soumise",
        entite: "phase",
        entiteId: phase.id,
        atelierId: phase.atelierId,
        resume: `${nomActeur(acteur)} soumet la phase ${deLaPhase(phase.type)} à la validation des co-pilotes.`,
        donnees: { type: phase.type, empreinteLivrables: etat.empreinte, versionApres: version },
      });
      return {
        atelierId: phase.atelierId,
        phaseId: phase.id,
        statut: transition.vers,
        version,
        empreinteLivrables: etat.empreinte,
        titre: phase.atelier.titre,
        type: phase.type,
      };
    }, OPTIONS_TRANSACTION);

    const { titre, type, ...data } = resultat;
    await notifierParties(
      data.atelierId,
      ["collectivite", "etat"],
      {
        sujet: `Atelier « ${titre} » : la phase ${deLaPhase(type)} est à valider`,
        paragraphes: [
          `${nomActeur(acteur)} a soumis la phase ${deLaPhase(type)} de l'atelier « ${titre} » à votre validation.`,
          "Les deux co-pilotes (un signataire de la collectivité principale et un signataire du service de l'État) relisent ses livrables, puis la valident ou la renvoient avec un commentaire.",
        ],
      },
      acteur.id,
    );
    return data;
  },
  revalider: (resultat) => [cheminAtelier(resultat.atelierId), "/ateliers"],
};
