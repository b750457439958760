// Signer la candidature (issue 4, §5 ; R6) : après l'écran de relecture, l'interface envoie
// l'empreinte du contenu qu'elle a montrée ; on refuse si le contenu a changé depuis. Signataire de
// la collectivité PRINCIPALE (partie collectivité) ou du service de l'État compétent (partie État,
// avec son avis). Une seule signature valide par partie : signer à nouveau remplace la précédente.
// Quand les deux parties ont signé le même contenu, la candidature devient « signée ».
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deNom } from "@/lib/format/collectivites";
import type { PartieSignataire, Prisma, StatutCandidature } from "@/lib/generated/prisma/client";
import { signerCandidatureSchema } from "./candidature.schema";
import { LIBELLES_PARTIE_COURTS, nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { chargerFaits } from "./faits";
import { cheminCandidature, notifierParties } from "./notifications";
import { trouverCandidature } from "./queries";
import { erreurDeRegles, evaluerRegles, statutApresSignature } from "./regles";
import { FORMES_PARTIE_COURTES, LIBELLES_STATUT_CANDIDATURE } from "./regles/libelles";
import { STATUTS_SIGNABLES } from "./regles/transitions";

export type CandidatureSignee = {
  candidatureId: string;
  signatureId: string;
  partie: PartieSignataire;
  statut: StatutCandidature;
  hashContenu: string;
  /** Vrai si une signature précédente de la même partie a été remplacée. */
  remplace: boolean;
};

export const MESSAGE_CONTENU_CHANGE =
  "Le contenu a changé depuis que vous l'avez relu : relisez la version actuelle de la candidature, puis signez-la.";


/** Qui voit la candidature sans pouvoir signer pour cette partie lit pourquoi ; les autres, INTROUVABLE. */
async function exigerSignataire(acteur: Acteur, id: string, partie: PartieSignataire, tx: Prisma.TransactionClient) {
  try {
    return await exigerCandidature(acteur, id, partie === "collectivite" ? "signer_collectivite" : "signer_etat", tx);
  } catch (erreur) {
    const lisible = await trouverCandidature(acteur, id, "lire", tx);
    if (!lisible) throw erreur;
    throw new AppError(
      "ACCES_REFUSE",
      partie === "collectivite"
        ? `Seul un signataire ${deNom(lisible.collectivitePrincipale.nom)}, collectivité principale, peut signer pour la collectivité.`
        : `Seul un signataire ${deNom(lisible.serviceEtat.nom, { service: true })}, service de l'État compétent, peut signer pour l'État.`,
    );
  }
}

export const signerCandidature: DefinitionAction<typeof signerCandidatureSchema, CandidatureSignee> = {
  nom: "candidatures.signer",
  schema: signerCandidatureSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, partie, hashContenu } = donnees;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const c = await exigerSignataire(acteur, candidatureId, partie, tx);
      if (!STATUTS_SIGNABLES.includes(c.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", `La candidature est « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} » : elle ne peut pas être signée.`);
      }
      if (c.hashContenu !== hashContenu) throw new AppError("CONFLIT", MESSAGE_CONTENU_CHANGE);
      // Verrou de ligne conditionnel : une modification concurrente du contenu attend notre COMMIT,
      // ou l'a déjà précédé (l'empreinte ne correspond plus : count = 0).
      const { count } = await tx.candidature.updateMany({
        where: { id: candidatureId, hashContenu, statut: { in: STATUTS_SIGNABLES } },
        data: { hashContenu },
      });
      if (count === 0) throw new AppError("CONFLIT", MESSAGE_CONTENU_CHANGE);

      const faits = await chargerFaits(tx, candidatureId, maintenant);
      const bloquants = evaluerRegles(faits).filter((r) => r.severite === "bloquant" && r.regle !== "R6");
      if (bloquants.length > 0) throw erreurDeRegles(bloquants);

      const { count: remplacees } = await tx.signature.updateMany({
        where: { candidatureId, partie, invalideeLe: null },
        data: { invalideeLe: maintenant, motifInvalidation: `Remplacée par une nouvelle signature de ${nomActeur(acteur)}.` },
      });
      const signature = await tx.signature.create({
        data: {
          candidatureId,
          partie,
          organisationId: partie === "collectivite" ? c.collectivitePrincipaleId : c.serviceEtatId,
          utilisateurId: acteur.id,
          hashContenu,
          avis: partie === "etat" ? donnees.avis : null,
          avisTexte: partie === "etat" ? donnees.avisTexte : null,
          signeeLe: maintenant,
        },
        select: { id: true },
      });
      const valides = await tx.signature.findMany({ where: { candidatureId, invalideeLe: null }, select: { partie: true, hashContenu: true } });
      const statut = statutApresSignature({ hashContenu, signatures: valides.map((s) => ({ ...s, invalidee: false })) });
      if (statut !== c.statut) await tx.candidature.update({ where: { id: candidatureId }, data: { statut } });

      const avis = donnees.avis ? ` Avis ${donnees.avis === "favorable" ? "favorable" : "réservé"}${donnees.avisTexte ? ` : « ${donnees.avisTexte} »` : ""}.` : "";
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "signature.apposee",
        entite: "signature",
        entiteId: signature.id,
        candidatureId,
        resume:
          `${nomActeur(acteur)} signe pour ${LIBELLES_PARTIE_COURTS[partie]}${remplacees ? " (nouvelle signature, qui remplace la précédente)" : ""}.${avis}` +
          (statut === "signee" && c.statut !== "signee" ? " La candidature est signée par les deux parties." : ""),
        donnees: { partie, hashContenu, avis: donnees.avis ?? null, statutAvant: c.statut, statutApres: statut },
      });
      return { candidatureId, signatureId: signature.id, partie, statut, hashContenu, remplace: remplacees > 0, reference: c.reference };
    }, OPTIONS_TRANSACTION);

    const { reference, ...data } = resultat;
    const autre: PartieSignataire = partie === "collectivite" ? "etat" : "collectivite";
    await notifierParties(
      candidatureId,
      [autre],
      "signature",
      {
        sujet: data.statut === "signee" ? `Candidature ${reference} signée par les deux parties` : `Candidature ${reference} : signature ${FORMES_PARTIE_COURTES[partie].de}`,
        paragraphes: [
          `${nomActeur(acteur)} a signé la candidature ${reference} pour ${LIBELLES_PARTIE_COURTS[partie]}.`,
          data.statut === "signee"
            ? "Les deux parties ont signé le même contenu : le service de l'État compétent peut maintenant déposer la candidature."
            : `Il reste la signature ${FORMES_PARTIE_COURTES[autre].de} : relisez la candidature, puis signez-la.`,
        ],
        chemin: cheminCandidature(candidatureId),
        libelleLien: "Ouvrir la candidature",
      },
      acteur.id,
    );
    return data;
  },
  revalider: (resultat) => [cheminCandidature(resultat.candidatureId), "/candidatures"],
};
