// Déposer un livrable (issue 14, décision 031) : une nouvelle version d'un document typé de la
// phase, par le pilote (`atelier.modifier`). Le fichier passe les contrôles des pièces (R8 par le
// contenu, 20 Mo, antivirus : lib/pieces/enregistrer.ts, réutilisé tel quel). La version
// précédente du même type reste consultable mais n'est plus courante ; l'empreinte des livrables
// change, donc les validations en attente de la phase sont annulées, visiblement (événement).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { FORMES_PARTIE_COURTES, LIBELLES_STATUT_PHASE, LIBELLES_TYPE_LIVRABLE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PartieSignataire, TypeLivrable } from "@/lib/generated/prisma/client";
import { analyserFichier, exigerFichierAccepte, nomFichierPropre } from "@/lib/pieces/enregistrer";
import {
  annulerValidations,
  cheminAtelier,
  erreurConflit,
  etatLivrables,
  exigerPhase,
  MESSAGE_REFUS_PILOTE,
  nomActeur,
  notifierParties,
  OPTIONS_TRANSACTION,
  verrouillerPhase,
} from "./commun";
import { deposerLivrableSchema } from "./phases.schema";
import { deLaPhase, LIVRABLES_PAR_PHASE, typeAdmis } from "./transitions";

export type LivrableDepose = {
  atelierId: string;
  phaseId: string;
  livrableId: string;
  type: TypeLivrable;
  version: number;
  nomFichier: string;
  taille: number;
  typeMime: string;
  sha256: string;
  /** Nouvelle empreinte des livrables de la phase : celle que les co-pilotes valideront. */
  empreinteLivrables: string;
  /** Parties dont la validation en attente vient d'être annulée. */
  validationsAnnulees: PartieSignataire[];
};

export const deposerLivrable: DefinitionAction<typeof deposerLivrableSchema, LivrableDepose> = {
  nom: "ateliers.phases.deposer_livrable",
  schema: deposerLivrableSchema,
  async executer({ acteur, donnees }) {
    const analyse = await analyserFichier(donnees.contenu);
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const phase = await exigerPhase(acteur, donnees.phaseId, "modifier", MESSAGE_REFUS_PILOTE, tx);
      exigerFichierAccepte(analyse);
      if (phase.statut === "a_venir") {
        throw new AppError("ETAT_INCOMPATIBLE", `La phase ${deLaPhase(phase.type)} n'a pas démarré : démarrez-la avant d'y déposer un livrable.`);
      }
      if (phase.statut === "validee") {
        throw new AppError("ETAT_INCOMPATIBLE", `La phase ${deLaPhase(phase.type)} est « ${LIBELLES_STATUT_PHASE.validee} » : ses livrables ne changent plus.`);
      }
      if (!typeAdmis(phase.type, donnees.type)) {
        const admis = LIVRABLES_PAR_PHASE[phase.type].typesAdmis.map((t) => LIBELLES_TYPE_LIVRABLE[t]).join(", ");
        const message = `Un livrable de type « ${LIBELLES_TYPE_LIVRABLE[donnees.type]} » ne se dépose pas dans la phase ${deLaPhase(phase.type)} (types admis : ${admis}).`;
        throw new AppError("REGLE_NON_RESPECTEE", message, { type: [message] });
      }
      // Verrou de la phase : un dépôt concurrent, une validation ou un renvoi attendent notre COMMIT.
      if (!(await verrouillerPhase(tx, { id: phase.id, statut: { in: ["en_cours", "a_valider"] } }))) {
        throw await erreurConflit(tx, phase, "déposer ce livrable");
      }
      const precedent = await tx.livrable.findFirst({ where: { phaseId: phase.id, type: donnees.type }, orderBy: { version: "desc" }, select: { version: true } });
      await tx.livrable.updateMany({ where: { phaseId: phase.id, type: donnees.type, courant: true }, data: { courant: false } });
      const { verification, sha256 } = analyse;
      const fichier = await tx.fichier.create({
        data: { sha256, taille: donnees.contenu.length, typeMime: verification.typeMime, contenu: new Uint8Array(donnees.contenu) },
        select: { id: true, taille: true, typeMime: true },
      });
      const livrable = await tx.livrable.create({
        data: {
          atelierId: phase.atelierId,
          phaseId: phase.id,
          type: donnees.type,
          titre: donnees.titre,
          version: (precedent?.version ?? 0) + 1,
          nomFichier: nomFichierPropre(donnees.nomFichier, verification.extension),
          fichierId: fichier.id,
          sha256,
          deposeParId: acteur.id,
          deposeLe: maintenant,
        },
        select: { id: true, type: true, version: true, nomFichier: true },
      });
      const { empreinte } = await etatLivrables(tx, phase.id);
      const libelle = LIBELLES_TYPE_LIVRABLE[livrable.type];
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "livrable.depose",
        entite: "livrable",
        entiteId: livrable.id,
        atelierId: phase.atelierId,
        resume: `${nomActeur(acteur)} dépose le livrable « ${libelle} » de la phase ${deLaPhase(phase.type)} : ${livrable.nomFichier}${livrable.version > 1 ? ` (version ${livrable.version})` : ""}.`,
        donnees: {
          phaseId: phase.id,
          type: livrable.type,
          version: livrable.version,
          nomFichier: livrable.nomFichier ?? "",
          taille: fichier.taille,
          typeMime: fichier.typeMime,
          sha256,
          empreinteLivrables: empreinte,
        },
      });
      const annulees = await annulerValidations(tx, acteur, phase, `nouvelle version du livrable « ${libelle} » déposée par ${nomActeur(acteur)}`, maintenant);
      return {
        atelierId: phase.atelierId,
        phaseId: phase.id,
        livrableId: livrable.id,
        type: livrable.type,
        version: livrable.version,
        nomFichier: livrable.nomFichier ?? "",
        taille: fichier.taille,
        typeMime: fichier.typeMime,
        sha256,
        empreinteLivrables: empreinte,
        validationsAnnulees: annulees,
        titreAtelier: phase.atelier.titre,
        typePhase: phase.type,
      };
    }, OPTIONS_TRANSACTION);

    const { titreAtelier, typePhase, ...data } = resultat;
    if (data.validationsAnnulees.length > 0) {
      const qui = data.validationsAnnulees.map((p) => FORMES_PARTIE_COURTES[p].de).join(" et ");
      await notifierParties(
        data.atelierId,
        ["collectivite", "etat"],
        {
          sujet: `Atelier « ${titreAtelier} » : validation de la phase ${deLaPhase(typePhase)} annulée`,
          paragraphes: [
            `${nomActeur(acteur)} a déposé une nouvelle version du livrable « ${LIBELLES_TYPE_LIVRABLE[data.type]} » : la validation ${qui} est annulée.`,
            "Relisez les livrables de la phase, puis validez-la de nouveau.",
          ],
        },
        acteur.id,
      );
    }
    return data;
  },
  revalider: (resultat) => [cheminAtelier(resultat.atelierId)],
};
