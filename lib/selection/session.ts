// Les décisions d'une session nationale (issue 13, DESIGN.md §9) : pendant la délibération, un
// administrateur de la DGALN prépare en lot la décision de chaque candidature (retenue, non retenue,
// liste complémentaire, motivée) ; ces décisions préparées ne sont lues que par la DGALN. La
// publication des résultats les rend effectives ensemble, dans la transaction qui publie : statut de
// chaque candidature, ligne Decision, Atelier de chaque lauréate, événements ; les lettres et les
// courriels partent ensuite par la file durable (lib/selection/lettres.ts).
// Deux administrateurs en même temps : la ligne de la session est verrouillée (FOR UPDATE), le second
// trouve les versions changées et reçoit un CONFLIT qui dit qui a décidé quoi ; rien n'est écrasé.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import type { Acteur } from "@/lib/auth/acteur";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { porteeSession } from "@/lib/autorisations/politique";
import { nomActeur, OPTIONS_TRANSACTION, quandFrancais } from "@/lib/candidatures/commun";
import { LIBELLES_STATUT_CANDIDATURE } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FILES } from "@/lib/file/files";
import { mettreEnFile } from "@/lib/file/producteur";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compter } from "@/lib/format/pluriel";
import { nomAffiche } from "@/lib/organisations/acces";
import { enregistrerDecisionSelection } from "./enregistrer";
import { ACTION_DU_TYPE, estTypeSelection, refusDecisionsSession, TYPES_SELECTION, type ActionSelection, type TypeSelection } from "./regles";
import { decisionsSessionSchema } from "./session.schema";

type Tx = Prisma.TransactionClient;

/** Décisions dont une tâche de la file produit les lettres ensemble. */
export const LETTRES_PAR_TACHE = 25;


const LIBELLES_PROJET: Record<ActionSelection, string> = {
  retenir: "retenue",
  ne_pas_retenir: "non retenue",
  inscrire_liste_complementaire: "liste complémentaire",
};

/** La session, dans la portée `session.gerer`, verrouillée jusqu'à la fin de la transaction. */
async function verrouillerSession(tx: Tx, acteur: Acteur, sessionId: string) {
  const session = await chargerOuRefuser(sessionId, (id) =>
    tx.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, "gerer")] }, select: { id: true, theme: true, statut: true } }),
  );
  await tx.$queryRaw`SELECT id FROM session_ami WHERE id = ${session.id}::uuid FOR UPDATE`;
  return tx.sessionAmi.findUniqueOrThrow({ where: { id: session.id }, select: { id: true, theme: true, statut: true, quotaLaureats: true } });
}

export type DecisionsPreparees = { sessionId: string; enregistrees: number; inchangees: number };

export const preparerDecisionsSession: DefinitionAction<typeof decisionsSessionSchema, DecisionsPreparees> = {
  nom: "selection.preparer-session",
  schema: decisionsSessionSchema,
  async executer({ acteur, donnees }) {
    const maintenant = new Date();
    return prisma.$transaction(async (tx) => {
      const session = await verrouillerSession(tx, acteur, donnees.sessionId);
      const refus = refusDecisionsSession(session.statut);
      if (refus) throw new AppError("ETAT_INCOMPATIBLE", refus);
      const ids = donnees.decisions.map((d) => d.candidatureId);
      const [candidatures, projets] = await Promise.all([
        tx.candidature.findMany({ where: { id: { in: ids }, sessionId: session.id }, select: { id: true, reference: true, statut: true } }),
        tx.projetDecision.findMany({
          where: { candidatureId: { in: ids } },
          select: { candidatureId: true, type: true, motivation: true, version: true, decideeLe: true, decidePar: { select: { email: true, prenom: true, nom: true } } },
        }),
      ]);
      const parId = new Map(candidatures.map((c) => [c.id, c]));
      const projetDe = new Map(projets.map((p) => [p.candidatureId, p]));
      const horsSession = ids.filter((id) => !parId.has(id));
      if (horsSession.length > 0) throw new AppError("INTROUVABLE", "Une candidature du lot n'appartient pas à cette session : rechargez le tableau.");
      const pasEnInstruction = candidatures.filter((c) => c.statut !== "en_instruction");
      if (pasEnInstruction.length > 0) {
        throw new AppError(
          "ETAT_INCOMPATIBLE",
          `Ces candidatures ne sont pas en instruction, aucune décision de sélection n'est possible : ${pasEnInstruction
            .map((c) => `${c.reference} (${LIBELLES_STATUT_CANDIDATURE[c.statut]})`)
            .join(", ")}. Rien n'a été enregistré.`,
        );
      }
      // Une décision préparée entre-temps par quelqu'un d'autre n'est pas écrasée.
      const changees = donnees.decisions.filter((d) => (projetDe.get(d.candidatureId)?.version ?? 0) !== d.versionLue);
      if (changees.length > 0) {
        const details = changees.slice(0, 5).map((d) => {
          const p = projetDe.get(d.candidatureId);
          const ref = parId.get(d.candidatureId)!.reference;
          return p
            ? `${ref} : « ${LIBELLES_PROJET[ACTION_DU_TYPE[p.type as TypeSelection]]} » par ${nomAffiche(p.decidePar)} ${quandFrancais(p.decideeLe)}`
            : `${ref} : la décision préparée a été retirée`;
        });
        throw new AppError(
          "CONFLIT",
          `Quelqu'un d'autre vient de préparer des décisions de cette session — ${details.join(" ; ")}${changees.length > 5 ? ` ; et ${compter(changees.length - 5, "autre")}` : ""}. ` +
            "Rien n'a été enregistré : rechargez le tableau pour voir les décisions actuelles.",
        );
      }
      const nouvelles = donnees.decisions.filter((d) => !projetDe.has(d.candidatureId));
      const modifiees = donnees.decisions.filter((d) => {
        const p = projetDe.get(d.candidatureId);
        return p && (p.type !== TYPES_SELECTION[d.decision] || p.motivation !== d.motivation);
      });
      if (nouvelles.length > 0) {
        await tx.projetDecision.createMany({
          data: nouvelles.map((d) => ({
            candidatureId: d.candidatureId,
            sessionId: session.id,
            type: TYPES_SELECTION[d.decision],
            motivation: d.motivation,
            decideParId: acteur.id,
            decideeLe: maintenant,
          })),
        });
      }
      for (const d of modifiees) {
        await tx.projetDecision.update({
          where: { candidatureId: d.candidatureId },
          data: { type: TYPES_SELECTION[d.decision], motivation: d.motivation, decideParId: acteur.id, decideeLe: maintenant, version: { increment: 1 } },
        });
      }
      const enregistrees = nouvelles.length + modifiees.length;
      if (enregistrees > 0) {
        await enregistrerEvenement(tx, {
          acteurId: acteur.id,
          type: "session.decisions_preparees",
          entite: "session",
          entiteId: session.id,
          resume: `${nomActeur(acteur)} a préparé ${compter(enregistrees, "décision")} de la session « ${session.theme} ».`,
          donnees: { candidatures: enregistrees },
        });
      }
      return { sessionId: session.id, enregistrees, inchangees: donnees.decisions.length - enregistrees };
    }, OPTIONS_TRANSACTION);
  },
  revalider: (r) => [`/admin/sessions/${r.sessionId}/deliberation`, `/admin/sessions/${r.sessionId}`],
};

