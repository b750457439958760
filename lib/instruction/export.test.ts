// Écriture des exports sans base : CSV tel qu'un tableur français l'ouvre (BOM, « ; », CRLF, dates
// de Paris, accents, guillemets, pas de formule), XLSX relu avec exceljs (en-tête en gras et figé,
// vraies dates), contre-pression et client parti.
import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COLONNES_EXPORT, dateCsv, ecrireCsv, ecrireXlsx, nomFichierExport, texteCsv, type LigneExport } from "./export";

const base: LigneExport = {
  reference: "ADT-2026-00001",
  format: "Atelier flash",
  statut: "Déposée",
  session: null,
  collectivite: "Andouillé",
  siren: "215300047",
  codeInsee: "53004",
  departement: "53 — Mayenne",
  region: "Pays de la Loire",
  serviceEtat: "DDT de la Mayenne",
  creeLe: new Date("2027-01-15T09:05:00Z"),
  signeeLe: new Date("2027-07-01T21:30:00Z"),
  deposeeLe: null,
  decideeLe: null,
  dureeMois: 4,
  budgetMateriel: 2500,
  avis: "Avis réservé : préciser « le calendrier »; merci",
  decision: null,
};

async function* lots(lignes: LigneExport[], taille = 2) {
  for (let i = 0; i < lignes.length; i += taille) yield lignes.slice(i, i + taille);
}

async function lire(ecrire: (sortie: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const sortie = new PassThrough();
  const morceaux: Buffer[] = [];
  sortie.on("data", (m: Buffer) => morceaux.push(m));
  const fin = new Promise((ok) => sortie.on("end", ok));
  await ecrire(sortie);
  await fin;
  return Buffer.concat(morceaux);
}

describe("export CSV", () => {
  it("s'ouvre dans un tableur français : BOM, point-virgule, CRLF, dates de Paris, accents et guillemets intacts", async () => {
    const lignes = [base, { ...base, reference: "ADT-2026-00002", collectivite: "Saint-Gâvre\nsur-Mer", session: "Session « Littoral »", signeeLe: null, avis: null }];
    const octets = await lire((s) => ecrireCsv(lots(lignes), s));
    expect([...octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const texte = octets.subarray(3).toString("utf8");
    const [entete, premiere] = texte.split("\r\n");
    expect(entete).toBe(COLONNES_EXPORT.map((c) => c.titre).join(";"));
    expect(entete).toContain("Référence;Format;Statut;Session;Collectivité;SIREN;Code INSEE;Département;Région;Service de l'État;Créée le");
    expect(premiere).toBe(
      'ADT-2026-00001;Atelier flash;Déposée;;Andouillé;215300047;53004;53 — Mayenne;Pays de la Loire;DDT de la Mayenne;15/01/2027 10:05;01/07/2027 23:30;;;4;2500;"Avis réservé : préciser « le calendrier »; merci";',
    );
    // Le retour à la ligne d'un nom reste dans sa cellule (entre guillemets) : deux lignes de données.
    expect(texte).toContain('"Saint-Gâvre\nsur-Mer"');
    expect(texte.endsWith("\r\n")).toBe(true);
    expect(texte.split("\r\n").filter(Boolean)).toHaveLength(3);
  });

  it("n'écrit jamais une formule : un texte qui commence par = + - @ est précédé d'une apostrophe", () => {
    expect(texteCsv("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(texteCsv("+33 1")).toBe("'+33 1");
    expect(texteCsv("-1")).toBe("'-1");
    expect(texteCsv("@SOMME")).toBe("'@SOMME");
    expect(texteCsv("Andouillé")).toBe("Andouillé");
  });

  it("écrit les dates à l'heure de Paris, été comme hiver", () => {
    expect(dateCsv(new Date("2027-01-01T00:30:00Z"))).toBe("01/01/2027 01:30");
    expect(dateCsv(new Date("2027-07-14T22:15:00Z"))).toBe("15/07/2027 00:15");
  });

  it("nomme le fichier du jour de Paris", () => {
    expect(nomFichierExport("csv", new Date("2027-03-31T22:30:00Z"))).toBe("candidatures-2027-04-01.csv");
    expect(nomFichierExport("xlsx", new Date("2027-03-31T12:00:00Z"))).toBe("candidatures-2027-03-31.xlsx");
  });

  it("attend que le client lise avant de demander le lot suivant, et s'arrête s'il part", async () => {
    let lus = 0;
    async function* beaucoup() {
      for (let i = 0; i < 1000; i++) {
        lus += 1;
        yield Array.from({ length: 50 }, (_, j) => ({ ...base, reference: `ADT-${i}-${j}` }));
      }
    }
    const sortie = new PassThrough({ highWaterMark: 16 * 1024 });
    const ecriture = ecrireCsv(beaucoup(), sortie);
    // Personne ne lit : l'écriture s'arrête vite sur la contre-pression.
    await new Promise((ok) => setTimeout(ok, 100));
    expect(lus).toBeLessThan(10);
    sortie.destroy();
    const { lignes } = await ecriture;
    expect(lignes).toBeLessThan(500);
    expect(lus).toBeLessThan(10);
  });
});

describe("export XLSX", () => {
  it("se relit avec exceljs : en-tête en gras et figé, une ligne par candidature, vraies dates, nombres, accents", async () => {
    const lignes = [base, { ...base, reference: "ADT-2026-00002", collectivite: "Évron", dureeMois: null, creeLe: new Date("2027-07-14T22:15:00Z") }];
    const octets = await lire((s) => ecrireXlsx(lots(lignes, 1), s));
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(octets as unknown as ArrayBuffer);
    const feuille = classeur.getWorksheet("Candidatures")!;
    expect(feuille.rowCount).toBe(3);
    expect(feuille.getRow(1).values).toEqual([undefined, ...COLONNES_EXPORT.map((c) => c.titre)]);
    expect(feuille.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(feuille.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(feuille.getColumn(5).width).toBe(36);
    const l2 = feuille.getRow(2);
    expect(l2.getCell(1).value).toBe("ADT-2026-00001");
    expect(l2.getCell(5).value).toBe("Andouillé");
    // 10 h 05 à Paris, écrit comme tel : le classeur n'a pas de fuseau.
    expect(l2.getCell(11).value).toEqual(new Date("2027-01-15T10:05:00Z"));
    expect(l2.getCell(11).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(l2.getCell(15).value).toBe(4);
    expect(l2.getCell(16).value).toBe(2500);
    const l3 = feuille.getRow(3);
    expect(l3.getCell(5).value).toBe("Évron");
    expect(l3.getCell(11).value).toEqual(new Date("2027-07-15T00:15:00Z"));
    expect(l3.getCell(15).value).toBeNull();
  });

  it("s'arrête sans écrire la fin du classeur quand le client part", async () => {
    async function* sansFin() {
      for (let i = 0; ; i++) yield Array.from({ length: 200 }, (_, j) => ({ ...base, reference: `ADT-${i}-${j}` }));
    }
    const sortie = new Writable({ highWaterMark: 1024, write: (_m, _e, suite) => setTimeout(suite, 5) });
    const ecriture = ecrireXlsx(sansFin(), sortie);
    await new Promise((ok) => setTimeout(ok, 200));
    sortie.destroy();
    const { lignes } = await ecriture;
    expect(lignes).toBeGreaterThan(0);
  });
});
