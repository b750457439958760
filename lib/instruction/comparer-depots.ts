// Ce qui a changé d'un dépôt à l'autre (issue 11) : champ par champ, sur le contenu signable tel
// qu'il a été déposé (`Depot.contenu`), avec les libellés de la liste unique des champs (champs.ts)
// et des sections (libelles-sections.ts) ; pièces ajoutées, remplacées ou retirées par emplacement.
// Pur : les noms (organisations, communes…) viennent des `References` données par l'appelant.
import { CHAMPS_EN_TETE, champsDe, type References, type ValeurAffichee } from "@/lib/candidatures/champs";
import type { PieceSignee } from "@/lib/candidatures/contenu";
import { LIBELLES_SECTIONS, SECTIONS } from "@/lib/candidatures/libelles-sections";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import type { TypePiece } from "@/lib/generated/prisma/enums";

export type ChampModifie = { cle: string; section: string; libelle: string; avant: ValeurAffichee; apres: ValeurAffichee };

export type PieceModifiee = {
  changement: "ajoutee" | "remplacee" | "retiree";
  type: TypePiece;
  libelleType: string;
  avant: { nomFichier: string; version: number } | null;
  apres: { nomFichier: string; version: number } | null;
};

export type ComparaisonDepots = { champs: ChampModifie[]; pieces: PieceModifiee[]; aucunChangement: boolean };

/** Un contenu déposé, lu tel quel (JSON) : tous ses champs sont facultatifs pour un dépôt ancien. */
export type ContenuDepose = Record<string, unknown> & { pieces?: PieceSignee[] };

type Definition = { libelle: string; ensemble?: true; afficher: (v: never, r: References) => ValeurAffichee };

const DEFINITIONS: { cle: string; section: string; d: Definition }[] = [
  ...Object.entries(CHAMPS_EN_TETE).map(([cle, d]) => ({ cle, section: "Candidature", d: d as Definition })),
  ...SECTIONS.flatMap((s) => champsDe(s).map(([cle, d]) => ({ cle, section: LIBELLES_SECTIONS[s], d: d as Definition }))),
];

// Champ absent d'un dépôt plus ancien que ce champ.
const ABSENT: ValeurAffichee = { type: "vide", texte: "Non renseigné." };

/** JSON aux clés triées : PostgreSQL (jsonb) ne garde pas l'ordre des clés d'un objet. */
function canonique(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonique).join(",")}]`;
  if (v !== null && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonique((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

const normaliser = (v: unknown, ensemble?: true) => canonique(ensemble && Array.isArray(v) ? [...(v as string[])].sort() : v);

function comparerPieces(avant: PieceSignee[], apres: PieceSignee[]): PieceModifiee[] {
  const parEmplacement = (liste: PieceSignee[]) => new Map(liste.map((p) => [p.emplacement, p]));
  const a = parEmplacement(avant);
  const b = parEmplacement(apres);
  const resume = (p: PieceSignee | undefined) => (p ? { nomFichier: p.nomFichier, version: p.version } : null);
  const resultat: PieceModifiee[] = [];
  for (const emplacement of new Set([...a.keys(), ...b.keys()])) {
    const [pa, pb] = [a.get(emplacement), b.get(emplacement)];
    const changement = !pa ? "ajoutee" : !pb ? "retiree" : pa.sha256 !== pb.sha256 || pa.version !== pb.version ? "remplacee" : null;
    if (!changement) continue;
    const type = (pb ?? pa)!.type;
    resultat.push({ changement, type, libelleType: LIBELLES_PIECES[type], avant: resume(pa), apres: resume(pb) });
  }
  const ordre = { remplacee: 0, ajoutee: 1, retiree: 2 } as const;
  return resultat.sort((x, y) => ordre[x.changement] - ordre[y.changement] || x.libelleType.localeCompare(y.libelleType, "fr"));
}

export function comparerDepots(avant: ContenuDepose, apres: ContenuDepose, references: References): ComparaisonDepots {
  const champs = DEFINITIONS.flatMap(({ cle, section, d }) => {
    if (normaliser(avant[cle], d.ensemble) === normaliser(apres[cle], d.ensemble)) return [];
    const afficher = (v: unknown) => (v === undefined ? ABSENT : (d.afficher as (v: unknown, r: References) => ValeurAffichee)(v, references));
    return [{ cle, section, libelle: d.libelle, avant: afficher(avant[cle]), apres: afficher(apres[cle]) }];
  });
  const pieces = comparerPieces(avant.pieces ?? [], apres.pieces ?? []);
  return { champs, pieces, aucunChangement: champs.length === 0 && pieces.length === 0 };
}