export type ResultatsAppliques = { retenues: number; nonRetenues: number; listeComplementaire: number; decisionIds: string[] };

/**
 * Rend effectives les décisions préparées d'une session, dans la transaction qui la publie
 * (lib/sessions/gerer-session.ts) ; la session y est déjà verrouillée par l'écriture de son statut.
 * Refuse tant qu'une candidature en lice n'a pas de décision.
 */
export async function appliquerDecisionsSession(tx: Tx, session: { id: string; theme: string }, maintenant: Date): Promise<ResultatsAppliques> {
  const [enLice, projets] = await Promise.all([
    tx.candidature.findMany({
      where: { sessionId: session.id, statut: { in: ["deposee", "en_instruction"] }, projetDecision: { is: null } },
      orderBy: { reference: "asc" },
      select: { reference: true, statut: true },
    }),
    tx.projetDecision.findMany({
      where: { sessionId: session.id },
      orderBy: { candidature: { reference: "asc" } },
      select: {
        candidatureId: true,
        type: true,
        motivation: true,
        decideParId: true,
        decidePar: { select: { email: true, prenom: true, nom: true } },
        candidature: { select: { reference: true, statut: true, depots: { orderBy: { numero: "desc" }, take: 1, select: { numero: true } } } },
      },
    }),
  ]);
  if (enLice.length > 0) {
    const liste = enLice.slice(0, 10).map((c) => (c.statut === "deposee" ? `${c.reference} (recevabilité à examiner)` : c.reference));
    throw new AppError(
      "REGLE_NON_RESPECTEE",
      `${enLice.length > 1 ? `${enLice.length} candidatures de la session n'ont` : "Une candidature de la session n'a"} pas encore de décision : ${liste.join(", ")}${enLice.length > 10 ? "…" : ""}. ` +
        `${enLice.length > 1 ? "Décidez-les" : "Décidez-la"} dans le tableau de délibération avant de publier les résultats.`,
    );
  }
  const resultat: ResultatsAppliques = { retenues: 0, nonRetenues: 0, listeComplementaire: 0, decisionIds: [] };
  for (const p of projets) {
    const action = estTypeSelection(p.type) ? ACTION_DU_TYPE[p.type] : null;
    const depot = p.candidature.depots[0];
    // Une candidature retirée depuis la préparation n'a plus de décision à recevoir.
    if (!action || !depot || p.candidature.statut !== "en_instruction") continue;
    const prise = await enregistrerDecisionSelection(tx, {
      candidatureId: p.candidatureId,
      reference: p.candidature.reference,
      statutAvant: "en_instruction",
      action,
      motivation: p.motivation,
      decideParId: p.decideParId,
      nomDecideur: nomAffiche(p.decidePar),
      maintenant,
      depotNumero: depot.numero,
      session: session.theme,
    });
    if (!prise) continue;
    resultat.decisionIds.push(prise.decisionId);
    if (p.type === "retenue") resultat.retenues++;
    else if (p.type === "non_retenue") resultat.nonRetenues++;
    else resultat.listeComplementaire++;
  }
  await tx.projetDecision.deleteMany({ where: { sessionId: session.id } });
  // Les lettres (PDF) et les courriels partent par la file, par paquets : la publication reste rapide.
  for (let i = 0; i < resultat.decisionIds.length; i += LETTRES_PAR_TACHE) {
    await mettreEnFile(tx, FILES.lettresDecisions.name, { decisionIds: resultat.decisionIds.slice(i, i + LETTRES_PAR_TACHE) });
  }
  await tx.sessionAmi.update({ where: { id: session.id }, data: { resultatsPubliesLe: maintenant } });
  return resultat;
}
