// Déposer la candidature (issue 4, §6 ; R6) : seulement quand les deux signatures sont valides sur
// le contenu actuel et que toutes les règles passent. Atomique et idempotent : dans une seule
// transaction, l'écriture conditionnelle `updateMany({ where: { id, statut: 'signee', hashContenu } })`
// fait passer à « déposée » une seule fois ; une requête concurrente attend le verrou de ligne, puis
// trouve count = 0 et rend le dépôt existant — deux clics, deux onglets, deux personnes : un dépôt,
// un récépissé (et `Depot @@unique([candidatureId, numero])` en dernier rempart).
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { exigerCandidature } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deNom } from "@/lib/format/collectivites";
import { formaterDateHeure } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { produireRecepisse } from "@/lib/recepisse/produire";
import { deposerCandidatureSchema } from "./candidature.schema";
import { nomActeur, OPTIONS_TRANSACTION } from "./commun";
import { contenuSignable } from "./empreinte";
import { chargerFaits } from "./faits";
import { cheminCandidature, cheminRecepisse, notifierParties } from "./notifications";
import { trouverCandidature } from "./queries";
import { erreurDeRegles, peutDeposer } from "./regles";
import { STATUTS_DEPOSABLES, STATUTS_DEPOT_EN_VIGUEUR } from "./regles/transitions";

type Tx = Prisma.TransactionClient;

export type CandidatureDeposee = {
  candidatureId: string;
  depotId: string;
  numero: number;
  numeroRecepisse: string;
  deposeLe: Date;
  hashContenu: string;
  /** Vrai quand ce contenu était déjà déposé : c'est le dépôt (et le récépissé) existant. */
  dejaDeposee: boolean;
  /** Adresse de téléchargement du récépissé. */
  cheminRecepisse: string;
};

export const MESSAGE_CONTENU_CHANGE_DEPOT =
  "Le contenu a changé depuis que vous l'avez relu : relisez la version actuelle de la candidature avant de la déposer.";


/** Le dernier dépôt, s'il porte sur ce contenu et que la candidature est toujours déposée. */
async function depotExistant(tx: Tx, candidatureId: string, hashContenu: string) {
  const c = await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, select: { statut: true } });
  const depot = await tx.depot.findFirst({ where: { candidatureId }, orderBy: { numero: "desc" } });
  if (!depot || depot.hashContenu !== hashContenu || !STATUTS_DEPOT_EN_VIGUEUR.includes(c.statut)) return null;
  return depot;
}

/** Qui voit la candidature sans pouvoir la déposer lit pourquoi ; les autres, INTROUVABLE. */
async function exigerDeposant(acteur: Acteur, id: string, tx: Tx) {
  try {
    return await exigerCandidature(acteur, id, "deposer", tx);
  } catch (erreur) {
    const lisible = await trouverCandidature(acteur, id, "lire", tx);
    if (!lisible) throw erreur;
    throw new AppError("ACCES_REFUSE", `Le dépôt revient au service de l'État compétent : un signataire ${deNom(lisible.serviceEtat.nom, { service: true })} dépose la candidature.`);
  }
}

export const deposerCandidature: DefinitionAction<typeof deposerCandidatureSchema, CandidatureDeposee> = {
  nom: "candidatures.deposer",
  schema: deposerCandidatureSchema,
  async executer({ acteur, donnees }) {
    const { candidatureId, hashContenu } = donnees;
    const maintenant = new Date();
    const resultat = await prisma.$transaction(async (tx) => {
      const c = await exigerDeposant(acteur, candidatureId, tx);
      const dejaLa = async () => {
        const depot = await depotExistant(tx, candidatureId, hashContenu);
        return depot && { depot, dejaDeposee: true, reference: c.reference };
      };
      if (!STATUTS_DEPOSABLES.includes(c.statut)) {
        const existant = await dejaLa();
        if (existant) return existant;
      }
      if (c.hashContenu !== hashContenu) throw new AppError("CONFLIT", MESSAGE_CONTENU_CHANGE_DEPOT);
      const verdict = peutDeposer(await chargerFaits(tx, candidatureId, maintenant));
      if (!verdict.ok) {
        // Déposée entre notre lecture et celle des faits : c'est le même dépôt, pas un refus.
        const existant = await dejaLa();
        if (existant) return existant;
        throw erreurDeRegles(verdict.bloquants);
      }

      const { count } = await tx.candidature.updateMany({
        where: { id: candidatureId, statut: { in: STATUTS_DEPOSABLES }, hashContenu },
        data: { statut: "deposee", deposeeLe: maintenant, correctionsEcheance: null },
      });
      if (count === 0) {
        // Une autre requête a déposé pendant que nous attendions le verrou : son dépôt est visible.
        const existant = await dejaLa();
        if (existant) return existant;
        throw new AppError("CONFLIT", MESSAGE_CONTENU_CHANGE_DEPOT);
      }
      const precedent = await tx.depot.aggregate({ where: { candidatureId }, _max: { numero: true } });
      const numero = (precedent._max.numero ?? 0) + 1;
      const depot = await tx.depot.create({
        data: {
          candidatureId,
          numero,
          hashContenu,
          numeroRecepisse: `${c.reference}-D${numero}`,
          deposeParId: acteur.id,
          deposeLe: maintenant,
          // Le contenu déposé, pour montrer à la DGALN ce qui a changé d'un dépôt à l'autre.
          contenu: (await contenuSignable(tx, candidatureId)) as unknown as Prisma.InputJsonValue,
        },
      });
      await produireRecepisse(tx, depot.id);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "candidature.deposee",
        entite: "candidature",
        entiteId: candidatureId,
        candidatureId,
        resume: `${nomActeur(acteur)} dépose la candidature ${c.reference} (récépissé ${depot.numeroRecepisse}).`,
        donnees: { depotId: depot.id, numero, numeroRecepisse: depot.numeroRecepisse, hashContenu },
      });
      return { depot, dejaDeposee: false, reference: c.reference };
    }, OPTIONS_TRANSACTION);

    const { depot, dejaDeposee, reference } = resultat;
    if (!dejaDeposee) {
      await notifierParties(candidatureId, ["collectivite", "etat"], "depot", {
        sujet: `Candidature ${reference} déposée — récépissé ${depot.numeroRecepisse}`,
        paragraphes: [
          `La candidature ${reference} a été déposée le ${formaterDateHeure(depot.deposeLe)} (heure de Paris) par ${nomActeur(acteur)}.`,
          `Récépissé n° ${depot.numeroRecepisse}. La DGALN va examiner sa recevabilité. La candidature n'est plus modifiable, sauf si la DGALN demande des corrections.`,
        ],
        chemin: cheminRecepisse(candidatureId),
        libelleLien: "Télécharger le récépissé (PDF)",
        // La cloche mène à la fiche, où se trouve le récépissé, plutôt qu'au PDF lui-même.
        lien: cheminCandidature(candidatureId),
      });
    }
    return {
      candidatureId,
      depotId: depot.id,
      numero: depot.numero,
      numeroRecepisse: depot.numeroRecepisse,
      deposeLe: depot.deposeLe,
      hashContenu: depot.hashContenu,
      dejaDeposee,
      cheminRecepisse: `${cheminRecepisse(candidatureId)}?numero=${depot.numero}`,
    };
  },
  revalider: (resultat) => [cheminCandidature(resultat.candidatureId), "/candidatures"],
};
