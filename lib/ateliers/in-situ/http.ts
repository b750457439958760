// Les supports des ateliers in situ en HTTP : téléversement multipart (XHR, pour la barre de
// progression, comme les livrables), téléchargement et vignette d'une image (redimensionnée ici
// avec sharp). Les routes de app/ ne font qu'appeler ces fonctions avec l'acteur de la session.
// Hors de la portée de lecture : 404, comme un support qui n'existe pas.
import "server-only";
import sharp from "sharp";
import type { Acteur } from "@/lib/auth/acteur";
import { executerAction } from "@/lib/actions/pipeline";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { MESSAGE_INTROUVABLE } from "@/lib/errors";
import { TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import { journal } from "@/lib/journalisation/logger";
import { lireCorpsBorne, MARGE_MULTIPART, reponseFichier, reponseJson, reponseResultat, reponseTropGros } from "@/lib/pieces/http";
import { chargerFichierSupport } from "./lecture";
import { deposerSupport } from "./supports";

/** Largeur maximale d'une vignette (pixels) : deux fois la largeur affichée, pour les écrans denses. */
export const LARGEUR_VIGNETTE = 320;

const introuvable = () => reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
const invalide = (message: string) => reponseJson({ ok: false, code: "INVALIDE", message, fieldErrors: { fichier: [message] } }, 400);

/** POST multipart/form-data : `fichier`. Réponse JSON : 201 `{ ok: true, data }` ou `{ ok: false, code, message }`. */
export async function televerserSupport(requete: Request, acteur: Acteur, atelierInSituId: string): Promise<Response> {
  if (!estIdentifiant(atelierInSituId)) return introuvable();
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
  if (!(fichier instanceof Blob)) return invalide("Choisissez le fichier du support.");
  const contenu = new Uint8Array(await fichier.arrayBuffer());
  if (contenu.length > TAILLE_MAX_OCTETS) return reponseTropGros(contenu.length);
  const nomFichier = fichier instanceof File && fichier.name ? fichier.name : "support";
  return reponseResultat(await executerAction(deposerSupport, acteur, { atelierInSituId, nomFichier, contenu }), 201);
}

/**
 * GET : le fichier d'un support d'un atelier que l'acteur lit ; avec `vignette`, une image réduite
 * (WebP, 320 px de large au plus) pour les PNG et JPEG. 404 sinon (inexistant, hors portée, pas une image).
 */
export async function telechargerSupport(acteur: Acteur, supportId: string, vignette: boolean): Promise<Response> {
  const support = await chargerFichierSupport(acteur, supportId);
  if (!support) return introuvable();
  if (!vignette) return reponseFichier(support);
  if (support.typeMime !== "image/png" && support.typeMime !== "image/jpeg") return introuvable();
  try {
    const image = await sharp(support.contenu, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: LARGEUR_VIGNETTE, height: LARGEUR_VIGNETTE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer();
    return new Response(new Uint8Array(image), {
      status: 200,
      headers: {
        "Content-Type": "image/webp",
        "Content-Length": String(image.length),
        "Cache-Control": "private, max-age=3600",
        "X-Content-Type-Options": "nosniff",
        ETag: `"${support.sha256}-v${LARGEUR_VIGNETTE}"`,
      },
    });
  } catch (erreur) {
    journal.warn({ supportId, erreur }, "ateliers in situ : vignette impossible à produire");
    return introuvable();
  }
}
