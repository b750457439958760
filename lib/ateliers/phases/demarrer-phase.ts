// Démarrer une phase (issue 14, décision 031) : le pilote (service de l'État de l'atelier, au titre
// de `atelier.modifier`) fait passer une phase « à venir » en cours, si la précédente est validée.
// L'écriture est conditionnelle à la version lue : deux démarrages concurrents donnent un seul
// démarrage, l'autre lit un CONFLIT qui dit qui l'a fait. Le premier démarrage met l'atelier en cours.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LIBELLES_STATUT_PHASE } from "@/lib/candidatures/regles/libelles";
import type { StatutPhase } from "@/lib/generated/prisma/client";
import { cheminAtelier, erreurConflit, exigerPhase, jourCivil, MESSAGE_REFUS_PILOTE, nomActeur, notifierParties, OPTIONS_TRANSACTION, verrouillerPhase } from "./commun";
import { demarrerPhaseSchema } from "./phases.schema";
import { deLaPhase, peutDemarrer, phasePrecedente, transitionPhase } from "./transitions";

export type PhaseDemarree = { atelierId: string; phaseId: string; statut: StatutPhase; version: number; debutReel: Date };

export const demarrerPhase: DefinitionAction<typeof demarrerPhaseSchema, PhaseDemarree> = {
  nom: "ateliers.phases.demarrer",
  schema: demarrerPhaseSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const phase = await exigerPhase(acteur, donnees.phaseId, "modifier", MESSAGE_REFUS_PILOTE, tx);
      const transition = transitionPhase(phase.statut, "demarrer");
      if (!transition) {
        if (phase.version !== donnees.versionLue) throw await erreurConflit(tx, phase, "démarrer la phase");
        throw new AppError("ETAT_INCOMPATIBLE", `La phase ${deLaPhase(phase.type)} est « ${LIBELLES_STATUT_PHASE[phase.statut]} » : elle ne peut pas être démarrée.`);
      }
      const precedente = phasePrecedente(phase.type);
      const statutPrecedente = precedente
        ? (await tx.phase.findUniqueOrThrow({ where: { atelierId_type: { atelierId: phase.atelierId, type: precedente } }, select: { statut: true } })).statut
        : null;
      const ordre = peutDemarrer(phase.type, statutPrecedente);
      if (!ordre.ok) throw new AppError("REGLE_NON_RESPECTEE", ordre.message);

      const debutReel = jourCivil(maintenant);
      const verrou = await verrouillerPhase(tx, { id: phase.id, statut: "a_venir", version: donnees.versionLue }, { statut: transition.vers, debutReel });
      if (!verrou) throw await erreurConflit(tx, phase, "démarrer la phase");
      if (phase.atelier.statut === "en_preparation") {
        await tx.atelier.updateMany({ where: { id: phase.atelierId, statut: "en_preparation" }, data: { statut: "en_cours", version: { increment: 1 } } });
      }
      const version = donnees.versionLue + 1;
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "phase.demarree",
        entite: "phase",
        entiteId: phase.id,
        atelierId: phase.atelierId,
        resume: `${nomActeur(acteur)} démarre la phase ${deLaPhase(phase.type)}.`,
        donnees: { type: phase.type, debutReel: debutReel.toISOString().slice(0, 10), versionApres: version },
      });
      return { atelierId: phase.atelierId, phaseId: phase.id, statut: transition.vers, version, debutReel, titre: phase.atelier.titre, type: phase.type };
    }, OPTIONS_TRANSACTION);

    const { titre, type, ...data } = resultat;
    await notifierParties(
      data.atelierId,
      ["collectivite", "etat"],
      {
        sujet: `Atelier « ${titre} » : la phase ${deLaPhase(type)} démarre`,
        paragraphes: [`${nomActeur(acteur)} a démarré la phase ${deLaPhase(type)} de l'atelier « ${titre} ».`],
      },
      acteur.id,
    );
    return data;
  },
  revalider: (resultat) => [cheminAtelier(resultat.atelierId), "/ateliers"],
};
