import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfDemonstration } from "./pdf-demo";
import { MESSAGE_TYPE_REFUSE, TAILLE_MAX_OCTETS, verifierFichier } from "./type-fichier";

// Un PNG de 1 × 1 pixel et un JPEG JFIF de 1 × 1 pixel (codage arithmétique, 125 octets), complets.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=",
  "base64",
);

type EntreeZip = { nom: string; contenu: string; compresser?: boolean };

/** Un vrai conteneur ZIP (en-têtes locaux, répertoire central, fin), comme en écrivent LibreOffice et Word. */
function zip(entrees: EntreeZip[]): Buffer {
  const locaux: Buffer[] = [];
  const centraux: Buffer[] = [];
  let position = 0;
  for (const { nom, contenu, compresser = true } of entrees) {
    const brut = Buffer.from(contenu);
    const donnees = compresser ? deflateRawSync(brut) : brut;
    const nomOctets = Buffer.from(nom);
    const champs = (en: Buffer, debut: number) => {
      en.writeUInt16LE(compresser ? 8 : 0, debut);
      en.writeUInt32LE(crc32(brut), debut + 6);
      en.writeUInt32LE(donnees.length, debut + 10);
      en.writeUInt32LE(brut.length, debut + 14);
      en.writeUInt16LE(nomOctets.length, debut + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    champs(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    champs(central, 10);
    central.writeUInt32LE(position, 42);
    locaux.push(local, nomOctets, donnees);
    centraux.push(central, nomOctets);
    position += local.length + nomOctets.length + donnees.length;
  }
  const repertoire = Buffer.concat(centraux);
  const fin = Buffer.alloc(22);
  fin.writeUInt32LE(0x06054b50, 0);
  fin.writeUInt16LE(entrees.length, 8);
  fin.writeUInt16LE(entrees.length, 10);
  fin.writeUInt32LE(repertoire.length, 12);
  fin.writeUInt32LE(position, 16);
  return Buffer.concat([...locaux, repertoire, fin]);
}

const MIME_ODT = "application/vnd.oasis.opendocument.text";
const XML = '<?xml version="1.0" encoding="UTF-8"?><racine/>';
const odt = (mimetype = MIME_ODT, compresser = false) =>
  zip([
    { nom: "mimetype", contenu: mimetype, compresser },
    { nom: "content.xml", contenu: XML },
    { nom: "META-INF/manifest.xml", contenu: XML },
  ]);
const docx = (...autres: EntreeZip[]) =>
  zip([
    { nom: "[Content_Types].xml", contenu: XML },
    { nom: "_rels/.rels", contenu: XML },
    { nom: "word/document.xml", contenu: XML },
    ...autres,
  ]);

describe("R8 — type reconnu par le contenu", () => {
  it.each([
    ["un PDF", pdfDemonstration(["Note d'opportunité"]), "application/pdf", "pdf"],
    ["un PNG", PNG, "image/png", "png"],
    ["un JPEG", JPEG, "image/jpeg", "jpg"],
    ["un ODT", odt(), MIME_ODT, "odt"],
    ["un DOCX", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  ])("reconnaît %s", (_, contenu, typeMime, extension) => {
    expect(verifierFichier(contenu)).toEqual({ ok: true, typeMime, extension });
  });

  it("reconnaît un PNG nommé « rapport.pdf » comme un PNG : le nom n'est jamais lu", () => {
    const fichier = { nom: "rapport.pdf", contenu: PNG };
    expect(verifierFichier(fichier.contenu)).toMatchObject({ ok: true, extension: "png" });
  });

  it("refuse un exécutable Windows renommé en « note.pdf »", () => {
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120), Buffer.from("PE\0\0", "latin1")]);
    expect(verifierFichier(exe)).toEqual({ ok: false, code: "R8_TYPE", message: MESSAGE_TYPE_REFUSE });
  });

  it("refuse un fichier texte et un fichier qui ne contient le marqueur PDF qu'après le début", () => {
    expect(verifierFichier(Buffer.from("Bonjour, voici la note.")).ok).toBe(false);
    expect(verifierFichier(Buffer.from("xx%PDF-1.4")).ok).toBe(false);
  });

  it.each([
    ["un ZIP ordinaire", zip([{ nom: "note.txt", contenu: "texte" }])],
    ["un tableur ODS", zip([{ nom: "mimetype", contenu: "application/vnd.oasis.opendocument.spreadsheet", compresser: false }, { nom: "content.xml", contenu: XML }])],
    ["un modèle OTT", odt("application/vnd.oasis.opendocument.text-template")],
    ["un ODT dont le mimetype est compressé", odt(MIME_ODT, true)],
    ["un ODT sans content.xml", zip([{ nom: "mimetype", contenu: MIME_ODT, compresser: false }])],
    ["un ODT dont le mimetype n'est pas la première entrée", zip([{ nom: "content.xml", contenu: XML }, { nom: "mimetype", contenu: MIME_ODT, compresser: false }])],
    ["un paquet OOXML sans partie word/ (tableur XLSX)", zip([{ nom: "[Content_Types].xml", contenu: XML }, { nom: "xl/workbook.xml", contenu: XML }])],
    ["un ZIP tronqué", docx().subarray(0, 60)],
    ["un en-tête ZIP seul", Buffer.from("PK\x03\x04", "latin1")],
  ])("refuse %s, ni ODT ni DOCX", (_, contenu) => {
    expect(verifierFichier(contenu)).toEqual({ ok: false, code: "R8_TYPE", message: MESSAGE_TYPE_REFUSE });
  });

  it("refuse un document Word qui contient des macros", () => {
    const resultat = verifierFichier(docx({ nom: "word/vbaProject.bin", contenu: "macro" }));
    expect(resultat).toMatchObject({ ok: false, code: "R8_MACROS" });
  });

  it("explique le refus en français", () => {
    expect(MESSAGE_TYPE_REFUSE).toBe(
      "Ce fichier n'est pas d'un type accepté (PDF, ODT, DOCX, PNG ou JPEG) : son contenu ne correspond à aucun de ces formats.",
    );
  });
});

describe("R8 — taille", () => {
  const pdfDeTaille = (octets: number) => {
    const contenu = Buffer.alloc(octets, 0x20);
    contenu.write("%PDF-1.7\n", 0, "latin1");
    return contenu;
  };

  it("accepte exactement 20 Mo", () => {
    expect(verifierFichier(pdfDeTaille(TAILLE_MAX_OCTETS))).toMatchObject({ ok: true, extension: "pdf" });
  });

  it("refuse 20 Mo et 1 octet, sans afficher « 20,0 Mo »", () => {
    expect(TAILLE_MAX_OCTETS).toBe(20 * 1024 * 1024);
    expect(verifierFichier(pdfDeTaille(TAILLE_MAX_OCTETS + 1))).toEqual({
      ok: false,
      code: "R8_TAILLE",
      message: "Ce fichier dépasse 20\u00a0Mo (il fait 20,1\u00a0Mo).",
    });
  });

  it("donne la taille réelle d'un fichier trop gros", () => {
    const resultat = verifierFichier(pdfDeTaille(Math.round(23.4 * 1024 * 1024)));
    expect(resultat).toMatchObject({ ok: false, message: "Ce fichier dépasse 20\u00a0Mo (il fait 23,4\u00a0Mo)." });
  });

  it("refuse un fichier vide", () => {
    expect(verifierFichier(new Uint8Array(0))).toEqual({
      ok: false,
      code: "R8_FICHIER_VIDE",
      message: "Ce fichier est vide : choisissez le document à joindre.",
    });
  });

  it("lit un contenu qui n'occupe qu'une partie de son tampon", () => {
    const tampon = Buffer.concat([Buffer.from("prefixe"), odt()]);
    expect(verifierFichier(tampon.subarray(7))).toMatchObject({ ok: true, extension: "odt" });
  });
});
