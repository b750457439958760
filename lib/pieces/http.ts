// Les pièces en HTTP : téléversement multipart (XHR, pour la barre de progression) et
// téléchargement. Les routes de app/ ne font qu'appeler ces fonctions avec l'acteur de la session.
// Le corps est lu en flux avec un plafond dur : au-delà de 20 Mo (plus l'enveloppe multipart), la
// lecture s'arrête, rien n'est gardé en mémoire au-delà du plafond.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { executerAction } from "@/lib/actions/pipeline";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { MESSAGE_INTROUVABLE, type CodeErreur, type ResultatAction } from "@/lib/errors";
import { formaterTaille, TAILLE_MAX_OCTETS } from "@/lib/fichiers/type-fichier";
import { deposerPiece } from "./deposer-piece";
import { chargerFichierPiece } from "./queries";
import { remplacerPiece } from "./remplacer-piece";

/** Marge pour l'enveloppe multipart (limites, en-têtes des parties, champs `type` et `emplacement`). */
export const MARGE_MULTIPART = 64 * 1024;

export const STATUTS_HTTP: Record<CodeErreur | "ERREUR_INATTENDUE", number> = {
  NON_AUTHENTIFIE: 401,
  ACCES_REFUSE: 403,
  INTROUVABLE: 404,
  INVALIDE: 400,
  CONFLIT: 409,
  ETAT_INCOMPATIBLE: 409,
  REGLE_NON_RESPECTEE: 422,
  TROP_DE_TENTATIVES: 429,
  SERVICE_INDISPONIBLE: 503,
  ERREUR_INATTENDUE: 500,
};

const SANS_CACHE = { "Cache-Control": "no-store" };

export function reponseJson(corps: unknown, statut: number): Response {
  return Response.json(corps, { status: statut, headers: SANS_CACHE });
}

export function reponseResultat<T>(resultat: ResultatAction<T>, statutSucces = 200): Response {
  if (resultat.ok) return reponseJson({ ok: true, data: resultat.data }, statutSucces);
  const { ok, code, message, fieldErrors } = resultat;
  return reponseJson({ ok, code, message, ...(fieldErrors ? { fieldErrors } : {}) }, STATUTS_HTTP[code]);
}

export function reponseTropGros(octets: number | null): Response {
  const message = `Ce fichier dépasse 20\u00a0Mo${octets ? ` (il fait ${formaterTaille(octets)})` : ""}.`;
  return reponseJson({ ok: false, code: "REGLE_NON_RESPECTEE", message, fieldErrors: { fichier: [message] } }, 413);
}

/** Le corps entier s'il ne dépasse pas `max` octets ; `null` sinon (la lecture est alors abandonnée). */
export async function lireCorpsBorne(requete: Request, max: number): Promise<Uint8Array | null> {
  if (!requete.body) return new Uint8Array(0);
  const lecteur = requete.body.getReader();
  const morceaux: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await lecteur.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await lecteur.cancel();
      return null;
    }
    morceaux.push(value);
  }
  const corps = new Uint8Array(total);
  let position = 0;
  for (const m of morceaux) {
    corps.set(m, position);
    position += m.length;
  }
  return corps;
}

const invalide = (message: string, champ = "fichier") => reponseJson({ ok: false, code: "INVALIDE", message, fieldErrors: { [champ]: [message] } }, 400);

/** Un fichier lu d'un formulaire multipart borné, ou la réponse d'erreur à rendre telle quelle. */
export type FormulaireFichier = { reponse: Response } | { reponse?: undefined; formulaire: FormData; contenu: Uint8Array; nomFichier: string };

/**
 * Lit un envoi multipart/form-data dont le champ `fichier` est obligatoire, avec le plafond dur des
 * pièces (annonce, puis corps lu morceau par morceau) : pièces, livrables, supports d'atelier.
 */
