// Répartir automatiquement les candidatures d'une session entre ses jurés (issue 13, partie 2) :
// administrateurs DGALN (politique `session.gerer`), session close (les candidatures sont connues),
// sous verrou de la session (deux clics, une répartition). Les affectations existantes sont gardées ;
// les faits (organisations et départements des jurés et des candidatures, conflits déclarés) sont lus
// ici, la règle est dans lib/jury/affectation.ts.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { chargerOuRefuser } from "@/lib/autorisations/exiger";
import { porteeSession } from "@/lib/autorisations/politique";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { LIBELLES_STATUT_SESSION } from "@/lib/candidatures/regles/libelles";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StatutCandidature, StatutSession } from "@/lib/generated/prisma/client";
import { repartir } from "./affectation";
import { affecterAutomatiquementSchema } from "./jury.schema";

/** Candidatures évaluées par le jury : déposées ou recevables, ni irrecevables ni retirées. */
export const STATUTS_A_EVALUER: readonly StatutCandidature[] = ["deposee", "en_instruction"];
/** La répartition se fait une fois la session close, avant la délibération. */
export const STATUTS_SESSION_REPARTITION: readonly StatutSession[] = ["cloturee"];

export type RepartitionFaite = { nouvelles: number; total: number; incompletes: number; chargeMin: number; chargeMax: number };

export const affecterAutomatiquement: DefinitionAction<typeof affecterAutomatiquementSchema, RepartitionFaite> = {
  nom: "jury.affecter-automatiquement",
  schema: affecterAutomatiquementSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const session = await chargerOuRefuser(donnees.sessionId, (id) => tx.sessionAmi.findFirst({ where: { AND: [{ id }, porteeSession(acteur, "gerer")] } }));
      if (!STATUTS_SESSION_REPARTITION.includes(session.statut)) {
        throw new AppError("ETAT_INCOMPATIBLE", `La session est « ${LIBELLES_STATUT_SESSION[session.statut]} » : la répartition se fait une fois la session close et avant la délibération.`);
      }
      // Verrou de la session : deux répartitions simultanées se suivent, la seconde voit la première.
      await tx.$queryRaw`SELECT id FROM session_ami WHERE id = ${session.id}::uuid FOR UPDATE`;
      const [membres, candidatures, conflits, existantes] = await Promise.all([
        tx.membreJury.findMany({
          where: { sessionId: session.id },
          select: { id: true, utilisateur: { select: { appartenances: { select: { organisationId: true, organisation: { select: { codeDepartement: true } } } } } } },
        }),
        tx.candidature.findMany({
          where: { sessionId: session.id, statut: { in: [...STATUTS_A_EVALUER] } },
          select: { id: true, codeDepartement: true, collectivitePrincipaleId: true, serviceEtatId: true, porteuses: { select: { organisationId: true } } },
        }),
        tx.conflitInteret.findMany({ where: { membreJury: { sessionId: session.id } }, select: { membreJuryId: true, candidatureId: true } }),
        tx.affectationJury.findMany({ where: { membreJury: { sessionId: session.id } }, select: { membreJuryId: true, candidatureId: true } }),
      ]);
      if (membres.length === 0) throw new AppError("REGLE_NON_RESPECTEE", "Le jury n'a encore aucun membre : ajoutez les jurés avant de répartir les candidatures.");
      if (candidatures.length === 0) throw new AppError("REGLE_NON_RESPECTEE", "Aucune candidature déposée dans cette session : il n'y a rien à répartir.");
      const r = repartir({
        parCandidature: donnees.juresParCandidature,
        jures: membres.map((m) => ({
          membreJuryId: m.id,
          organisationIds: m.utilisateur.appartenances.map((a) => a.organisationId),
          departements: m.utilisateur.appartenances.flatMap((a) => (a.organisation.codeDepartement ? [a.organisation.codeDepartement] : [])),
        })),
        candidatures: candidatures.map((c) => ({
          id: c.id,
          organisationIds: [c.collectivitePrincipaleId, c.serviceEtatId, ...c.porteuses.map((p) => p.organisationId)],
          departements: [c.codeDepartement],
        })),
        conflits,
        existantes,
      });
      const connues = new Set(existantes.map((e) => `${e.membreJuryId}|${e.candidatureId}`));
      const nouvelles = r.affectations.filter((a) => !connues.has(`${a.membreJuryId}|${a.candidatureId}`));
      await tx.affectationJury.createMany({ data: nouvelles, skipDuplicates: true });
      await tx.sessionAmi.update({ where: { id: session.id }, data: { juresParCandidature: donnees.juresParCandidature } });
      const charges = [...r.charges.values()];
      const resultat = {
        nouvelles: nouvelles.length,
        total: r.affectations.length + existantes.length,
        incompletes: r.incompletes.length,
        chargeMin: Math.min(...charges),
        chargeMax: Math.max(...charges),
      };
      await enregistrerEvenement(tx, {
        type: "jury.repartition",
        acteurId: acteur.id,
        entite: "session",
        entiteId: session.id,
        resume: `Répartition automatique : ${nouvelles.length} affectation(s) nouvelle(s), ${donnees.juresParCandidature} juré(s) par candidature`,
        donnees: resultat,
      });
      return resultat;
    }, OPTIONS_TRANSACTION);
  },
  revalider: () => ["/admin/sessions"],
};
