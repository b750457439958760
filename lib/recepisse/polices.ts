// Polices du récépissé. Marianne (fichiers WOFF du DSFR) pour le texte ; DejaVu Sans (paquet
// dejavu-fonts-ttf, licence Bitstream Vera, modifications dans le domaine public) en secours pour les
// caractères que Marianne n'a pas : grec, cyrillique, arabe, hébreu, symboles… (issue 9, point 14).
// Mesure : avec les tables de mise en forme OpenType (GSUB, GPOS), fontkit passe 60 à 500 ms par
// document à les analyser ; sans elles, quelques millisecondes. Marianne n'en a pas besoin (ni
// ligatures ni crénage) ; DejaVu garde GSUB, sans quoi l'arabe s'afficherait en lettres isolées.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import * as fontkit from "fontkit";
import { journal } from "@/lib/journalisation/logger";

const DOSSIER_MARIANNE = path.join(process.cwd(), "node_modules/@codegouvfr/react-dsfr/dsfr/fonts");
const DOSSIER_DEJAVU = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");

type Table = { tag: string; somme: number; donnees: Buffer };

/** Tables d'une police WOFF 1.0 (W3C, §5 : tables compressées par zlib) ou OpenType (sfnt). */
function lireTables(police: Buffer): { version: number; tables: Table[] } {
  const woff = police.toString("latin1", 0, 4) === "wOFF";
  const [debut, pas] = woff ? [44, 20] : [12, 16];
  const tables: Table[] = [];
  for (let i = 0; i < police.readUInt16BE(woff ? 12 : 4); i++) {
    const p = debut + i * pas;
    const tag = police.toString("latin1", p, p + 4);
    if (woff) {
      const [position, compressee, originale] = [police.readUInt32BE(p + 4), police.readUInt32BE(p + 8), police.readUInt32BE(p + 12)];
      const brut = police.subarray(position, position + compressee);
      tables.push({ tag, somme: police.readUInt32BE(p + 16), donnees: compressee < originale ? inflateSync(brut) : brut });
    } else {
      const [somme, position, longueur] = [police.readUInt32BE(p + 4), police.readUInt32BE(p + 8), police.readUInt32BE(p + 12)];
      tables.push({ tag, somme, donnees: police.subarray(position, position + longueur) });
    }
  }
  return { version: police.readUInt32BE(woff ? 4 : 0), tables };
}

/** Police OpenType (sfnt) tirée d'un WOFF ou d'un TTF, sans les tables exclues. */
export function allegerPolice(police: Buffer, exclues: ReadonlySet<string>): Buffer {
  if (!["wOFF", "\0\x01\0\0", "true", "OTTO"].includes(police.toString("latin1", 0, 4))) throw new Error("Ce fichier n'est pas une police WOFF ou OpenType.");
  const { version, tables: toutes } = lireTables(police);
  const tables = toutes.filter((t) => !exclues.has(t.tag)).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const selecteur = Math.floor(Math.log2(n));
  const plage = 2 ** selecteur * 16;
  const entete = Buffer.alloc(12 + 16 * n);
  entete.writeUInt32BE(version, 0);
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

/** `ascendant` en millièmes de la taille : sert à poser le texte de secours sur la même ligne de base. */
export type PoliceRecepisse = { donnees: Buffer; couvre: (codePoint: number) => boolean; ascendant: number };
export type PolicesRecepisse = Record<"texte" | "gras" | "secours" | "secoursGras", PoliceRecepisse>;

function police(fichier: string, exclues: ReadonlySet<string>): PoliceRecepisse {
  const donnees = allegerPolice(readFileSync(fichier), exclues);
  const lue = fontkit.create(donnees);
  if (!("hasGlyphForCodePoint" in lue)) throw new Error(`Police inattendue : ${fichier}`);
  return { donnees, couvre: (codePoint) => lue.hasGlyphForCodePoint(codePoint), ascendant: (lue.ascent / lue.unitsPerEm) * 1000 };
}

let cache: PolicesRecepisse | undefined;

/** Marianne (normale et grasse) si les fichiers du DSFR sont là, sinon DejaVu Sans ; DejaVu Sans en secours. */
export function policesRecepisse(): PolicesRecepisse {
  if (cache) return cache;
  const sansMiseEnForme = new Set(["GSUB", "GPOS", "GDEF", "DSIG"]);
  const sansPositionnement = new Set(["GPOS", "DSIG"]);
  const secours = police(path.join(DOSSIER_DEJAVU, "DejaVuSans.ttf"), sansPositionnement);
  const secoursGras = police(path.join(DOSSIER_DEJAVU, "DejaVuSans-Bold.ttf"), sansPositionnement);
  const normale = path.join(DOSSIER_MARIANNE, "Marianne-Regular.woff");
  const grasse = path.join(DOSSIER_MARIANNE, "Marianne-Bold.woff");
  let principales = { texte: secours, gras: secoursGras };
  try {
    if (existsSync(normale) && existsSync(grasse)) principales = { texte: police(normale, sansMiseEnForme), gras: police(grasse, sansMiseEnForme) };
  } catch (erreur) {
    journal.warn({ erreur }, "récépissé : police Marianne illisible, DejaVu Sans à la place");
  }
  cache = { ...principales, secours, secoursGras };
  return cache;
}
