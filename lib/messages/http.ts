// Les messages en HTTP : envoi multipart (texte, visibilité, 0 à 5 fichiers) et téléchargement d'une
// pièce jointe. Les routes de app/ ne font qu'appeler ces fonctions avec l'acteur de la session.
// Même lecture bornée du corps que les pièces (lib/pieces/http.ts) : 5 fichiers de 20 Mo au plus.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { executerAction } from "@/lib/actions/pipeline";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { formaterTaille, TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import { lireCorpsBorne, MARGE_MULTIPART, reponseFichier, reponseJson, reponseResultat } from "@/lib/pieces/http";
import { ecrireMessage } from "./ecrire-message";
import { PIECES_JOINTES_MAX } from "./ecrire-message.schema";
import { chargerFichierPieceJointe } from "./queries";

const MAX_CORPS = PIECES_JOINTES_MAX * TAILLE_MAX_OCTETS + MARGE_MULTIPART;

const refus = (statut: number, code: string, message: string, champ = "piecesJointes") =>
  reponseJson({ ok: false, code, message, fieldErrors: { [champ]: [message] } }, statut);

const tropGros = () => refus(413, "REGLE_NON_RESPECTEE", `Les pièces jointes dépassent ${formaterTaille(MAX_CORPS - MARGE_MULTIPART)} au total : envoyez-en moins à la fois.`);

/**
 * POST multipart/form-data : `contenu`, `visibilite`, et `fichiers` (0 à 5). Réponse JSON : 201
 * `{ ok: true, data: MessageEcrit }` ou `{ ok: false, code, message, fieldErrors? }` (400, 404,
 * 413, 415, 422, 503).
 */
export async function envoyerMessage(requete: Request, acteur: Acteur, candidatureId: string): Promise<Response> {
  if (!estIdentifiant(candidatureId)) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  const typeContenu = requete.headers.get("content-type") ?? "";
  if (!typeContenu.toLowerCase().startsWith("multipart/form-data")) {
    return reponseJson({ ok: false, code: "INVALIDE", message: "Envoyez le message depuis le formulaire (multipart/form-data)." }, 415);
  }
  const annonce = Number(requete.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(annonce) && annonce > MAX_CORPS) return tropGros();
  const corps = await lireCorpsBorne(requete, MAX_CORPS);
  if (corps === null) return tropGros();
  let formulaire: FormData;
  try {
    formulaire = await new Response(corps as Uint8Array<ArrayBuffer>, { headers: { "content-type": typeContenu } }).formData();
  } catch {
    return refus(400, "INVALIDE", "Le formulaire envoyé est illisible : choisissez à nouveau les fichiers, puis réessayez.");
  }
  const fichiers = formulaire.getAll("fichiers").filter((f): f is File => f instanceof Blob && f.size > 0);
  const piecesJointes = [];
  for (const f of fichiers) {
    if (f.size > TAILLE_MAX_OCTETS) return refus(413, "REGLE_NON_RESPECTEE", `« ${f.name} » dépasse 20\u00a0Mo (il fait ${formaterTaille(f.size)}).`);
    piecesJointes.push({ nomFichier: f.name || "piece-jointe", contenu: new Uint8Array(await f.arrayBuffer()) });
  }
  const resultat = await executerAction(ecrireMessage, acteur, {
    candidatureId,
    visibilite: formulaire.get("visibilite"),
    contenu: formulaire.get("contenu"),
    piecesJointes,
  });
  return reponseResultat(resultat, 201);
}

/** GET : une pièce jointe d'un message lisible par l'acteur ; 404 sinon (inexistante ou hors de sa portée). */
export async function telechargerPieceJointe(acteur: Acteur, id: string): Promise<Response> {
  const pj = await chargerFichierPieceJointe(acteur, id);
  if (!pj) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  return reponseFichier({ nomFichier: pj.nomFichier, ...pj.fichier });
}
