// Exécuté une fois au démarrage du serveur Next : installe l'entrée HTTP (lib/securite/entree-http.ts)
// et écrit dans le journal la ligne de démarrage de l'instance (docs/decisions/017-journalisation.md).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installerEntreeHttp } = await import("./lib/securite/entree-http");
    await installerEntreeHttp();
    const { journal } = await import("./lib/journalisation/logger");
    journal.info({ pid: process.pid, node: process.version, antivirus: !!process.env.CLAMAV_URL?.trim() }, "serveur démarré");
  }
}
