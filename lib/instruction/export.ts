// Exports CSV et XLSX de la sélection du tableau d'instruction (issue 11, partie 4) : exactement les
// lignes que l'acteur voit avec ces filtres et cette recherche (lib/instruction/selection.ts, droit
// `candidature.tableau`), et des colonnes qui ne disent rien de plus que le tableau et la fiche.
// En flux et en mémoire constante : la sélection est lue par lots de 500 (pagination par clé sur la
// référence, unique), chaque lot écrit dans le flux avant de lire le suivant, et la lecture attend
// que le client ait consommé ce qui précède (contre-pression) ; s'il abandonne, elle s'arrête.
import "server-only";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { AVIS, FORMATS, STATUTS } from "@/components/candidatures/libelles";
import { libelleEvenement, typeEvenementDecision } from "@/lib/audit/evenements";
import type { Client } from "@/lib/autorisations/exiger";
import { decalageParisMinutes } from "@/lib/dates/paris";
import type { Prisma } from "@/lib/generated/prisma/client";

export type FormatExport = "csv" | "xlsx";
export const FORMATS_EXPORT: readonly FormatExport[] = ["csv", "xlsx"];
export const TAILLE_LOT = 500;
/** Au-delà, la motivation d'une décision est coupée : le texte entier reste sur la fiche. */
export const LONGUEUR_MOTIVATION = 200;

export type LigneExport = {
  reference: string;
  format: string;
  statut: string;
  session: string | null;
  collectivite: string;
  siren: string | null;
  codeInsee: string | null;
  departement: string;
  region: string;
  serviceEtat: string;
  creeLe: Date;
  signeeLe: Date | null;
  deposeeLe: Date | null;
  decideeLe: Date | null;
  dureeMois: number | null;
  budgetMateriel: number | null;
  avis: string | null;
  decision: string | null;
};

/** Une colonne d'export : clé de la ligne, titre français, largeur dans le classeur, type de cellule. */
/** `jour` : un jour civil sans heure (colonnes `@db.Date`, à minuit UTC), écrit tel quel. */
export type ColonneExport<L> = { cle: keyof L & string; titre: string; largeur: number; type: "texte" | "date" | "jour" | "entier" };
type Colonne = ColonneExport<LigneExport>;
/** Une ligne exportable : textes, nombres, dates ou vide. */
type Exportable = { [cle: string]: string | number | Date | null };

export const COLONNES_EXPORT: readonly Colonne[] = [
  { cle: "reference", titre: "Référence", largeur: 16, type: "texte" },
  { cle: "format", titre: "Format", largeur: 16, type: "texte" },
  { cle: "statut", titre: "Statut", largeur: 15, type: "texte" },
  { cle: "session", titre: "Session", largeur: 30, type: "texte" },
  { cle: "collectivite", titre: "Collectivité", largeur: 36, type: "texte" },
  { cle: "siren", titre: "SIREN", largeur: 12, type: "texte" },
  { cle: "codeInsee", titre: "Code INSEE", largeur: 11, type: "texte" },
  { cle: "departement", titre: "Département", largeur: 26, type: "texte" },
  { cle: "region", titre: "Région", largeur: 26, type: "texte" },
  { cle: "serviceEtat", titre: "Service de l'État", largeur: 36, type: "texte" },
  { cle: "creeLe", titre: "Créée le", largeur: 17, type: "date" },
  { cle: "signeeLe", titre: "Signée le", largeur: 17, type: "date" },
  { cle: "deposeeLe", titre: "Déposée le", largeur: 17, type: "date" },
  { cle: "decideeLe", titre: "Décidée le", largeur: 17, type: "date" },
  { cle: "dureeMois", titre: "Durée prévue (mois)", largeur: 12, type: "entier" },
  { cle: "budgetMateriel", titre: "Budget matériel (€)", largeur: 14, type: "entier" },
  { cle: "avis", titre: "Avis du service de l'État", largeur: 40, type: "texte" },
  { cle: "decision", titre: "Décision", largeur: 60, type: "texte" },
];

// Seules les colonnes exportées sont lues ; signatures et décisions sont chargées par lot (IN).
const SELECTION = {
  reference: true,
  format: true,
  statut: true,
  codeDepartement: true,
  codeRegion: true,
  hashContenu: true,
  creeLe: true,
  deposeeLe: true,
  decideeLe: true,
  dureeMois: true,
  budgetMaterielEuros: true,
  session: { select: { theme: true } },
  collectivitePrincipale: { select: { nom: true, siren: true, codeInsee: true } },
  serviceEtat: { select: { nom: true } },
  signatures: { where: { invalideeLe: null }, select: { partie: true, hashContenu: true, signeeLe: true, avis: true, avisTexte: true } },
  decisions: { orderBy: { decideeLe: "desc" }, take: 1, select: { type: true, motivation: true } },
} satisfies Prisma.CandidatureSelect;

