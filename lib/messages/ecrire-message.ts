// Écrire un message sur une candidature (issue 12) : un porteur ou la DGALN écrit, à la visibilité
// que la politique lui ouvre (`message.ecrire`), avec 0 à 5 pièces jointes soumises aux mêmes
// contrôles que les pièces (R8 sur le contenu, antivirus). Une transaction : la candidature est
// chargée dans la portée d'écriture DE CETTE VISIBILITÉ (hors portée et inexistante : le même
// INTROUVABLE), puis message, pièces jointes, événement du journal et notifications de ceux qui
// pourront le lire (lecteursMessage, déduit de la politique ; jamais l'auteur).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { porteeCandidaturePourMessage } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { VisibiliteMessage } from "@/lib/generated/prisma/client";
import { notifier } from "@/lib/notifications/notifier";
import { analyserFichier, exigerFichierAccepte, nomFichierPropre } from "@/lib/pieces/enregistrer";
import { ecrireMessageSchema } from "./ecrire-message.schema";
import { lecteursMessage } from "./lecteurs";
import { LIBELLES_VISIBILITE } from "./libelles";

export type MessageEcrit = { messageId: string; candidatureId: string; visibilite: VisibiliteMessage; piecesJointes: number; notifies: number };

export const cheminFil = (candidatureId: string) => `/candidatures/${candidatureId}#messages`;

export const ecrireMessage: DefinitionAction<typeof ecrireMessageSchema, MessageEcrit> = {
  nom: "messages.ecrire",
  schema: ecrireMessageSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, visibilite, contenu, piecesJointes } = donnees;
    // Hors transaction : l'antivirus peut prendre des secondes. Les refus sont levés après le contrôle d'accès.
    const analyses = await Promise.all(piecesJointes.map((p) => analyserFichier(p.contenu)));
    return prisma.$transaction(async (tx) => {
      const c = await chargerOuRefuser(candidatureId, (id) =>
        tx.candidature.findFirst({
          where: { AND: [{ id }, porteeCandidaturePourMessage(acteur, "ecrire", visibilite)] },
          select: { id: true, reference: true },
        }),
      );
      const acceptees = analyses.map((analyse, i) => {
        try {
          exigerFichierAccepte(analyse);
          return analyse;
        } catch (erreur) {
          if (!(erreur instanceof AppError)) throw erreur;
          const message = `« ${piecesJointes[i]!.nomFichier} » : ${erreur.message}`;
          throw new AppError(erreur.code, message, { piecesJointes: [message] });
        }
      });
      const message = await tx.message.create({ data: { candidatureId: c.id, auteurId: acteur.id, visibilite, contenu }, select: { id: true } });
      const jointes = [];
      for (const [i, analyse] of acceptees.entries()) {
        const octets = piecesJointes[i]!.contenu;
        const fichier = await tx.fichier.create({
          data: { sha256: analyse.sha256, taille: octets.length, typeMime: analyse.verification.typeMime, contenu: new Uint8Array(octets) },
          select: { id: true, taille: true, typeMime: true, sha256: true },
        });
        const nomFichier = nomFichierPropre(piecesJointes[i]!.nomFichier, analyse.verification.extension);
        await tx.pieceJointeMessage.create({ data: { messageId: message.id, nomFichier, fichierId: fichier.id } });
        jointes.push({ nomFichier, taille: fichier.taille, typeMime: fichier.typeMime, sha256: fichier.sha256 });
      }
      const lecteurs = await lecteursMessage(tx, c.id, visibilite, acteur.id);
      const auteur = nomActeur(acteur);
      const notifies = await notifier(tx, lecteurs, {
        type: "message",
        candidatureId: c.id,
        titre: `Nouveau message sur ${c.reference}`,
        texte: `${auteur} a écrit un message (${LIBELLES_VISIBILITE[visibilite]})${jointes.length ? ` avec ${jointes.length === 1 ? "une pièce jointe" : `${jointes.length} pièces jointes`}` : ""}.`,
        courriel: {
          sujet: `Nouveau message sur la candidature ${c.reference}`,
          // Le texte du message n'est pas recopié dans le courriel : il se lit dans l'application, après connexion.
          paragraphes: [
            `${auteur} a écrit un message sur la candidature ${c.reference}.`,
            `Lecteurs du message : ${LIBELLES_VISIBILITE[visibilite]}.`,
            "Connectez-vous pour le lire et y répondre.",
          ],
          chemin: cheminFil(c.id),
          libelleLien: "Lire le message",
        },
      });
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "message.ecrit",
        entite: "message",
        entiteId: message.id,
        resume: `${auteur} écrit un message sur ${c.reference} (${LIBELLES_VISIBILITE[visibilite]})${jointes.length ? `, ${jointes.length} pièce(s) jointe(s)` : ""}.`,
        donnees: { candidatureId: c.id, visibilite, piecesJointes: jointes, notifies },
      });
      return { messageId: message.id, candidatureId: c.id, visibilite, piecesJointes: jointes.length, notifies };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (resultat) => [`/candidatures/${resultat.candidatureId}`, "/candidatures", "/instruction"],
};
