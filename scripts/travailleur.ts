// `npm run travailleur` : le travailleur de la file durable seul, sans serveur web (production avec
// FILE_TRAVAILLEUR=0 sur les instances web). Utilise DATABASE_URL. Décision 024.
import { demarrerTravailleurDuProcessus } from "../lib/file/demarrage";

if (!process.env.DATABASE_URL) {
  console.error("[travailleur] DATABASE_URL est requise.");
  process.exit(2);
}
await demarrerTravailleurDuProcessus();
console.log("[travailleur] File de tâches : travailleur démarré (Ctrl-C pour arrêter).");
