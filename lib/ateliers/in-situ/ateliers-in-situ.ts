// Enregistrer, modifier, supprimer un atelier in situ (issue 14, décision 034) : par le pilote
// (`atelier.modifier` : service de l'État du département, DGALN), dans la phase d'animation en
// cours ou à valider, dans une commune du périmètre de la candidature. Une modification porte
// l'empreinte de ce que l'utilisateur a lu : si quelqu'un l'a changé entre-temps, CONFLIT en
// français. Un compte rendu qui change annule les validations en attente de la phase (ce que les
// co-pilotes relisent, décision 031). Chaque geste écrit son événement d'audit.
import "server-only";
import type { z } from "zod";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { quandFrancais } from "@/lib/candidatures/commun";
import { LIBELLES_THEME_ATELIER_IN_SITU } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDateHeure } from "@/lib/format/dates";
import { cheminAtelier, etatLivrables, nomActeur, OPTIONS_TRANSACTION } from "../phases/commun";
import {
  annulerSiEmpreinteChange,
  empreinteAtelierInSitu,
  exigerAnimationOuverte,
  exigerAtelier,
  exigerAtelierInSitu,
  exigerCommuneDuPerimetre,
  MESSAGE_REFUS_IN_SITU,
  totalParticipants,
} from "./commun";
import { CHAMPS_ATELIER_IN_SITU } from "./champs";
import { enregistrerAtelierInSituSchema, modifierAtelierInSituSchema, supprimerAtelierInSituSchema } from "./in-situ.schema";

export type AtelierInSituEnregistre = { atelierId: string; atelierInSituId: string; empreinte: string; validationsAnnulees: number };

const CHAMPS = CHAMPS_ATELIER_IN_SITU;

type Saisie = Omit<z.output<typeof enregistrerAtelierInSituSchema>, "atelierId">;

/** Les champs saisis, sans les identifiants ni la version lue. */
const champsDe = (d: Saisie) => ({
  titre: d.titre,
  debutLe: d.debutLe,
  lieu: d.lieu,
  codeInsee: d.codeInsee,
  theme: d.theme,
  participantsElus: d.participantsElus,
  participantsTechniciens: d.participantsTechniciens,
  participantsHabitants: d.participantsHabitants,
  participantsPartenaires: d.participantsPartenaires,
  compteRendu: d.compteRendu,
});

export const enregistrerAtelierInSitu: DefinitionAction<typeof enregistrerAtelierInSituSchema, AtelierInSituEnregistre> = {
  nom: "ateliers.in_situ.enregistrer",
  schema: enregistrerAtelierInSituSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const atelier = await exigerAtelier(acteur, donnees.atelierId, "modifier", MESSAGE_REFUS_IN_SITU, tx);
      const phase = await exigerAnimationOuverte(tx, atelier.id, "d'y enregistrer un atelier in situ");
      const commune = await exigerCommuneDuPerimetre(tx, atelier.candidatureId, donnees.codeInsee);
      const avant = (await etatLivrables(tx, phase.id)).empreinte;
      const champs = champsDe(donnees);
      const cree = await tx.atelierInSitu.create({ data: { ...champs, atelierId: atelier.id, phaseId: phase.id }, select: { id: true } });
      const participants = totalParticipants(donnees);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier_in_situ.enregistre",
        entite: "atelier_in_situ",
        entiteId: cree.id,
        atelierId: atelier.id,
        resume: `${nomActeur(acteur)} enregistre l'atelier in situ « ${donnees.titre} » du ${formaterDateHeure(donnees.debutLe)} à ${commune} (${LIBELLES_THEME_ATELIER_IN_SITU[donnees.theme]}).`,
        donnees: { phaseId: phase.id, debutLe: donnees.debutLe.toISOString(), codeInsee: donnees.codeInsee, theme: donnees.theme, participants },
      });
      const annulees = await annulerSiEmpreinteChange(tx, acteur, phase, avant, `compte rendu de l'atelier in situ « ${donnees.titre} » ajouté par ${nomActeur(acteur)}`);
      return { atelierId: atelier.id, atelierInSituId: cree.id, empreinte: empreinteAtelierInSitu(donnees), validationsAnnulees: annulees };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};

