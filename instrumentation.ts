// Exécuté une fois au démarrage du serveur Next : installe l'entrée HTTP (lib/securite/entree-http.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installerEntreeHttp } = await import("./lib/securite/entree-http");
    await installerEntreeHttp();
  }
}
