// La liste de contrôle affichée en direct sur la candidature (issue 4, §4) et ce que l'acteur peut
// y faire maintenant (DESIGN.md §5 : « only transitions allowed for the current user are offered ») :
// la politique d'autorisation dit qui, le statut et les règles disent quand.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import type { Client } from "@/lib/autorisations/exiger";
import { porteeCandidature, type ActionDe } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { StatutCandidature } from "@/lib/generated/prisma/client";
import { chargerFaits } from "./faits";
import { trouverCandidature } from "./queries";
import { checklist, peutDeposer, type FaitsCandidature, type RubriqueChecklist, type Verdict } from "./regles";
import { estModifiable, STATUTS_SIGNABLES } from "./regles/transitions";

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
  /** Boutons à offrir à cet acteur, maintenant. */
  droits: { modifier: boolean; signerCollectivite: boolean; signerEtat: boolean; deposer: boolean };
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
  const modifier = await permis(acteur, c.id, "modifier", client);
  const signerCollectivite = await permis(acteur, c.id, "signer_collectivite", client);
  const signerEtat = await permis(acteur, c.id, "signer_etat", client);
  const deposer = await permis(acteur, c.id, "deposer", client);
  const signable = STATUTS_SIGNABLES.includes(c.statut);
  return {
    candidatureId: c.id,
    statut: c.statut,
    version: c.version,
    hashContenu: c.hashContenu,
    rubriques: checklist(faits),
    evalueeLe,
    depot,
    droits: {
      modifier: modifier && estModifiable(c.statut),
      signerCollectivite: signerCollectivite && signable,
      signerEtat: signerEtat && signable,
      deposer: deposer && depot.ok,
    },
  };
}
