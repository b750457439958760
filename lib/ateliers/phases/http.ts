// Les livrables en HTTP : téléversement multipart (XHR, pour la barre de progression, comme les
// pièces) et téléchargement. Les routes de app/ ne font qu'appeler ces fonctions avec l'acteur de la
// session. Le corps est lu avec le même plafond dur que les pièces (lib/pieces/http.ts).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { executerAction } from "@/lib/actions/pipeline";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { lireFormulaireFichier, reponseFichier, reponseJson, reponseResultat } from "@/lib/pieces/http";
import { deposerLivrable } from "./deposer-livrable";
import { chargerFichierLivrable } from "./lecture";

const introuvable = () => reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);

/**
 * POST multipart/form-data : `fichier`, `type`, `titre`. Réponse JSON : 201 `{ ok: true, data }` ou
 * `{ ok: false, code, message, fieldErrors? }` (400, 403, 404, 409, 413, 415, 422, 503).
 */
export async function televerserLivrable(requete: Request, acteur: Acteur, phaseId: string): Promise<Response> {
  if (!estIdentifiant(phaseId)) return introuvable();
  const lu = await lireFormulaireFichier(requete, { fichierManquant: "Choisissez le fichier du livrable.", nomParDefaut: "livrable" });
  if (lu.reponse) return lu.reponse;
  const { formulaire, contenu, nomFichier } = lu;
  const resultat = await executerAction(deposerLivrable, acteur, { phaseId, type: formulaire.get("type"), titre: formulaire.get("titre"), nomFichier, contenu });
  return reponseResultat(resultat, 201);
}

/** GET : le fichier d'un livrable d'un atelier que l'acteur lit ; 404 sinon (inexistant ou hors portée). */
export async function telechargerLivrable(acteur: Acteur, livrableId: string): Promise<Response> {
  const livrable = await chargerFichierLivrable(acteur, livrableId);
  if (!livrable) return introuvable();
  return reponseFichier(livrable);
}
