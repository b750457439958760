// Requêtes HTTP d'une ligne du tableau : URL, méthode, en-têtes (cookie du rôle, Host et Origin de
// NEXTAUTH_URL), corps d'une action serveur ; et le contrôle, une fois avant de mesurer, que la
// réponse est la bonne (la page rend pour ce rôle, l'action renvoie un vrai résultat).
import { readFileSync } from "node:fs";
import type { Contexte } from "./donnees";
import type { Ligne } from "./pages";
import type { Connexion } from "./roles";

export type RequeteHttp = {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  attendu: number;
};

type Manifeste = { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };

let manifeste: Manifeste | undefined;

/** Identifiant d'une action serveur d'après son nom exporté (manifeste de la construction). */
export function idAction(nom: string): string {
  manifeste ??= JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifeste;
  const trouves = Object.entries(manifeste.node).filter(([, a]) => a.exportedName === nom);
  if (trouves.length === 0) throw new Error(`action serveur « ${nom} » absente de .next/server/server-reference-manifest.json`);
  if (new Set(trouves.map(([, a]) => a.filename)).size > 1) throw new Error(`plusieurs actions serveur s'appellent « ${nom} »`);
  return trouves[0]![0];
}

export async function construireRequete(
  ligne: Ligne,
  ctx: Contexte,
  serveur: { base: string; origine: string },
  connexion: Connexion,
): Promise<RequeteHttp> {
  const chemin = typeof ligne.chemin === "string" ? ligne.chemin : await ligne.chemin(ctx);
  const headers: Record<string, string> = { "accept-encoding": "gzip, br" };
  if (connexion.cookie) headers.cookie = connexion.cookie;
  if (!ligne.action) return { url: serveur.base + chemin, method: "GET", headers: { ...headers, accept: "text/html,*/*" }, attendu: ligne.attendu ?? 200 };
  const args = typeof ligne.action.arguments === "function" ? await ligne.action.arguments(ctx) : ligne.action.arguments;
  return {
    url: serveur.base + chemin,
    method: "POST",
    headers: {
      ...headers,
      accept: "text/x-component",
      origin: serveur.origine,
      "next-action": idAction(ligne.action.nom),
      "content-type": "text/plain;charset=UTF-8",
    },
    body: JSON.stringify(args),
    attendu: ligne.attendu ?? 200,
  };
}

export type Envoi = { statut: number; entetes: Headers; corps: Buffer };

export async function envoyer(r: RequeteHttp): Promise<Envoi> {
  const reponse = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
  return { statut: reponse.status, entetes: reponse.headers, corps: Buffer.from(await reponse.arrayBuffer()) };
}

/**
 * Résultat d'une action serveur dans la réponse RSC (lignes « id:valeur ») : la ligne 1 porte la
 * valeur renvoyée. Une erreur y apparaît en « E{…} », une absence de session en `null`.
 */
function resultatAction(corps: string): string | null {
  const ligne = corps.split("\n").find((l) => l.startsWith("1:"));
  return ligne ? ligne.slice(2) : null;
}

/** Problème (en français) si la réponse n'est pas celle attendue pour ce rôle ; null sinon. */
export function controler(ligne: Ligne, r: RequeteHttp, e: Envoi): string | null {
  if (e.statut !== r.attendu) {
    const vers = e.entetes.get("location");
    return `statut ${e.statut} au lieu de ${r.attendu}${vers ? ` (vers ${vers})` : ""}`;
  }
  const connecte = ligne.role !== "anonyme";
  const vers = e.entetes.get("location") ?? "";
  if (connecte && /\/connexion(\?|$)/.test(vers)) return `renvoie vers la connexion (${vers}) : la session du rôle n'est pas reconnue`;
  if (!ligne.action) {
    const html = (e.entetes.get("content-type") ?? "").includes("text/html") ? e.corps.toString("utf8") : "";
    if (connecte && r.attendu === 200 && /<title>Se connecter\b/.test(html)) return "affiche la page de connexion au lieu de la page demandée";
    return null;
  }
  const type = e.entetes.get("content-type") ?? "";
  if (!type.includes("text/x-component")) return `réponse ${type || "sans type"} au lieu d'un résultat d'action serveur`;
  const valeur = resultatAction(e.corps.toString("utf8"));
  if (valeur === null) return "réponse d'action serveur sans résultat";
  if (valeur.startsWith("E")) return `l'action renvoie une erreur : ${valeur.slice(0, 120)}`;
  if (valeur === "null") return "l'action répond « sans session » (null)";
  return null;
}
