// Ajouter et retirer un frais matériel d'un atelier in situ (issue 14, décision 034). Payés par la
// collectivité, ils sont saisis par ses membres et signataires et par le pilote
// (`atelier.saisir_frais`). Ils restent saisissables après la validation de la phase d'animation :
// les factures arrivent après l'atelier. Montant en centimes (saisi en euros, in-situ.schema.ts).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { estIdentifiant, introuvable } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { LIBELLES_NATURE_FRAIS } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cheminAtelier, nomActeur, OPTIONS_TRANSACTION } from "../phases/commun";
import { exigerAtelierInSitu, MESSAGE_REFUS_FRAIS } from "./commun";
import { ajouterFraisSchema, retirerFraisSchema } from "./in-situ.schema";
import { formaterCentimes } from "./montants";

export type FraisAjoute = { atelierId: string; fraisId: string; montantCentimes: number };

export const ajouterFrais: DefinitionAction<typeof ajouterFraisSchema, FraisAjoute> = {
  nom: "ateliers.in_situ.ajouter_frais",
  schema: ajouterFraisSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const lu = await exigerAtelierInSitu(acteur, donnees.atelierInSituId, "saisir_frais", MESSAGE_REFUS_FRAIS, tx);
      const frais = await tx.fraisMateriel.create({
        data: {
          atelierId: lu.atelierId,
          atelierInSituId: lu.id,
          libelle: donnees.libelle,
          nature: donnees.nature,
          montantCentimes: donnees.montant,
          engageLe: donnees.engageLe,
        },
        select: { id: true },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "frais.ajoute",
        entite: "frais_materiel",
        entiteId: frais.id,
        atelierId: lu.atelierId,
        resume: `${nomActeur(acteur)} ajoute un frais matériel (${LIBELLES_NATURE_FRAIS[donnees.nature]}) de ${formaterCentimes(donnees.montant)} à l'atelier in situ « ${lu.titre} » : ${donnees.libelle}.`,
        donnees: {
          atelierInSituId: lu.id,
          libelle: donnees.libelle,
          nature: donnees.nature,
          montantCentimes: donnees.montant,
          engageLe: donnees.engageLe.toISOString().slice(0, 10),
        },
      });
      return { atelierId: lu.atelierId, fraisId: frais.id, montantCentimes: donnees.montant };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};

export const retirerFrais: DefinitionAction<typeof retirerFraisSchema, { atelierId: string }> = {
  nom: "ateliers.in_situ.retirer_frais",
  schema: retirerFraisSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      if (!estIdentifiant(donnees.fraisId)) throw introuvable();
      const lire = (action: "saisir_frais" | "lire") =>
        tx.fraisMateriel.findFirst({
          where: { id: donnees.fraisId, atelier: porteeAtelier(acteur, action) },
          select: { id: true, atelierId: true, atelierInSituId: true, libelle: true, montantCentimes: true },
        });
      const frais = await lire("saisir_frais");
      if (!frais) {
        if (await lire("lire")) throw new AppError("ACCES_REFUSE", MESSAGE_REFUS_FRAIS);
        throw introuvable();
      }
      // Deux retraits simultanés : le second ne trouve plus la ligne et le dit.
      const { count } = await tx.fraisMateriel.deleteMany({ where: { id: frais.id } });
      if (count === 0) throw new AppError("CONFLIT", "Ce frais matériel vient d'être retiré par quelqu'un d'autre : rechargez la page.");
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "frais.retire",
        entite: "frais_materiel",
        entiteId: frais.id,
        atelierId: frais.atelierId,
        resume: `${nomActeur(acteur)} retire le frais matériel « ${frais.libelle} » (${formaterCentimes(frais.montantCentimes)}).`,
        donnees: { atelierInSituId: frais.atelierInSituId, libelle: frais.libelle, montantCentimes: frais.montantCentimes },
      });
      return { atelierId: frais.atelierId };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};
