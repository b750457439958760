// Composer le jury d'une session (administrateurs DGALN, issue 13) et déclarer les conflits
// d'intérêts. Un juré est une personne avec un compte : existante, ou créée avec son adresse (elle se
// connecte ensuite par lien de connexion) ; il est prévenu dans l'application et par courriel. Un juré
// qui a soumis une évaluation ne se retire plus. Un conflit déclaré retire l'affectation non soumise
// et empêche toute affectation future, automatique ou à la main.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser, introuvable } from "@/lib/autorisations/exiger";
import { aUnDroit, porteeSession } from "@/lib/autorisations/politique";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifier } from "@/lib/notifications/notifier";
import { ajouterJureSchema, declarerConflitSchema, retirerJureSchema } from "./jury.schema";

/** Le jury se compose jusqu'à l'ouverture de la délibération. */
const STATUTS_COMPOSITION = ["brouillon", "ouverte", "cloturee"] as const;

export const ajouterJure: DefinitionAction<typeof ajouterJureSchema, { membreJuryId: string; compteCree: boolean }> = {
  nom: "jury.ajouter",
  schema: ajouterJureSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const session = await chargerOuRefuser(donnees.sessionId, (id) => tx.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, "gerer")] } }));
      if (!(STATUTS_COMPOSITION as readonly string[]).includes(session.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", `La session est « ${LIBELLES_STATUT_SESSION[session.statut]} » : le jury ne se modifie plus.`);
      }
      const existant = await tx.utilisateur.findUnique({ where: { email: donnees.email }, select: { id: true, actif: true } });
      if (existant && !existant.actif) throw new AppError("REGLE_NON_RESPECTEE", "Le compte de cette adresse est désactivé : réactivez-le avant d'en faire un juré.");
      const utilisateur =
        existant ?? (await tx.utilisateur.create({ data: { email: donnees.email, prenom: donnees.prenom || null, nom: donnees.nom || null }, select: { id: true, actif: true } }));
      const deja = await tx.membreJury.findUnique({ where: { sessionId_utilisateurId: { sessionId: session.id, utilisateurId: utilisateur.id } } });
      if (deja) throw new AppError("CONFLIT", `${donnees.email} fait déjà partie du jury de cette session.`);
      const membre = await tx.membreJury.create({ data: { sessionId: session.id, utilisateurId: utilisateur.id, president: donnees.president }, select: { id: true } });
      await enregistrerEvenement(tx, {
        type: "jury.jure_ajoute",
        acteurId: acteur.id,
        entite: "session",
        entiteId: session.id,
        resume: `${donnees.email} ajouté(e) au jury de « ${session.theme} »`,
        donnees: { membreJuryId: membre.id, compteCree: !existant },
      });
      await notifier(tx, [utilisateur.id], {
        type: "invitation",
        titre: `Vous êtes juré de la session « ${session.theme} »`,
        texte: "La DGALN vous a ajouté(e) au jury. Vos candidatures à évaluer apparaîtront dans « Mes évaluations » après la clôture des dépôts.",
        courriel: {
          sujet: `Jury de la session nationale « ${session.theme} »`,
          paragraphes: [
            `La DGALN vous a ajouté(e) au jury de la session nationale des Ateliers des territoires « ${session.theme} ».`,
            "Après la clôture des dépôts, les candidatures qui vous sont confiées apparaissent dans « Mes évaluations » : vous notez chaque critère de la grille de 0 à 5, enregistrez un brouillon, puis soumettez. Vos notes restent scellées jusqu'à l'ouverture de la délibération.",
            `Connectez-vous avec cette adresse (${donnees.email}) : un lien de connexion vous sera envoyé.`,
          ],
          chemin: "/jury",
          libelleLien: "Ouvrir mes évaluations",
        },
      });
      return { membreJuryId: membre.id, compteCree: !existant };
    }, OPTIONS_TRANSACTION);
  },
  revalider: () => ["/admin/sessions"],
};

export const retirerJure: DefinitionAction<typeof retirerJureSchema, { membreJuryId: string }> = {
  nom: "jury.retirer",
  schema: retirerJureSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const membre = await chargerOuRefuser(donnees.membreJuryId, (id) =>
        tx.membreJury.findFirst({ where: { id, session: porteeSession(acteur, "gerer") }, include: { session: true, utilisateur: { select: { email: true } } } }),
      );
      if (!(STATUTS_COMPOSITION as readonly string[]).includes(membre.session.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", `La session est « ${LIBELLES_STATUT_SESSION[membre.session.statut]} » : le jury ne se modifie plus.`);
      }
      const soumises = await tx.affectationJury.count({ where: { membreJuryId: membre.id, soumiseLe: { not: null } } });
      if (soumises > 0) throw new AppError("REGLE_NON_RESPECTEE", `${membre.utilisateur.email} a déjà soumis ${soumises} évaluation(s) : un juré qui a noté ne se retire plus du jury.`);
      await tx.membreJury.delete({ where: { id: membre.id } });
      await enregistrerEvenement(tx, {
        type: "jury.jure_retire",
        acteurId: acteur.id,
        entite: "session",
        entiteId: membre.sessionId,
        resume: `${membre.utilisateur.email} retiré(e) du jury de « ${membre.session.theme} »`,
        donnees: { membreJuryId: membre.id },
      });
      return { membreJuryId: membre.id };
    }, OPTIONS_TRANSACTION);
  },
  revalider: () => ["/admin/sessions"],
};

export const declarerConflit: DefinitionAction<typeof declarerConflitSchema, { affectationRetiree: boolean }> = {
  nom: "jury.declarer-conflit",
  schema: declarerConflitSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      // Pour soi : un juré de la session de la candidature. Pour un autre : un administrateur DGALN.
      const membre = donnees.membreJuryId
        ? aUnDroit(acteur, "session", "gerer")
          ? await tx.membreJury.findFirst({ where: { id: donnees.membreJuryId, session: { AND: [porteeSession(acteur, "gerer"), { candidatures: { some: { id: donnees.candidatureId } } }] } } })
          : null
        : await tx.membreJury.findFirst({ where: { utilisateurId: acteur.id, session: { candidatures: { some: { id: donnees.candidatureId } } } } });
      if (!membre) throw introuvable();
      const affectation = await tx.affectationJury.findUnique({ where: { membreJuryId_candidatureId: { membreJuryId: membre.id, candidatureId: donnees.candidatureId } } });
      if (affectation?.soumiseLe) throw new AppError("REGLE_NON_RESPECTEE", "L'évaluation de cette candidature est déjà soumise : signalez le lien à la DGALN, qui décidera de l'écarter.");
      const cree = await tx.conflitInteret.createMany({ data: [{ membreJuryId: membre.id, candidatureId: donnees.candidatureId, motif: donnees.motif }], skipDuplicates: true });
      if (cree.count === 0) throw new AppError("CONFLIT", "Ce conflit d'intérêts est déjà déclaré.");
      if (affectation) {
        await tx.evaluation.deleteMany({ where: { membreJuryId: membre.id, candidatureId: donnees.candidatureId } });
        await tx.affectationJury.delete({ where: { id: affectation.id } });
      }
      await enregistrerEvenement(tx, {
        type: "jury.conflit_declare",
        acteurId: acteur.id,
        entite: "membre_jury",
        entiteId: membre.id,
        candidatureId: donnees.candidatureId,
        resume: "Conflit d'intérêts déclaré",
        donnees: { affectationRetiree: Boolean(affectation) },
      });
      return { affectationRetiree: Boolean(affectation) };
    }, OPTIONS_TRANSACTION);
  },
  revalider: () => ["/jury", "/admin/sessions"],
};
