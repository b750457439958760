// Les livrables en HTTP : téléversement multipart (XHR, pour la barre de progression, comme les
// pièces) et téléchargement. Les routes de app/ ne font qu'appeler ces fonctions avec l'acteur de la
// session. Le corps est lu avec le même plafond dur que les pièces (lib/pieces/http.ts).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { executerAction } from "@/lib/actions/pipeline";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import { lireCorpsBorne, MARGE_MULTIPART, reponseFichier, reponseJson, reponseResultat, reponseTropGros } from "@/lib/pieces/http";
import { deposerLivrable } from "./deposer-livrable";
import { chargerFichierLivrable } from "./lecture";

const introuvable = () => reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
const invalide = (message: string, champ = "fichier") => reponseJson({ ok: false, code: "INVALIDE", message, fieldErrors: { [champ]: [message] } }, 400);

/**
 * POST multipart/form-data : `fichier`, `type`, `titre`. Réponse JSON : 201 `{ ok: true, data }` ou
 * `{ ok: false, code, message, fieldErrors? }` (400, 403, 404, 409, 413, 415, 422, 503).
 */
export async function televerserLivrable(requete: Request, acteur: Acteur, phaseId: string): Promise<Response> {
  if (!estIdentifiant(phaseId)) return introuvable();
  const typeContenu = requete.headers.get("content-type") ?? "";
  if (!typeContenu.toLowerCase().startsWith("multipart/form-data")) {
    return reponseJson({ ok: false, code: "INVALIDE", message: "Envoyez le fichier dans un formulaire (multipart/form-data)." }, 415);
  }
  const max = TAILLE_MAX_OCTETS + MARGE_MULTIPART;
  const annonce = Number(requete.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(annonce) && annonce > max) return reponseTropGros(annonce - MARGE_MULTIPART > TAILLE_MAX_OCTETS ? annonce : null);
  const corps = await lireCorpsBorne(requete, max);
  if (corps === null) return reponseTropGros(null);
  let formulaire: FormData;
  try {
    formulaire = await new Response(corps as Uint8Array<ArrayBuffer>, { headers: { "content-type": typeContenu } }).formData();
  } catch {
    return invalide("Le formulaire envoyé est illisible : choisissez à nouveau le fichier, puis réessayez.");
  }
  const fichier = formulaire.get("fichier");
  if (!(fichier instanceof Blob)) return invalide("Choisissez le fichier du livrable.");
  const contenu = new Uint8Array(await fichier.arrayBuffer());
  if (contenu.length > TAILLE_MAX_OCTETS) return reponseTropGros(contenu.length);
  const nomFichier = fichier instanceof File && fichier.name ? fichier.name : "livrable";
  const resultat = await executerAction(deposerLivrable, acteur, { phaseId, type: formulaire.get("type"), titre: formulaire.get("titre"), nomFichier, contenu });
  return reponseResultat(resultat, 201);
}

/** GET : le fichier d'un livrable d'un atelier que l'acteur lit ; 404 sinon (inexistant ou hors portée). */
export async function telechargerLivrable(acteur: Acteur, livrableId: string): Promise<Response> {
  const livrable = await chargerFichierLivrable(acteur, livrableId);
  if (!livrable) return introuvable();
  return reponseFichier(livrable);
}
