// Le travailleur de la file durable : prend les tâches (courriels, résumés quotidiens) de toutes les
// instances, une à la fois par tâche (SKIP LOCKED de pg-boss), avec reprises espacées. Démarré par
// chaque instance web (instrumentation.ts) sauf FILE_TRAVAILLEUR=0, ou seul : `npm run travailleur`.
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { remettreCourriel } from "@/lib/courriels/remettre";
import { FILES, FILES_A_CREER, PLANIFICATIONS, SCHEMA_FILE } from "./files";
import { creerFiles } from "./installation";

type Env = Record<string, string | undefined>;
type Journal = { info: (o: object, m: string) => void; warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

export type Travailleur = { boss: PgBoss; arreter: () => Promise<void> };

/** Courriels pris ensemble par un travailleur à chaque passage. */
export const COURRIELS_PAR_LOT = 20;

export type OptionsTravailleur = {
  url: string;
  client: PrismaClient;
  env?: Env;
  journal?: Journal;
  /** Intervalle d'interrogation des files, en secondes (0,5 au moins). */
  interrogationS?: number;
  /** Travaux supplémentaires par file (résumés quotidiens…), branchés par l'appelant. */
  travaux?: Partial<Record<string, (donnees: object) => Promise<unknown>>>;
};

const silencieux: Journal = { info: () => {}, warn: () => {}, error: () => {} };

export async function demarrerTravailleur(options: OptionsTravailleur): Promise<Travailleur> {
  const env = options.env ?? process.env;
  const journal = options.journal ?? silencieux;
  const interrogation = options.interrogationS ?? 1;
  const boss = new PgBoss({ connectionString: options.url, schema: SCHEMA_FILE, max: 3, migrate: true, supervise: true, schedule: true });
  boss.on("error", (erreur) => journal.error({ erreur: erreur.message }, "file de tâches : erreur"));
  await boss.start();
  await creerFiles(boss);
  for (const p of PLANIFICATIONS) await boss.schedule(p.file, p.cron, {}, { tz: p.tz });

  // Par lots : pg-boss attend l'intervalle entre deux prises ; un courriel à la fois plafonnerait
  // l'envoi à un par seconde et par instance. Chaque courriel d'un lot réussit ou échoue seul :
  // un échec est rendu à pg-boss (`fail`, reprise plus tard), les autres sont marqués faits.
  await boss.work<{ courrielId: string }>(
    FILES.courriel.name,
    { includeMetadata: true, batchSize: COURRIELS_PAR_LOT, pollingIntervalSeconds: interrogation },
    async (taches) => {
      await Promise.all(
        taches.map(async (tache) => {
          const dernierEssai = tache.retryCount >= tache.retryLimit;
          try {
            await remettreCourriel(options.client, tache.data.courrielId, { dernierEssai }, env);
          } catch (erreur) {
            const message = erreur instanceof Error ? erreur.message : String(erreur);
            (dernierEssai ? journal.error : journal.warn)(
              { courrielId: tache.data.courrielId, tentative: tache.retryCount + 1, erreur: message },
              dernierEssai ? "courriel en échec après la dernière tentative" : "courriel non remis, nouvelle tentative plus tard",
            );
            await boss.fail(FILES.courriel.name, tache.id, { message });
          }
        }),
      );
    },
  );
  for (const [file, travail] of Object.entries(options.travaux ?? {})) {
    if (!travail) continue;
    await boss.work<object>(file, { batchSize: 1, pollingIntervalSeconds: Math.max(interrogation, 2) }, async ([tache]) => {
      if (tache) await travail(tache.data);
    });
  }
  journal.info({ files: FILES_A_CREER.map((f) => f.name) }, "file de tâches : travailleur démarré");
  return { boss, arreter: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