type Lue = Prisma.CandidatureGetPayload<{ select: typeof SELECTION }>;

function court(texte: string, max: number): string {
  const plat = texte.replace(/\s+/g, " ").trim();
  return plat.length > max ? `${plat.slice(0, max - 1).trimEnd()}…` : plat;
}

function ligne(c: Lue, noms: { departements: Map<string, string>; regions: Map<string, string> }): LigneExport {
  // Signée le : quand les deux parties ont une signature valide sur le contenu actuel, la dernière.
  const valides = c.signatures.filter((s) => s.hashContenu === c.hashContenu).sort((a, b) => a.signeeLe.getTime() - b.signeeLe.getTime());
  const etat = valides.filter((s) => s.partie === "etat").at(-1);
  const signeeLe = etat && valides.some((s) => s.partie === "collectivite") ? valides.at(-1)!.signeeLe : null;
  const decision = c.decisions[0];
  const libelleDecision = decision && libelleEvenement(typeEvenementDecision(decision.type));
  const nomDepartement = noms.departements.get(c.codeDepartement);
  const nomRegion = noms.regions.get(c.codeRegion);
  return {
    reference: c.reference,
    format: FORMATS[c.format],
    statut: STATUTS[c.statut].libelle,
    session: c.session?.theme ?? null,
    collectivite: c.collectivitePrincipale.nom,
    siren: c.collectivitePrincipale.siren,
    codeInsee: c.collectivitePrincipale.codeInsee,
    departement: nomDepartement ? `${c.codeDepartement} — ${nomDepartement}` : c.codeDepartement,
    region: nomRegion ?? c.codeRegion,
    serviceEtat: c.serviceEtat.nom,
    creeLe: c.creeLe,
    signeeLe,
    deposeeLe: c.deposeeLe,
    decideeLe: c.decideeLe,
    dureeMois: c.dureeMois,
    budgetMateriel: c.budgetMaterielEuros,
    avis: etat?.avis ? `${AVIS[etat.avis]}${etat.avisTexte ? ` : ${court(etat.avisTexte, LONGUEUR_MOTIVATION)}` : ""}` : null,
    decision: libelleDecision
      ? decision.motivation.trim()
        ? `${libelleDecision} — ${court(decision.motivation, LONGUEUR_MOTIVATION)}`
        : libelleDecision
      : null,
  };
}

/** Les lignes de la sélection, par lots, dans l'ordre des références (client passé : ce module se teste sans base). */
export async function* lotsExport(client: Client, where: Prisma.CandidatureWhereInput): AsyncGenerator<LigneExport[]> {
  const [departements, regions] = await Promise.all([
    client.departement.findMany({ select: { code: true, nom: true } }),
    client.region.findMany({ select: { code: true, nom: true } }),
  ]);
  const noms = { departements: new Map(departements.map((d) => [d.code, d.nom])), regions: new Map(regions.map((r) => [r.code, r.nom])) };
  let apres: string | null = null;
  for (;;) {
    const lot: Lue[] = await client.candidature.findMany({
      where: apres === null ? where : { AND: [where, { reference: { gt: apres } }] },
      orderBy: { reference: "asc" },
      take: TAILLE_LOT,
      select: SELECTION,
    });
    if (lot.length > 0) yield lot.map((c) => ligne(c, noms));
    if (lot.length < TAILLE_LOT) return;
    apres = lot.at(-1)!.reference;
  }
}

// ─── Mise en forme ─────────────────────────────────────────────────────────────────────────────

const DATE_HEURE_PARIS = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });

/** « 31/03/2027 14:32 » à l'heure de Paris : ce qu'un tableur français reconnaît comme date. */
export function dateCsv(date: Date): string {
  return DATE_HEURE_PARIS.format(date).replace(",", "");
}

/** « 31/03/2027 » : un jour civil stocké à minuit UTC, sans conversion de fuseau. */
export function jourCsv(jour: Date): string {
  return jour.toISOString().slice(0, 10).split("-").reverse().join("/");
}

/**
 * Un tableur exécute une cellule qui commence par = + - @ (ou tabulation, retour chariot) comme une
 * formule : un texte saisi par un porteur ne doit jamais l'être (injection de formule, OWASP).
 */
export function texteCsv(texte: string): string {
  return /^[=+\-@\t\r]/.test(texte) ? `'${texte}` : texte;
}

function valeurCsv<L extends Exportable>(colonne: ColonneExport<L>, l: L): string {
  const v = l[colonne.cle];
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return colonne.type === "jour" ? jourCsv(v) : dateCsv(v);
  if (typeof v === "number") return String(v);
  return texteCsv(v);
}

