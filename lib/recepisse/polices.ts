// Police Marianne pour le récépissé, à partir des fichiers WOFF du DSFR. Mesure : avec les tables
// de mise en forme OpenType (GSUB, GPOS), fontkit passe 60 à 500 ms par document à les analyser ;
// sans elles, quelques millisecondes. Un récépissé n'a besoin ni de ligatures ni de crénage : on
// convertit une fois le WOFF en OpenType (WOFF 1.0, W3C, §5 : tables compressées par zlib) sans ces
// tables, et l'on garde le résultat en mémoire.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";

const TABLES_EXCLUES = new Set(["GSUB", "GPOS", "GDEF", "DSIG"]);
const DOSSIER = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");

/** Police OpenType (sfnt) tirée d'un WOFF, sans les tables exclues. */
export function woffVersOpenType(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Ce fichier n'est pas une police WOFF.");
  const tables: { tag: string; somme: number; donnees: Buffer }[] = [];
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const p = 44 + i * 20;
    const tag = woff.toString("latin1", p, p + 4);
    if (TABLES_EXCLUES.has(tag)) continue;
    const [position, compressee, originale] = [woff.readUInt32BE(p + 4), woff.readUInt32BE(p + 8), woff.readUInt32BE(p + 12)];
    const brut = woff.subarray(position, position + compressee);
    tables.push({ tag, somme: woff.readUInt32BE(p + 16), donnees: compressee < originale ? inflateSync(brut) : brut });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const selecteur = Math.floor(Math.log2(n));
  const plage = 2 ** selecteur * 16;
  const entete = Buffer.alloc(12 + 16 * n);
  entete.writeUInt32BE(woff.readUInt32BE(4), 0);
  entete.writeUInt16BE(n, 4);
  entete.writeUInt16BE(plage, 6);
  entete.writeUInt16BE(selecteur, 8);
  entete.writeUInt16BE(n * 16 - plage, 10);
  const corps: Buffer[] = [];
  let position = entete.length;
  tables.forEach((t, i) => {
    const p = 12 + 16 * i;
    entete.write(t.tag, p, "latin1");
    entete.writeUInt32BE(t.somme, p + 4);
    entete.writeUInt32BE(position, p + 8);
    entete.writeUInt32BE(t.donnees.length, p + 12);
    const bourrage = Buffer.alloc((4 - (t.donnees.length % 4)) % 4);
    corps.push(t.donnees, bourrage);
    position += t.donnees.length + bourrage.length;
  });
  return Buffer.concat([entete, ...corps]);
}

let cache: { texte: string | Buffer; gras: string | Buffer } | undefined;

/** Marianne (normale et grasse) si les fichiers du DSFR sont là ; sinon Helvetica, standard du PDF. */
export function policesRecepisse(): { texte: string | Buffer; gras: string | Buffer } {
  if (cache) return cache;
  const normale = path.join(DOSSIER, "Marianne-Regular.woff");
  const grasse = path.join(DOSSIER, "Marianne-Bold.woff");
  try {
    if (existsSync(normale) && existsSync(grasse)) {
      cache = { texte: woffVersOpenType(readFileSync(normale)), gras: woffVersOpenType(readFileSync(grasse)) };
      return cache;
    }
  } catch (erreur) {
    console.error("[récépissé] police Marianne illisible, Helvetica à la place :", erreur);
  }
  cache = { texte: "Helvetica", gras: "Helvetica-Bold" };
  return cache;
}
