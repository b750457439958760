// Décision de recevabilité de la DGALN (issue 11, DESIGN.md §9) : recevable (→ en instruction),
// irrecevable (final, motivée, lettre) ou demande de corrections (→ à corriger, motivée, points à
// corriger, échéance facultative, lettre). Une seule transaction : la candidature chargée dans la
// portée `candidature.instruire`, la transition vérifiée par la machine à états, l'écriture
// conditionnelle `updateMany({ where: { id, statut } })` dont le `count` est vérifié, la ligne
// Decision, la lettre et l'événement d'audit. Deux référents décidant en même temps : le second
// attend le verrou de ligne, trouve count = 0 et reçoit CONFLIT avec la décision prise.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { typeEvenementDecision } from "@/lib/audit/evenements";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { nomActeur, OPTIONS_TRANSACTION, quandFrancais } from "@/lib/candidatures/commun";
import { cheminCandidature, notifierParties } from "@/lib/candidatures/notifications";
import { trouverCandidature } from "@/lib/candidatures/queries";
import { LIBELLES_STATUT_CANDIDATURE } from "@/lib/candidatures/regles/libelles";
import { transitionPermise } from "@/lib/candidatures/regles/transitions";
import { heureDeParis } from "@/lib/dates/paris";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDate } from "@/lib/format/dates";
import type { Prisma, StatutCandidature, TypeDecision, TypeNotification } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { deciderSchema, type DecisionInstruction } from "./decider.schema";
import { PHRASES_DECISION } from "./phrases-decision";
import { produireLettre } from "./produire-lettre";
import { courrielSelection } from "@/lib/selection/courriels";
import { enregistrerDecisionSelection } from "@/lib/selection/enregistrer";
import { estActionSelection, refusSelectionDepuisFiche, TYPES_SELECTION } from "@/lib/selection/regles";

type Tx = Prisma.TransactionClient;

export const TYPE_DE_DECISION: Record<DecisionInstruction, TypeDecision> = {
  declarer_recevable: "recevable",
  declarer_irrecevable: "irrecevable",
  demander_corrections: "corrections_demandees",
  retenir: TYPES_SELECTION.retenir,
  ne_pas_retenir: TYPES_SELECTION.ne_pas_retenir,
};


/** La notification que reçoivent les porteurs : une demande de corrections attend d'eux une action. */
const TYPE_NOTIFICATION: Record<TypeDecision, TypeNotification> = {
  recevable: "decision",
  irrecevable: "decision",
  corrections_demandees: "corrections_demandees",
  derogation_acceptee: "decision",
  derogation_refusee: "decision",
  retenue: "decision",
  non_retenue: "decision",
  liste_complementaire: "decision",
};

const STATUT_APRES: Partial<Record<TypeDecision, StatutCandidature>> = {
  recevable: "en_instruction",
  irrecevable: "irrecevable",
  corrections_demandees: "a_corriger",
  retenue: "retenue",
  non_retenue: "non_retenue",
  liste_complementaire: "liste_complementaire",
};

export type DecisionPrise = {
  candidatureId: string;
  decisionId: string;
  type: TypeDecision;
  statut: StatutCandidature;
  depotNumero: number;
  /** Adresse de téléchargement de la lettre, pour les décisions qui en produisent une. */
  cheminLettre: string | null;
};

export const cheminLettre = (candidatureId: string, decisionId: string) => `/api/candidatures/${candidatureId}/decisions/${decisionId}/lettre`;

/** Qui lit la candidature sans pouvoir l'instruire lit pourquoi ; les autres, INTROUVABLE. */
async function exigerInstructeur(acteur: Acteur, id: string, tx: Tx) {
  try {
    return await exigerCandidature(acteur, id, "instruire", tx);
  } catch (erreur) {
    if (!(await trouverCandidature(acteur, id, "lire", tx))) throw erreur;
    throw new AppError("ACCES_REFUSE", "La recevabilité d'une candidature est décidée par un référent ou un administrateur de la DGALN.");
  }
}

