// La liste de contrôle affichée en direct sur la candidature (issue 4, §4) et ce que l'acteur peut
// y faire maintenant (DESIGN.md §5 : « only transitions allowed for the current user are offered ») :
// la politique d'autorisation dit qui, le statut et les règles disent quand.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { porteeCandidature, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { PartieSignataire, StatutCandidature } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { chargerFaits } from "./faits";
import { trouverCandidature } from "./queries";
import { prochaineEtape, type ProchaineEtape, type SignatureCourante } from "./prochaine-etape";
import { checklist, peutDeposer, type FaitsCandidature, type RubriqueChecklist, type Verdict } from "./regles";
import { estFinal, estModifiable, STATUTS_SIGNABLES } from "./regles/transitions";

export type ChecklistCandidature = {
  candidatureId: string;
  statut: StatutCandidature;
  version: number;
  hashContenu: string | null;
  rubriques: RubriqueChecklist[];
  /**
   * Date à laquelle les règles sont évaluées quand elle n'est pas « maintenant » : une candidature
   * déposée (et pas renvoyée en correction) est jugée à la date de son dépôt ; une session close
   * depuis ne la rend pas « refusée » après coup (R1). `null` : évaluée maintenant.
   */
  evalueeLe: Date | null;
  /** Le dépôt serait-il accepté maintenant ? (bloquants et avertissements, messages en français) */
  depot: Verdict;
  /** Boutons à offrir à cet acteur, maintenant ; `instruire` : il instruit cette candidature (DGALN), quel que soit le statut. */
  droits: { modifier: boolean; signerCollectivite: boolean; signerEtat: boolean; deposer: boolean; instruire: boolean };
  /** Signatures valides sur le contenu actuel, par partie. */
  signatures: Record<PartieSignataire, SignatureCourante | null>;
  /** L'organisation de chaque partie compte-t-elle un signataire sur la plateforme ? */
  aUnSignataire: Record<PartieSignataire, boolean>;
  /** Ce qui doit se passer maintenant, qui doit agir, et si c'est à l'acteur. */
  prochaineEtape: ProchaineEtape;
  /** Parties sans signataire pour lesquelles l'acteur peut en inviter un (mêmes conditions que lib/candidatures/inviter-signataire). */
  invitationsPossibles: PartieSignataire[];
};

/**
 * Évaluée à une date passée, la session avait le statut de ce moment-là : une session aujourd'hui
 * close, en délibération ou publiée était ouverte avant sa clôture (DESIGN.md §5, elle ne revient
 * jamais en arrière).
 */
function sessionALaDate(faits: FaitsCandidature): FaitsCandidature {
  const { session, maintenant } = faits;
  if (!session || session.statut === "brouillon" || session.statut === "ouverte") return faits;
  if (maintenant.getTime() >= session.clotureLe.getTime()) return faits;
  return { ...faits, session: { ...session, statut: "ouverte" } };
}

async function permis(acteur: Acteur, id: string, action: ActionDe<"candidature">, client: Client): Promise<boolean> {
  return (await client.candidature.count({ where: { AND: [{ id }, porteeCandidature(acteur, action)] } })) > 0;
}

/** `null` si la candidature n'existe pas ou n'est pas lisible par l'acteur. */
export async function checklistCandidature(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<ChecklistCandidature | null> {
  const c = await trouverCandidature(acteur, candidatureId, "lire", client);
  if (!c) return null;
  // Modifiable = encore en préparation d'un (nouveau) dépôt : jugée maintenant.
  const evalueeLe = c.deposeeLe !== null && !estModifiable(c.statut) ? c.deposeeLe : null;
  const faits = evalueeLe ? sessionALaDate(await chargerFaits(client, c.id, evalueeLe)) : await chargerFaits(client, c.id, new Date());
  const depot = peutDeposer(faits);
  const [modifier, signerCollectivite, signerEtat, deposer, instruire] = await Promise.all([
    permis(acteur, c.id, "modifier", client),
    permis(acteur, c.id, "signer_collectivite", client),
    permis(acteur, c.id, "signer_etat", client),
    permis(acteur, c.id, "deposer", client),
    permis(acteur, c.id, "instruire", client),
  ]);
  // La candidature est lisible par l'acteur (chargée dans sa portée) : ses signatures aussi.
  const valides = await client.signature.findMany({
    where: { candidatureId: c.id, invalideeLe: null, hashContenu: c.hashContenu ?? "" },
    select: { partie: true, signeeLe: true, utilisateur: { select: { email: true, prenom: true, nom: true } } },
  });
  const signatures: Record<PartieSignataire, SignatureCourante | null> = { collectivite: null, etat: null };
  for (const s of valides) signatures[s.partie] = { signataire: nomAffiche(s.utilisateur), signeeLe: s.signeeLe };
  // Seulement un nombre : qui peut signer pour chaque partie, sans lire les membres eux-mêmes.
  const signataires = await client.appartenance.groupBy({
    by: ["organisationId"],
    where: {
      OR: [
        { organisationId: c.collectivitePrincipaleId, role: "signataire" },
        { organisationId: c.serviceEtatId, role: "signataire_etat" },
      ],
      utilisateur: { actif: true },
    },
    _count: true,
  });
  const aUnSignataire = {
    collectivite: signataires.some((g) => g.organisationId === c.collectivitePrincipaleId),
    etat: signataires.some((g) => g.organisationId === c.serviceEtatId),
  };
  const signable = STATUTS_SIGNABLES.includes(c.statut);
  // Une partie qui a déjà signé le contenu actuel n'a rien à signer de plus (issue 9, point 6).
  const droits = {
    modifier: modifier && estModifiable(c.statut),
    signerCollectivite: signerCollectivite && signable && !signatures.collectivite,
    signerEtat: signerEtat && signable && !signatures.etat,
    deposer: deposer && depot.ok,
    instruire,
  };
  const bloquantsAvantSignature = depot.bloquants.filter((b) => b.regle !== "R6").length;
  const organisationDe = { collectivite: c.collectivitePrincipaleId, etat: c.serviceEtatId };
  const invitationsPossibles = (["collectivite", "etat"] as const).filter(
    (p) => modifier && !estFinal(c.statut) && !aUnSignataire[p] && !acteur.appartenances.some((a) => a.organisationId === organisationDe[p]),
  );
  return {
    candidatureId: c.id,
    statut: c.statut,
    version: c.version,
    hashContenu: c.hashContenu,
    rubriques: checklist(faits),
    evalueeLe,
    depot,
    droits,
    signatures,
    aUnSignataire,
    invitationsPossibles,
    prochaineEtape: prochaineEtape({
      statut: c.statut,
      format: c.format,
      collectivite: c.collectivitePrincipale.nom,
      serviceEtat: c.serviceEtat.nom,
      session: c.session?.theme ?? null,
      signatures,
      aUnSignataire,
      bloquantsAvantSignature,
      bloquantsDepot: depot.bloquants.length,
      droits,
      echeanceCorrections: c.correctionsEcheance,
    }),
  };
}
