// Noter une candidature (juré, issue 13) : une note de 0 à 5 et un commentaire par critère de la grille
// de la session, enregistrés en brouillon (lu par le seul juré) puis soumis (définitif, lu par la
// DGALN, et par les autres jurés une fois la délibération ouverte). Seulement sur une candidature
// affectée au juré, dans une session close et pas encore en délibération. Hors affectation : la même
// réponse qu'une candidature inexistante.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { introuvable } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDateHeure } from "@/lib/format/dates";
import { horlogeSysteme } from "@/lib/horloge";
import { evaluerSchema } from "./jury.schema";

/** La notation est ouverte quand la session est close et jusqu'à l'ouverture de la délibération. */
export const STATUT_SESSION_NOTATION = "cloturee" as const;

export const evaluerCandidature: DefinitionAction<typeof evaluerSchema, { soumise: boolean; notees: number }> = {
  nom: "jury.evaluer",
  schema: evaluerSchema,
  async executer({ acteur, donnees }) {
    const maintenant = horlogeSysteme();
    return prisma.$transaction(async (tx) => {
      const affectation = await tx.affectationJury.findFirst({
        where: {
          candidatureId: donnees.candidatureId,
          membreJury: { utilisateurId: acteur.id },
          candidature: porteeCandidature(acteur, "lire"),
        },
        select: {
          id: true,
          soumiseLe: true,
          membreJuryId: true,
          candidature: { select: { reference: true } },
          membreJury: { select: { session: { select: { statut: true, criteres: { select: { id: true, libelle: true }, orderBy: { ordre: "asc" } } } } } },
        },
      });
      if (!affectation) throw introuvable();
      const session = affectation.membreJury.session;
      if (session.statut !== STATUT_SESSION_NOTATION) {
        throw new AppError(
          "ETAT_INCOMPATIBLE",
          session.statut === "ouverte" || session.statut === "brouillon"
            ? "La session n'est pas encore close : la notation commence à la clôture des dépôts."
            : `La session est « ${LIBELLES_STATUT_SESSION[session.statut]} » : les notes ne se modifient plus.`,
        );
      }
      if (affectation.soumiseLe) {
        throw new AppError("CONFLIT", `Vous avez soumis votre évaluation le ${formaterDateHeure(affectation.soumiseLe)} : elle ne se modifie plus.`);
      }
      const criteres = new Map(session.criteres.map((c) => [c.id, c.libelle]));
      const inconnus = donnees.notes.filter((n) => !criteres.has(n.critereId));
      if (inconnus.length) throw new AppError("INVALIDE", "Un critère ne fait pas partie de la grille de la session : rechargez la page.");
      const notees = donnees.notes.filter((n) => n.note !== null);
      if (donnees.soumettre) {
        const manquants = session.criteres.filter((c) => !notees.some((n) => n.critereId === c.id)).map((c) => `« ${c.libelle} »`);
        if (manquants.length) {
          throw new AppError("REGLE_NON_RESPECTEE", `Notez chaque critère avant de soumettre : il manque ${manquants.join(", ")}. Votre saisie est gardée.`);
        }
      }
      const soumiseLe = donnees.soumettre ? maintenant : null;
      for (const n of donnees.notes) {
        const cle = { membreJuryId_candidatureId_critereId: { membreJuryId: affectation.membreJuryId, candidatureId: donnees.candidatureId, critereId: n.critereId } };
        if (n.note === null) {
          await tx.evaluation.deleteMany({ where: { membreJuryId: affectation.membreJuryId, candidatureId: donnees.candidatureId, critereId: n.critereId } });
          continue;
        }
        const valeurs = { note: n.note, commentaire: n.commentaire || null, soumiseLe };
        await tx.evaluation.upsert({ where: cle, create: { ...cle.membreJuryId_candidatureId_critereId, ...valeurs }, update: valeurs });
      }
      if (donnees.soumettre) {
        // Écriture conditionnelle : deux soumissions simultanées n'en font qu'une.
        const { count } = await tx.affectationJury.updateMany({ where: { id: affectation.id, soumiseLe: null }, data: { soumiseLe: maintenant } });
        if (count === 0) throw new AppError("CONFLIT", "Votre évaluation vient d'être soumise (dans un autre onglet ?) : elle ne se modifie plus.");
      }
      await enregistrerEvenement(tx, {
        type: donnees.soumettre ? "evaluation.soumise" : "evaluation.enregistree",
        acteurId: acteur.id,
        entite: "affectation_jury",
        entiteId: affectation.id,
        resume: `${donnees.soumettre ? "Évaluation soumise" : "Brouillon d'évaluation enregistré"} : ${affectation.candidature.reference}`,
        donnees: { notees: notees.length },
        survenuLe: maintenant,
      });
      return { soumise: donnees.soumettre, notees: notees.length };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (_r, d) => ["/jury", `/jury/${d.candidatureId}`],
};