/** L'heure de Paris écrite comme une heure UTC : un classeur n'a pas de fuseau, il affiche ce qu'il lit. */
export function dateXlsx(date: Date): Date {
  return new Date(date.getTime() + decalageParisMinutes(date) * 60_000);
}

// ─── Écriture en flux ──────────────────────────────────────────────────────────────────────────

/**
 * Attend que le flux se vide (le client a lu) ; rend faux si le flux est fermé (client parti).
 * Laisse d'abord tourner la boucle d'événements : la compression du XLSX écrit de façon asynchrone.
 */
async function attendreVidage(flux: Writable): Promise<boolean> {
  await new Promise((suite) => setImmediate(suite));
  if (flux.destroyed) return false;
  if (!flux.writableNeedDrain) return true;
  await Promise.race([once(flux, "drain"), once(flux, "close")]).catch(() => undefined);
  return !flux.destroyed;
}

export type BilanExport = { lignes: number };

/** Écrit le CSV (UTF-8 avec BOM, « ; », CRLF) dans `sortie`, puis la ferme. */
export function ecrireCsv(lots: AsyncIterable<LigneExport[]>, sortie: Writable): Promise<BilanExport> {
  return ecrireCsvColonnes(COLONNES_EXPORT, lots, sortie);
}

/** Écrit le classeur (feuille « Candidatures », en-tête en gras et figé, vraies dates) dans `sortie`. */
export function ecrireXlsx(lots: AsyncIterable<LigneExport[]>, sortie: Writable): Promise<BilanExport> {
  return ecrireXlsxColonnes(COLONNES_EXPORT, "Candidatures", lots, sortie);
}

/** Le CSV de n'importe quelles lignes (les ateliers aussi) : mêmes règles, cellules neutralisées. */
export async function ecrireCsvColonnes<L extends Exportable>(
  colonnes: readonly ColonneExport<L>[],
  lots: AsyncIterable<L[]>,
  sortie: Writable,
): Promise<BilanExport> {
  const csv = stringify({
    bom: true,
    delimiter: ";",
    record_delimiter: "\r\n",
    // Avec CRLF, csv-stringify laisse un « \n » seul sans guillemets : le tableur couperait la ligne.
    quoted_match: /[\r\n]/,
    header: true,
    columns: colonnes.map((c) => c.titre),
  });
  csv.pipe(sortie);
  let lignes = 0;
  for await (const lot of lots) {
    for (const l of lot) csv.write(colonnes.map((c) => valeurCsv(c, l)));
    lignes += lot.length;
    if (!(await attendreVidage(csv)) || !(await attendreVidage(sortie))) break;
  }
  csv.end();
  return { lignes };
}

/** Le classeur de n'importe quelles lignes : une feuille `nomFeuille`, en-tête en gras et figé, vraies dates. */
export async function ecrireXlsxColonnes<L extends Exportable>(
  colonnes: readonly ColonneExport<L>[],
  nomFeuille: string,
  lots: AsyncIterable<L[]>,
  sortie: Writable,
): Promise<BilanExport> {
  const classeur = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sortie, useStyles: true, useSharedStrings: false });
  classeur.creator = "Ateliers des territoires — DGALN";
  const feuille = classeur.addWorksheet(nomFeuille, { views: [{ state: "frozen", ySplit: 1 }] });
  feuille.columns = colonnes.map((c) => ({
    header: c.titre,
    key: c.cle,
    width: c.largeur,
    ...(c.type === "date" && { style: { numFmt: "dd/mm/yyyy hh:mm" } }),
    ...(c.type === "jour" && { style: { numFmt: "dd/mm/yyyy" } }),
  }));
  feuille.getRow(1).font = { bold: true };
  feuille.getRow(1).commit();
  let lignes = 0;
  for await (const lot of lots) {
    for (const l of lot) {
      feuille.addRow(colonnes.map((c) => {
        const v = l[c.cle];
        // Un jour civil est déjà à minuit UTC : le décaler à l'heure de Paris le ferait changer d'heure.
        return v instanceof Date && c.type !== "jour" ? dateXlsx(v) : v;
      })).commit();
    }
    lignes += lot.length;
    // Client parti : rien de plus à écrire, pas même la fin du classeur.
    if (!(await attendreVidage(sortie))) return { lignes };
  }
  feuille.commit();
  await classeur.commit();
  return { lignes };
}

/** `candidatures-2027-03-31.csv` (jour de Paris). */
export function nomFichierExport(format: FormatExport, maintenant = new Date()): string {
  const jour = new Intl.DateTimeFormat("fr-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(maintenant);
  return `candidatures-${jour}.${format}`;
}