/** Le message du perdant d'une course : ce qui a été décidé entre-temps, par qui et quand. */
export async function conflit(tx: Tx, candidatureId: string): Promise<AppError> {
  const c = await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { statut: true } });
  const derniere = await tx.decision.findFirst({
    where: { candidatureId },
    orderBy: { decideeLe: "desc" },
    select: { type: true, decideeLe: true, decidePar: { select: { email: true, prenom: true, nom: true } } },
  });
  const statut = `La candidature est maintenant « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} ».`;
  // La dernière décision n'explique la situation que si le statut actuel en découle.
  const message = derniere && STATUT_APRES[derniere.type] === c.statut
    ? `Une décision vient d'être prise par quelqu'un d'autre : ${nomAffiche(derniere.decidePar)} ${PHRASES_DECISION[derniere.type]} ${quandFrancais(derniere.decideeLe)}. ${statut} Votre décision n'a pas été enregistrée : rechargez la page pour voir la situation actuelle.`
    : `La candidature a changé depuis que vous l'avez ouverte. ${statut} Votre décision n'a pas été enregistrée : rechargez la page.`;
  return new AppError("CONFLIT", message);
}

const extrait = (texte: string, max = 300) => (texte.length > max ? `${texte.slice(0, max - 1)}…` : texte);

/** Fin de journée (heure de Paris) du jour d'échéance : la demande est « en retard » le lendemain. */
const finDeJournee = (jour: string) => heureDeParis(`${jour}T23:59:59`);

export const deciderRecevabilite: DefinitionAction<typeof deciderSchema, DecisionPrise> = {
  nom: "instruction.decider",
  schema: deciderSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, decision, statutLu, depotLu, motivation, points } = donnees;
    const type = TYPE_DE_DECISION[decision];
    const echeance = donnees.echeance ? finDeJournee(donnees.echeance) : null;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const c = await exigerInstructeur(acteur, candidatureId, tx);
      const dernierDepot = await tx.depot.findFirst({ where: { candidatureId }, orderBy: { numero: "desc" }, select: { numero: true } });
      // La page date d'avant une autre décision ou un nouveau dépôt : on ne décide pas à l'aveugle.
      if (c.statut !== statutLu || dernierDepot?.numero !== depotLu) throw await conflit(tx, candidatureId);
      const transition = transitionPermise(c.statut, decision, "dgaln");
      if (!transition || !dernierDepot) {
        throw new AppError("ETAT_INCOMPATIBLE", `La candidature est « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} » : cette décision n'est pas possible.`);
      }
      if (estActionSelection(decision)) {
        const session = c.sessionId ? await tx.sessionAmi.findUnique({ where: { id: c.sessionId }, select: { statut: true } }) : null;
        const refus = refusSelectionDepuisFiche({ format: c.format, statut: c.statut, statutSession: session?.statut ?? null }, decision);
        if (refus) throw new AppError("REGLE_NON_RESPECTEE", refus);
        const prise = await enregistrerDecisionSelection(tx, {
          candidatureId,
          reference: c.reference,
          statutAvant: c.statut,
          action: decision,
          motivation,
          decideParId: acteur.id,
          nomDecideur: nomActeur(acteur),
          maintenant,
          depotNumero: dernierDepot.numero,
        });
        if (!prise) throw await conflit(tx, candidatureId);
        const lettreId = await produireLettre(tx, prise.decisionId);
        return { reference: c.reference, decisionId: prise.decisionId, statut: prise.statut, depotNumero: dernierDepot.numero, lettreId };
      }
      const { count } = await tx.candidature.updateMany({
        where: { id: candidatureId, statut: c.statut },
        data: { statut: transition.vers, decideeLe: maintenant, correctionsEcheance: type === "corrections_demandees" ? echeance : null },
      });
      if (count === 0) throw await conflit(tx, candidatureId);
      const ligne = await tx.decision.create({
        data: { candidatureId, type, motivation, decideParId: acteur.id, decideeLe: maintenant, points, echeance, depotNumero: dernierDepot.numero },
        select: { id: true },
      });
      const lettreId = await produireLettre(tx, ligne.id);
      const detail =
        type === "corrections_demandees"
          ? `, ${points.length} point${points.length > 1 ? "s" : ""} à corriger${echeance ? ` avant le ${formaterDate(echeance)}` : ""}`
          : "";
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: typeEvenementDecision(type),
        entite: "candidature",
        entiteId: candidatureId,
        candidatureId,
        resume: `${nomActeur(acteur)} ${PHRASES_DECISION[type]} (dépôt n° ${dernierDepot.numero})${detail}.${motivation ? ` Motivation : ${extrait(motivation)}` : ""}`,
        donnees: {
          decisionId: ligne.id,
          motivation,
          statutApres: transition.vers,
          points,
          echeance: echeance?.toISOString() ?? null,
          depotNumero: dernierDepot.numero,
        },
      });
      return { reference: c.reference, decisionId: ligne.id, statut: transition.vers, depotNumero: dernierDepot.numero, lettreId };
    }, OPTIONS_TRANSACTION);

    const lettre = resultat.lettreId ? cheminLettre(candidatureId, resultat.decisionId) : null;
    await notifierParties(candidatureId, ["collectivite", "etat"], TYPE_NOTIFICATION[type], messageDecision(type, resultat.reference, motivation, points, echeance, lettre, candidatureId));
    return { candidatureId, decisionId: resultat.decisionId, type, statut: resultat.statut, depotNumero: resultat.depotNumero, cheminLettre: lettre };
  },
  revalider: (r) => [cheminCandidature(r.candidatureId), "/candidatures", "/instruction"],
};

