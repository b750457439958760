// Travail de la file durable « lettres-decisions » : pour chaque décision d'une session publiée, la
// lettre (PDF) est produite et les deux parties sont prévenues (notification, courriel vers la
// lettre), dans une même transaction par décision. La ligne de la décision est verrouillée et la
// lettre n'est produite que si elle manque : une tâche reprise, ou prise deux fois, ne produit ni
// deuxième lettre ni deuxième courriel.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { OPTIONS_TRANSACTION } from "@/lib/candidatures/commun";
import { cheminCandidature, notifierPartiesDans } from "@/lib/candidatures/notifications";
import { cheminLettre } from "@/lib/instruction/decider";
import { produireLettre } from "@/lib/instruction/produire-lettre";
import { courrielSelection } from "./courriels";
import { estTypeSelection } from "./regles";

export async function envoyerLettresDecisions(client: PrismaClient, decisionIds: readonly string[]): Promise<number> {
  let produites = 0;
  for (const decisionId of decisionIds) {
    const faite = await client.$transaction(async (tx) => {
      const [verrou] = await tx.$queryRaw<{ lettreId: string | null }[]>`SELECT "lettreId" FROM decision WHERE id = ${decisionId}::uuid FOR UPDATE`;
      if (!verrou || verrou.lettreId) return false;
      const d = await tx.decision.findUniqueOrThrow({
        where: { id: decisionId },
        select: { type: true, motivation: true, candidatureId: true, candidature: { select: { reference: true, session: { select: { theme: true } } } } },
      });
      if (!estTypeSelection(d.type)) return false;
      await produireLettre(tx, decisionId);
      const lettre = cheminLettre(d.candidatureId, decisionId);
      await notifierPartiesDans(tx, d.candidatureId, ["collectivite", "etat"], "decision", {
        ...courrielSelection(d.type, d.candidature.reference, d.motivation, lettre, d.candidature.session?.theme ?? null),
        lien: cheminCandidature(d.candidatureId),
      });
      return true;
    }, OPTIONS_TRANSACTION);
    if (faite) produites++;
  }
  return produites;
}
