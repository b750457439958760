// Exécuté une fois au démarrage du serveur Next : installe l'entrée HTTP (lib/securite/entree-http.ts)
// écrit dans le journal la ligne de démarrage de l'instance (docs/decisions/017-journalisation.md) et
// démarre le travailleur de la file durable (docs/decisions/024-file-durable.md).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installerEntreeHttp } = await import("./lib/securite/entree-http");
    await installerEntreeHttp();
    const { journal } = await import("./lib/journalisation/logger");
    journal.info({ pid: process.pid, node: process.version, antivirus: !!process.env.CLAMAV_URL?.trim() }, "serveur démarré");
    // Le travailleur de la file durable (courriels, résumés quotidiens) : dans chaque instance, sauf
    // FILE_TRAVAILLEUR=0 (travailleur à part : `npm run travailleur`). Décision 024.
    const { demarrerTravailleurDuProcessus, travailleurActive } = await import("./lib/file/demarrage");
    if (travailleurActive()) {
      demarrerTravailleurDuProcessus().catch((erreur: unknown) =>
        journal.error({ erreur: erreur instanceof Error ? erreur.message : String(erreur) }, "file de tâches : travailleur non démarré"),
      );
    }
  }
}
