// Retirer une candidature (issue 11, partie 3 ; DESIGN.md §5) : un signataire de l'une ou l'autre
// partie (politique `candidature.retirer`) la retire depuis tout statut non final (machine à états),
// avec un motif. L'écriture est conditionnelle (`updateMany` sur les statuts d'où l'on retire) :
// deux retraits simultanés attendent le même verrou de ligne, le second trouve count = 0 et reçoit un
// CONFLIT qui dit qui a retiré, quand — un seul retrait, un seul événement, un seul courriel.
// Les parties sont prévenues après la transaction ; R7 permet ensuite une nouvelle candidature.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature, introuvable } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formaterDateHeure } from "@/lib/format/dates";
import type { PartieSignataire, Prisma } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { cheminCandidature, notifierParties } from "./notifications";
import { trouverCandidature } from "./queries";
import { LIBELLES_STATUT_CANDIDATURE } from "./regles/libelles";
import { statutsPermettant, transitionPermise } from "./regles/transitions";
import { partieQuiRetire, partiesPourRetrait } from "./retrait";
import { retirerCandidatureSchema } from "./retirer-candidature.schema";

type Tx = Prisma.TransactionClient;

export type CandidatureRetiree = { candidatureId: string; reference: string; retireeLe: Date; partie: PartieSignataire };

const ROLE_QUI_RETIRE: Record<PartieSignataire, string> = { collectivite: "un signataire de la collectivité principale", etat: "un signataire du service de l'État compétent" };

/** Qui lit la candidature sans pouvoir la retirer apprend pourquoi ; les autres, INTROUVABLE. */
async function refusRetrait(acteur: Acteur, id: string, tx: Tx): Promise<never> {
  if (!(await trouverCandidature(acteur, id, "lire", tx))) throw introuvable();
  throw new AppError(
    "ACCES_REFUSE",
    `Seul ${ROLE_QUI_RETIRE.collectivite} ou ${ROLE_QUI_RETIRE.etat} peut retirer la candidature. Adressez-vous à l'un d'eux.`,
  );
}

/** La candidature vient d'être retirée (par une autre requête, ou plus tôt) : qui, quand. */
async function dejaRetiree(tx: Tx, id: string): Promise<AppError> {
  const e = await tx.evenement.findFirst({
    where: { candidatureId: id, type: "candidature.retiree" },
    orderBy: { id: "desc" },
    select: { survenuLe: true, acteur: { select: { email: true, prenom: true, nom: true } } },
  });
  const qui = e?.acteur ? ` par ${nomAffiche(e.acteur)}` : "";
  const quand = e ? ` le ${formaterDateHeure(e.survenuLe)}` : "";
  return new AppError("CONFLIT", `La candidature a déjà été retirée${qui}${quand} : votre motif n'a pas été enregistré.`);
}

export const retirerCandidature: DefinitionAction<typeof retirerCandidatureSchema, CandidatureRetiree> = {
  nom: "candidatures.retirer",
  schema: retirerCandidatureSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, motif } = donnees;
    const maintenant = new Date();
    const retrait = await prisma.$transaction(async (tx) => {
      const c = await exigerCandidature(acteur, candidatureId, "retirer", tx).catch((erreur: unknown) => {
        if (erreur instanceof AppError && erreur.code === "INTROUVABLE") return refusRetrait(acteur, candidatureId, tx);
        throw erreur;
      });
      const parties = await partiesPourRetrait(acteur, c.id, tx);
      if (c.statut === "retiree") throw await dejaRetiree(tx, c.id);
      const partie = partieQuiRetire(c.statut, parties);
      if (!partie) {
        throw new AppError("ETAT_INCOMPATIBLE", `La candidature est « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} » : sa procédure est close, elle ne peut plus être retirée.`);
      }
      const depuis = statutsPermettant("retirer").filter((s) => transitionPermise(s, "retirer", partie));
      const { count } = await tx.candidature.updateMany({
        where: { id: c.id, statut: { in: depuis } },
        data: { statut: "retiree", retireeLe: maintenant, motifRetrait: motif, correctionsEcheance: null },
      });
      if (count === 0) {
        // Une autre requête a changé le statut pendant que nous attendions le verrou de ligne.
        const { statut } = await tx.candidature.findUniqueOrThrow({ where: { id: c.id }, select: { statut: true } });
        if (statut === "retiree") throw await dejaRetiree(tx, c.id);
        throw new AppError("ETAT_INCOMPATIBLE", `La candidature vient de passer au statut « ${LIBELLES_STATUT_CANDIDATURE[statut]} » : elle ne peut plus être retirée.`);
      }
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "candidature.retiree",
        entite: "candidature",
        entiteId: c.id,
        candidatureId: c.id,
        resume: `${nomActeur(acteur)} retire la candidature ${c.reference} (elle était « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} »).`,
        donnees: { statutAvant: c.statut, motif },
        survenuLe: maintenant,
      });
      return { candidatureId: c.id, reference: c.reference, retireeLe: maintenant, partie };
    }, OPTIONS_TRANSACTION);

    // Les deux parties (sauf l'auteur du retrait) : l'autre partie, et les co-rédacteurs de la sienne.
    await notifierParties(
      candidatureId,
      ["collectivite", "etat"],
      "retrait",
      {
        sujet: `Candidature ${retrait.reference} retirée`,
        paragraphes: [
          `${nomActeur(acteur)} a retiré la candidature ${retrait.reference} le ${formaterDateHeure(retrait.retireeLe)} (heure de Paris).`,
          `Motif : « ${motif} »`,
          "La candidature est close : elle ne peut plus être signée, déposée ni instruite. La collectivité peut, si elle le souhaite, préparer une nouvelle candidature avec le service de l'État.",
        ],
        chemin: cheminCandidature(candidatureId),
        libelleLien: "Voir la candidature retirée",
      },
      acteur.id,
    );
    return retrait;
  },
  revalider: (resultat) => [cheminCandidature(resultat.candidatureId), "/candidatures"],
};