/** Le courriel mène à la lettre (PDF) ; la notification, à la fiche, qui la propose aussi. */
function messageDecision(type: TypeDecision, reference: string, motivation: string, points: string[], echeance: Date | null, lettre: string | null, id: string) {
  return { ...courrielDecision(type, reference, motivation, points, echeance, lettre, id), lien: cheminCandidature(id) };
}

function courrielDecision(type: TypeDecision, reference: string, motivation: string, points: string[], echeance: Date | null, lettre: string | null, id: string) {
  if (type === "retenue" || type === "non_retenue" || type === "liste_complementaire") return courrielSelection(type, reference, motivation, lettre ?? cheminCandidature(id));
  if (type === "recevable") {
    return {
      sujet: `Candidature ${reference} déclarée recevable`,
      paragraphes: [`La DGALN a déclaré la candidature ${reference} recevable. Elle entre en instruction ; vous serez informés de la suite.`],
      chemin: cheminCandidature(id),
      libelleLien: "Voir la candidature",
    };
  }
  if (type === "irrecevable") {
    return {
      sujet: `Candidature ${reference} déclarée irrecevable`,
      paragraphes: [`La DGALN a déclaré la candidature ${reference} irrecevable.`, `Motivation : ${motivation}`, "La lettre de décision est téléchargeable sur la plateforme."],
      chemin: lettre ?? cheminCandidature(id),
      libelleLien: "Télécharger la lettre de décision (PDF)",
    };
  }
  return {
    sujet: `Candidature ${reference} : corrections demandées par la DGALN`,
    paragraphes: [
      `La DGALN demande des corrections à la candidature ${reference}${echeance ? `, à déposer de nouveau avant le ${formaterDate(echeance)}` : ""}.`,
      `Motivation : ${motivation}`,
      `Points à corriger : ${points.map((p, i) => `${i + 1}. ${p}`).join(" ")}`,
      "Modifiez la candidature, signez-la à nouveau (les deux parties), puis le service de l'État la dépose de nouveau. La lettre de décision est téléchargeable sur la plateforme.",
    ],
    chemin: lettre ?? cheminCandidature(id),
    libelleLien: "Télécharger la lettre de décision (PDF)",
  };
}
