// Les travaux de la file durable autres que la remise des courriels, branchés sur leurs cas d'usage
// (planifications de lib/file/files.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { horlogeSysteme } from "@/lib/horloge";
import { envoyerResumesQuotidiens } from "@/lib/notifications/resume";
import { cloturerSessionsEchues } from "@/lib/sessions/cloture";
import { envoyerLettresDecisions } from "@/lib/selection/lettres";
import { envoyerRappelsSessions } from "@/lib/sessions/rappels";
import { signalerPhasesEnRetard } from "@/lib/ateliers/phases/retards";
import { FILES } from "./files";

export function travauxPlanifies(client: PrismaClient): Record<string, (donnees: object) => Promise<unknown>> {
  return {
    [FILES.resumesQuotidiens.name]: () => envoyerResumesQuotidiens(horlogeSysteme(), client),
    [FILES.sessionsCloture.name]: () => cloturerSessionsEchues(client),
    [FILES.sessionsRappels.name]: () => envoyerRappelsSessions(client),
    [FILES.phasesRetards.name]: () => signalerPhasesEnRetard(client),
    [FILES.lettresDecisions.name]: (donnees) => envoyerLettresDecisions(client, (donnees as { decisionIds?: string[] }).decisionIds ?? []),
  };
}