export const modifierAtelierInSitu: DefinitionAction<typeof modifierAtelierInSituSchema, AtelierInSituEnregistre> = {
  nom: "ateliers.in_situ.modifier",
  schema: modifierAtelierInSituSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const lu = await exigerAtelierInSitu(acteur, donnees.atelierInSituId, "modifier", MESSAGE_REFUS_IN_SITU, tx);
      const phase = await exigerAnimationOuverte(tx, lu.atelierId, "d'en modifier les ateliers in situ");
      // Relu sous le verrou de la phase : deux modifications concurrentes se suivent, la seconde voit la première.
      const actuel = await exigerAtelierInSitu(acteur, donnees.atelierInSituId, "modifier", MESSAGE_REFUS_IN_SITU, tx);
      if (empreinteAtelierInSitu(actuel) !== donnees.empreinteLue) {
        const dernier = await tx.evenement.findFirst({
          where: { entite: "atelier_in_situ", entiteId: actuel.id },
          orderBy: { id: "desc" },
          select: { survenuLe: true, acteur: { select: { email: true, prenom: true, nom: true } } },
        });
        const qui = dernier?.acteur ? `${nomActeur(dernier.acteur)} a modifié cet atelier in situ ${quandFrancais(dernier.survenuLe)}` : "Cet atelier in situ a été modifié";
        throw new AppError("CONFLIT", `${qui}, pendant que vous le modifiiez : vos modifications n'ont pas été enregistrées. Rechargez la page pour voir sa version actuelle, puis reprenez votre saisie.`);
      }
      await exigerCommuneDuPerimetre(tx, actuel.atelier.candidatureId, donnees.codeInsee);
      const champs = champsDe(donnees);
      const modifies = CHAMPS.filter((c) => (c === "debutLe" ? actuel.debutLe.getTime() !== champs.debutLe.getTime() : actuel[c] !== champs[c]));
      if (modifies.length === 0) return { atelierId: actuel.atelierId, atelierInSituId: actuel.id, empreinte: donnees.empreinteLue, validationsAnnulees: 0 };
      const avant = (await etatLivrables(tx, phase.id)).empreinte;
      await tx.atelierInSitu.update({ where: { id: actuel.id }, data: { ...champs, phaseId: phase.id } });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier_in_situ.modifie",
        entite: "atelier_in_situ",
        entiteId: actuel.id,
        atelierId: actuel.atelierId,
        resume: `${nomActeur(acteur)} modifie l'atelier in situ « ${champs.titre} ».`,
        donnees: { champs: [...modifies] },
      });
      const annulees = await annulerSiEmpreinteChange(tx, acteur, phase, avant, `compte rendu de l'atelier in situ « ${champs.titre} » modifié par ${nomActeur(acteur)}`);
      return { atelierId: actuel.atelierId, atelierInSituId: actuel.id, empreinte: empreinteAtelierInSitu(champs), validationsAnnulees: annulees };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};

export const supprimerAtelierInSitu: DefinitionAction<typeof supprimerAtelierInSituSchema, { atelierId: string }> = {
  nom: "ateliers.in_situ.supprimer",
  schema: supprimerAtelierInSituSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const lu = await exigerAtelierInSitu(acteur, donnees.atelierInSituId, "modifier", MESSAGE_REFUS_IN_SITU, tx);
      const phase = await exigerAnimationOuverte(tx, lu.atelierId, "d'en supprimer un atelier in situ");
      const frais = await tx.fraisMateriel.count({ where: { atelierInSituId: lu.id } });
      if (frais > 0) {
        throw new AppError(
          "REGLE_NON_RESPECTEE",
          `Cet atelier in situ porte ${frais === 1 ? "un frais matériel" : `${frais} frais matériels`} de la collectivité : retirez-les d'abord, pour que le récapitulatif des coûts reste juste.`,
        );
      }
      const avant = (await etatLivrables(tx, phase.id)).empreinte;
      await tx.atelierInSitu.delete({ where: { id: lu.id } });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier_in_situ.supprime",
        entite: "atelier_in_situ",
        entiteId: lu.id,
        atelierId: lu.atelierId,
        resume: `${nomActeur(acteur)} supprime l'atelier in situ « ${lu.titre} » du ${formaterDateHeure(lu.debutLe)}.`,
        donnees: { titre: lu.titre, debutLe: lu.debutLe.toISOString() },
      });
      await annulerSiEmpreinteChange(tx, acteur, phase, avant, `atelier in situ « ${lu.titre} » supprimé par ${nomActeur(acteur)}`);
      return { atelierId: lu.atelierId };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};
