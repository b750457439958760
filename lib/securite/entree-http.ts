// Entrée HTTP du serveur Node, avant Next (installée par instrumentation.ts) : ce que Next ne permet
// pas de faire dans un gestionnaire de route ou une action serveur.
// 1. L'adresse de la socket, seule adresse sûre du client sans proxy de confiance, est recopiée dans
//    `x-adresse-socket` (toute valeur envoyée par le client est écrasée) : lib/auth/requete.ts.
// 2. Une action serveur appelée depuis un autre site reçoit 403 (Next répondrait 500).
// 3. Un chemin dont l'encodage en pourcentage n'est pas de l'UTF-8 valide (« %ED%A0%80 ») mène à la
//    page 404 : Next échoue à décoder le segment dynamique et répondrait 500.
// Limite : seulement sous le serveur Node de Next (`next start`, `next dev`), pas sur un runtime edge.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ENTETE_ADRESSE_SOCKET } from "./entete-socket";
import { MESSAGE_ORIGINE_REFUSEE, origineEtrangere } from "./origine";

export const CHEMIN_ADRESSE_INVALIDE = "/adresse-invalide";

export function cheminDecodable(url: string): boolean {
  const chemin = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(chemin);
    return true;
  } catch {
    return false;
  }
}

/** Prépare la requête ; renvoie vrai si elle a reçu sa réponse ici (Next ne la voit pas). */
export function preparerRequete(req: IncomingMessage, res: ServerResponse): boolean {
  const adresse = req.socket?.remoteAddress;
  if (adresse) req.headers[ENTETE_ADRESSE_SOCKET] = adresse;
  else delete req.headers[ENTETE_ADRESSE_SOCKET];

  const entetes = {
    get: (nom: string) => {
      const v = req.headers[nom];
      return Array.isArray(v) ? v.join(", ") : (v ?? null);
    },
  };
  if (req.headers["next-action"] !== undefined && origineEtrangere(req.method ?? "GET", entetes)) {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
    res.end(MESSAGE_ORIGINE_REFUSEE);
    return true;
  }
  if (req.url && !cheminDecodable(req.url)) req.url = CHEMIN_ADRESSE_INVALIDE;
  return false;
}

const INSTALLE = Symbol.for("ateliers.entreeHttp");

export async function installerEntreeHttp(): Promise<void> {
  const http = await import("node:http");
  const prototype = http.Server.prototype as unknown as Record<symbol, boolean> & { emit: (...args: unknown[]) => boolean };
  if (prototype[INSTALLE]) return;
  prototype[INSTALLE] = true;
  const emettre = prototype.emit;
  prototype.emit = function (this: unknown, evenement: unknown, ...args: unknown[]) {
    if (evenement === "request" && preparerRequete(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emettre.call(this, evenement, ...args);
  };
}