export async function lireFormulaireFichier(requete: Request, options: { fichierManquant: string; nomParDefaut: string }): Promise<FormulaireFichier> {
  const typeContenu = requete.headers.get("content-type") ?? "";
  if (!typeContenu.toLowerCase().startsWith("multipart/form-data")) {
    return { reponse: reponseJson({ ok: false, code: "INVALIDE", message: "Envoyez le fichier dans un formulaire (multipart/form-data)." }, 415) };
  }
  const max = TAILLE_MAX_OCTETS + MARGE_MULTIPART;
  const annonce = Number(requete.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(annonce) && annonce > max) return { reponse: reponseTropGros(annonce - MARGE_MULTIPART > TAILLE_MAX_OCTETS ? annonce : null) };
  const corps = await lireCorpsBorne(requete, max);
  if (corps === null) return { reponse: reponseTropGros(null) };
  let formulaire: FormData;
  try {
    formulaire = await new Response(corps as Uint8Array<ArrayBuffer>, { headers: { "content-type": typeContenu } }).formData();
  } catch {
    return { reponse: invalide("Le formulaire envoyé est illisible : choisissez à nouveau le fichier, puis réessayez.") };
  }
  const fichier = formulaire.get("fichier");
  if (!(fichier instanceof Blob)) return { reponse: invalide(options.fichierManquant) };
  const contenu = new Uint8Array(await fichier.arrayBuffer());
  if (contenu.length > TAILLE_MAX_OCTETS) return { reponse: reponseTropGros(contenu.length) };
  return { formulaire, contenu, nomFichier: fichier instanceof File && fichier.name ? fichier.name : options.nomParDefaut };
}

/**
 * POST multipart/form-data : `fichier` (obligatoire), `type` (nouvelle pièce) ou `emplacement`
 * (remplacement). Réponse JSON : 201 `{ ok: true, data: PieceEnregistree }` ou `{ ok: false, code,
 * message, fieldErrors? }` avec 400, 404, 409, 413, 415, 422 (type refusé, fichier infecté) ou
 * 503 (antivirus injoignable).
 */
export async function televerserPiece(requete: Request, acteur: Acteur, candidatureId: string): Promise<Response> {
  if (!estIdentifiant(candidatureId)) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  const lu = await lireFormulaireFichier(requete, { fichierManquant: "Choisissez le fichier à joindre.", nomParDefaut: "piece" });
  if (lu.reponse) return lu.reponse;
  const { formulaire, contenu, nomFichier } = lu;
  const emplacement = formulaire.get("emplacement");

  const resultat =
    typeof emplacement === "string" && emplacement !== ""
      ? await executerAction(remplacerPiece, acteur, { candidatureId, emplacement, nomFichier, contenu })
      : await executerAction(deposerPiece, acteur, { candidatureId, type: formulaire.get("type"), nomFichier, contenu });
  return reponseResultat(resultat, 201);
}

/** « Note d'opportunité.pdf » → « Note d'opportunite.pdf » pour le paramètre `filename` de repli (ASCII). */
function nomAscii(nom: string): string {
  return nom.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|["\\]/g, "_");
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 et RFC 8187) avec le nom d'origine. */
export function dispositionPieceJointe(nom: string): string {
  const encode = encodeURIComponent(nom).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${nomAscii(nom)}"; filename*=UTF-8''${encode}`;
}

export function reponseFichier(f: { nomFichier: string; contenu: Uint8Array; typeMime: string; sha256: string }): Response {
  return new Response(new Uint8Array(f.contenu), {
    status: 200,
    headers: {
      "Content-Type": f.typeMime,
      "Content-Length": String(f.contenu.length),
      "Content-Disposition": dispositionPieceJointe(f.nomFichier),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ETag: `"${f.sha256}"`,
    },
  });
}

/** GET : le fichier d'une pièce lisible par l'acteur ; 404 JSON sinon (inexistante ou hors périmètre). */
export async function telechargerPiece(acteur: Acteur, pieceId: string): Promise<Response> {
  const piece = await chargerFichierPiece(acteur, pieceId);
  if (!piece) return reponseJson({ ok: false, code: "INTROUVABLE", message: MESSAGE_INTROUVABLE }, 404);
  // Le type enregistré est celui reconnu par le contenu au dépôt (R8), jamais celui annoncé par le navigateur.
  return reponseFichier({ nomFichier: piece.nomFichier, ...piece.fichier });
}
