// Ce que partagent les documents PDF de l'application (récépissé de dépôt, lettres de décision) :
// A4, polices Marianne et DejaVu (polices.ts), flux non compressés et dates fixées (document
// reproductible, texte vérifiable dans les tests : texte-pdf.ts), écriture d'un texte saisi morceau
// par morceau dans la police qui a ses caractères (morceaux.ts), bloc « République française » et
// pied de page numéroté.
import PDFDocument from "pdfkit";
import { decouperParPolice } from "./morceaux";
import { policesRecepisse } from "./polices";

export const BLEU_FRANCE = "#000091";
export const GRIS = "#3a3a3a";

export type Graisse = "texte" | "gras";
const SECOURS: Record<Graisse, "secours" | "secoursGras"> = { texte: "secours", gras: "secoursGras" };

/** Espaces insécables (fines) des formats français → espace simple : présentes dans toute police. */
export const net = (texte: string) => texte.replace(/[\u00a0\u202f]/g, " ");

export type DocumentPdf = {
  doc: PDFKit.PDFDocument;
  /** Largeur utile de la page. */
  largeur: number;
  /** Écrit un texte saisi : chaque morceau dans la police qui a ses caractères, puis revient à la principale. */
  ecrire: (t: string, graisse: Graisse, taille: number, options?: PDFKit.Mixins.TextOptions) => void;
  /** Nombre de graphèmes qu'aucune police n'a pu écrire (remplacés par « □ »). */
  remplaces: () => number;
  /** Numérote les pages (« <référence> — page i sur n »), ferme le document et rend ses octets. */
  terminer: (reference: string) => Promise<Buffer>;
};

export function creerDocumentPdf(info: { titre: string; sujet: string; date: Date }): DocumentPdf {
  const polices = policesRecepisse();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    compress: false,
    bufferPages: true,
    // Police par défaut du document : sans elle, pdfkit analyserait Helvetica à chaque document.
    // pdfkit accepte un Buffer (son typage ne déclare que le nom).
    font: polices.texte.donnees as unknown as string,
    lang: "fr-FR",
    info: { Title: info.titre, Author: "DGALN — Ateliers des territoires", Subject: info.sujet, CreationDate: info.date, ModDate: info.date },
  });
  for (const nom of ["texte", "gras", "secours", "secoursGras"] as const) doc.registerFont(nom, polices[nom].donnees);
  const morceaux: Buffer[] = [];
  doc.on("data", (m: Buffer) => morceaux.push(m));
  const fini = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(morceaux)));
    doc.on("error", reject);
  });

  const largeur = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  let remplaces = 0;
  const ecrire: DocumentPdf["ecrire"] = (t, graisse, taille, options = {}) => {
    doc.fontSize(taille);
    // pdfkit pose chaque morceau sous le haut de la ligne selon l'ascendant de SA police : le secours
    // reçoit celui de la police principale, pour que tous partagent la même ligne de base.
    const ligneDeBase = -(polices[graisse].ascendant / 1000) * taille;
    const decoupe = decouperParPolice(net(t), { principale: polices[graisse].couvre, secours: polices[SECOURS[graisse]].couvre });
    remplaces += decoupe.remplaces;
    if (decoupe.morceaux.length === 0) doc.font(graisse).text("", options);
    decoupe.morceaux.forEach((m, i) => {
      const suite = i < decoupe.morceaux.length - 1 || options.continued === true;
      if (m.police === "principale") doc.font(graisse).text(m.texte, { ...options, continued: suite });
      else doc.font(SECOURS[graisse]).text(m.texte, { ...options, continued: suite, baseline: ligneDeBase });
    });
    doc.font(graisse);
  };

  const terminer = (reference: string) => {
    const pages = doc.bufferedPageRange();
    for (let i = 0; i < pages.count; i++) {
      doc.switchToPage(pages.start + i);
      // Pied de page dans la marge basse : sans marge le temps de l'écrire, pour ne pas ouvrir de page.
      const marge = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font("texte").fontSize(8).fillColor(GRIS);
      doc.text(net(`${reference} — page ${i + 1} sur ${pages.count}`), doc.page.margins.left, doc.page.height - 40, { width: largeur, align: "right" });
      doc.page.margins.bottom = marge;
    }
    doc.end();
    return fini;
  };

  return { doc, largeur, ecrire, remplaces: () => remplaces, terminer };
}

/** Bloc de l'émetteur, en tête de page : République française, DGALN. */
export function blocRepublique(doc: PDFKit.PDFDocument, lignes: string[] = []): void {
  doc.font("gras").fontSize(9).fillColor(GRIS).text("RÉPUBLIQUE FRANÇAISE");
  for (const l of lignes) doc.font("texte").text(l);
}
