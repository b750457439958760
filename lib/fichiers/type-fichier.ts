// R8 — Pièces et livrables : PDF, ODT, DOCX, PNG ou JPEG, reconnus par leur contenu (signatures
// d'octets), jamais par leur nom ; 20 Mo au plus (DESIGN.md §6 R8, choix produit). Un « .pdf » qui
// contient un PNG est un PNG ; un exécutable renommé est refusé. Aucune dépendance : on lit
// nous-mêmes le strict nécessaire du conteneur ZIP (répertoire central, premier en-tête local).

export const TAILLE_MAX_OCTETS = 20 * 1024 * 1024;

export const SOURCE_R8 = "DESIGN.md §6 R8 (choix produit) : types reconnus par leur contenu, 20 Mo au plus.";

export type ExtensionAcceptee = "pdf" | "odt" | "docx" | "png" | "jpg";

export const TYPES_MIME: Record<ExtensionAcceptee, string> = {
  pdf: "application/pdf",
  odt: "application/vnd.oasis.opendocument.text",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
};

export type CodeRefusFichier = "R8_FICHIER_VIDE" | "R8_TAILLE" | "R8_TYPE" | "R8_MACROS";

export type ResultatTypeFichier =
  | { ok: true; typeMime: string; extension: ExtensionAcceptee }
  | { ok: false; code: CodeRefusFichier; message: string };

export const MESSAGE_TYPE_REFUSE =
  "Ce fichier n'est pas d'un type accepté (PDF, ODT, DOCX, PNG ou JPEG) : son contenu ne correspond à aucun de ces formats.";

const megaOctets = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** « 23,4 Mo », arrondi au dixième supérieur : 20 Mo et 1 octet s'affiche 20,1 Mo, pas 20,0. */
export function formaterTaille(octets: number): string {
  return `${megaOctets.format(Math.ceil((octets / (1024 * 1024)) * 10) / 10)}\u00a0Mo`;
}

const ascii = (texte: string) => Uint8Array.from(texte, (c) => c.charCodeAt(0));
const PDF = ascii("%PDF-");
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = Uint8Array.of(0xff, 0xd8, 0xff);
const MIME_ODT = "application/vnd.oasis.opendocument.text";

function commencePar(contenu: Uint8Array, signature: Uint8Array, position = 0): boolean {
  if (contenu.length < position + signature.length) return false;
  return signature.every((octet, i) => contenu[position + i] === octet);
}

// ─── Conteneur ZIP (APPNOTE de PKWARE §4.3) : juste ce qu'il faut pour ODT et DOCX ─────────────

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_FIN = 0x06054b50;

type EntreeZip = { nom: string; methode: number; tailleCompressee: number; positionLocale: number };

/** Entrées du répertoire central, ou `null` si ce n'est pas un ZIP lisible. */
function entreesZip(contenu: Uint8Array): EntreeZip[] | null {
  const vue = new DataView(contenu.buffer, contenu.byteOffset, contenu.byteLength);
  if (contenu.length < 22 || vue.getUint32(0, true) !== SIG_LOCAL) return null;
  // L'enregistrement de fin est dans les 22 + 65 535 derniers octets (commentaire de taille variable).
  let fin = -1;
  for (let p = contenu.length - 22; p >= Math.max(0, contenu.length - 22 - 0xffff); p--) {
    if (vue.getUint32(p, true) === SIG_FIN) {
      fin = p;
      break;
    }
  }
  if (fin < 0) return null;
  const nombre = vue.getUint16(fin + 10, true);
  let p = vue.getUint32(fin + 16, true);
  const entrees: EntreeZip[] = [];
  const decodeur = new TextDecoder("utf-8", { fatal: false });
  for (let i = 0; i < nombre; i++) {
    if (p + 46 > fin || vue.getUint32(p, true) !== SIG_CENTRAL) return null;
    const longueurNom = vue.getUint16(p + 28, true);
    const suite = p + 46 + longueurNom + vue.getUint16(p + 30, true) + vue.getUint16(p + 32, true);
    if (suite > fin) return null;
    entrees.push({
      nom: decodeur.decode(contenu.subarray(p + 46, p + 46 + longueurNom)),
      methode: vue.getUint16(p + 10, true),
      tailleCompressee: vue.getUint32(p + 20, true),
      positionLocale: vue.getUint32(p + 42, true),
    });
    p = suite;
  }
  return entrees;
}

/** Données d'une entrée stockée (non compressée), lues à partir de son en-tête local. */
function donneesStockees(contenu: Uint8Array, entree: EntreeZip): Uint8Array | null {
  const vue = new DataView(contenu.buffer, contenu.byteOffset, contenu.byteLength);
  const p = entree.positionLocale;
  if (entree.methode !== 0 || p + 30 > contenu.length || vue.getUint32(p, true) !== SIG_LOCAL) return null;
  const debut = p + 30 + vue.getUint16(p + 26, true) + vue.getUint16(p + 28, true);
  if (debut + entree.tailleCompressee > contenu.length) return null;
  return contenu.subarray(debut, debut + entree.tailleCompressee);
}

/**
 * ODT (OpenDocument 1.3, partie 3 §3.3) : la première entrée est `mimetype`, stockée sans
 * compression, et contient exactement le type du texte. DOCX (ECMA-376, partie 2) : un
 * `[Content_Types].xml` et une partie sous `word/`.
 */
function typeZip(contenu: Uint8Array): ResultatTypeFichier | null {
  const entrees = entreesZip(contenu);
  if (!entrees) return null;
  const premiere = entrees.find((e) => e.positionLocale === 0);
  if (premiere?.nom === "mimetype" && entrees.some((e) => e.nom === "content.xml")) {
    const donnees = donneesStockees(contenu, premiere);
    if (donnees && new TextDecoder().decode(donnees) === MIME_ODT) return { ok: true, typeMime: TYPES_MIME.odt, extension: "odt" };
  }
  const noms = new Set(entrees.map((e) => e.nom));
  if (noms.has("[Content_Types].xml") && entrees.some((e) => e.nom.startsWith("word/"))) {
    // Un document Word avec macros (.docm renommé) porte son code dans word/vbaProject.bin.
    if (noms.has("word/vbaProject.bin")) {
      return {
        ok: false,
        code: "R8_MACROS",
        message: "Ce document Word contient des macros, refusées pour des raisons de sécurité : enregistrez-le en DOCX sans macros ou en PDF.",
      };
    }
    return { ok: true, typeMime: TYPES_MIME.docx, extension: "docx" };
  }
  return null;
}

/** Reconnaît le type du fichier par son contenu et vérifie sa taille (R8). Le nom n'est pas lu. */
export function verifierFichier(contenu: Uint8Array): ResultatTypeFichier {
  if (contenu.length === 0) {
    return { ok: false, code: "R8_FICHIER_VIDE", message: "Ce fichier est vide : choisissez le document à joindre." };
  }
  if (contenu.length > TAILLE_MAX_OCTETS) {
    return { ok: false, code: "R8_TAILLE", message: `Ce fichier dépasse 20\u00a0Mo (il fait ${formaterTaille(contenu.length)}).` };
  }
  if (commencePar(contenu, PDF)) return { ok: true, typeMime: TYPES_MIME.pdf, extension: "pdf" };
  if (commencePar(contenu, PNG)) return { ok: true, typeMime: TYPES_MIME.png, extension: "png" };
  if (commencePar(contenu, JPEG)) return { ok: true, typeMime: TYPES_MIME.jpg, extension: "jpg" };
  return typeZip(contenu) ?? { ok: false, code: "R8_TYPE", message: MESSAGE_TYPE_REFUSE };
}
