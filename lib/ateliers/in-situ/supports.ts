// Déposer et retirer un support d'atelier in situ (issue 14, décision 034) : photo, plan, diaporama
// exporté… par le pilote (`atelier.modifier`), tant que la phase d'animation est ouverte. Le
// fichier passe les contrôles des pièces (R8 par le contenu, 20 Mo, antivirus :
// lib/pieces/enregistrer.ts, réutilisé tel quel) et va dans la table `fichier`.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { estIdentifiant, introuvable } from "@/lib/autorisations/exiger";
import { porteeAtelier } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { analyserFichier, exigerFichierAccepte, nomFichierPropre } from "@/lib/pieces/enregistrer";
import { cheminAtelier, nomActeur, OPTIONS_TRANSACTION } from "../phases/commun";
import { exigerAnimationOuverte, exigerAtelierInSitu, MESSAGE_REFUS_IN_SITU } from "./commun";
import { deposerSupportSchema, retirerSupportSchema } from "./in-situ.schema";

export type SupportDepose = { atelierId: string; atelierInSituId: string; supportId: string; nomFichier: string; typeMime: string; taille: number; sha256: string };

export const deposerSupport: DefinitionAction<typeof deposerSupportSchema, SupportDepose> = {
  nom: "ateliers.in_situ.deposer_support",
  schema: deposerSupportSchema,
  async executer({ acteur, donnees }) {
    const analyse = await analyserFichier(donnees.contenu);
    return prisma.$transaction(async (tx) => {
      const lu = await exigerAtelierInSitu(acteur, donnees.atelierInSituId, "modifier", MESSAGE_REFUS_IN_SITU, tx);
      exigerFichierAccepte(analyse);
      await exigerAnimationOuverte(tx, lu.atelierId, "d'y déposer un support");
      const { verification, sha256 } = analyse;
      const fichier = await tx.fichier.create({
        data: { sha256, taille: donnees.contenu.length, typeMime: verification.typeMime, contenu: new Uint8Array(donnees.contenu) },
        select: { id: true, taille: true, typeMime: true },
      });
      const nomFichier = nomFichierPropre(donnees.nomFichier, verification.extension);
      const support = await tx.supportAtelierInSitu.create({
        data: { atelierInSituId: lu.id, nomFichier, fichierId: fichier.id, deposeParId: acteur.id },
        select: { id: true },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier_in_situ.support_depose",
        entite: "support_atelier_in_situ",
        entiteId: support.id,
        atelierId: lu.atelierId,
        resume: `${nomActeur(acteur)} dépose le support « ${nomFichier} » de l'atelier in situ « ${lu.titre} ».`,
        donnees: { atelierInSituId: lu.id, nomFichier, taille: fichier.taille, typeMime: fichier.typeMime, sha256 },
      });
      return { atelierId: lu.atelierId, atelierInSituId: lu.id, supportId: support.id, nomFichier, typeMime: fichier.typeMime, taille: fichier.taille, sha256 };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};

export const retirerSupport: DefinitionAction<typeof retirerSupportSchema, { atelierId: string }> = {
  nom: "ateliers.in_situ.retirer_support",
  schema: retirerSupportSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      if (!estIdentifiant(donnees.supportId)) throw introuvable();
      const lire = (action: "modifier" | "lire") =>
        tx.supportAtelierInSitu.findFirst({
          where: { id: donnees.supportId, atelierInSitu: { atelier: porteeAtelier(acteur, action) } },
          select: { id: true, nomFichier: true, fichierId: true, atelierInSitu: { select: { id: true, titre: true, atelierId: true } } },
        });
      const support = await lire("modifier");
      if (!support) {
        if (await lire("lire")) throw new AppError("ACCES_REFUSE", MESSAGE_REFUS_IN_SITU);
        throw introuvable();
      }
      const { atelierInSitu } = support;
      await exigerAnimationOuverte(tx, atelierInSitu.atelierId, "d'en retirer un support");
      await tx.supportAtelierInSitu.delete({ where: { id: support.id } });
      // Le contenu n'est gardé par rien d'autre : il part avec le support (le journal garde son empreinte).
      await tx.fichier.deleteMany({ where: { id: support.fichierId, supportsAtelierInSitu: { none: {} }, pieces: { none: {} }, livrables: { none: {} }, depots: { none: {} }, decisions: { none: {} }, piecesJointesMessage: { none: {} }, sessionsCahier: { none: {} } } });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "atelier_in_situ.support_retire",
        entite: "support_atelier_in_situ",
        entiteId: support.id,
        atelierId: atelierInSitu.atelierId,
        resume: `${nomActeur(acteur)} retire le support « ${support.nomFichier} » de l'atelier in situ « ${atelierInSitu.titre} ».`,
        donnees: { atelierInSituId: atelierInSitu.id, nomFichier: support.nomFichier },
      });
      return { atelierId: atelierInSitu.atelierId };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [cheminAtelier(r.atelierId)],
};
