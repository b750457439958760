// Contenu signable d'une candidature (R6) : l'en-tête (format, session, les deux parties), chaque
// champ des sections (liste unique : champs.ts) et les pièces courantes. Une signature est liée à
// son empreinte ; toute modification de ce contenu change l'empreinte et invalide les signatures.
// L'empreinte porte sur un objet à plat aux clés triées (jsonCanonique) : elle ne dépend ni de
// l'ordre de déclaration des champs ni de celui des listes « ensemble » (porteuses, périmètre).
import { createHash } from "node:crypto";
import { jsonCanonique } from "@/lib/audit/journal";
import type { Prisma, TypePiece } from "@/lib/generated/prisma/client";
import { SECTIONS, type Section, type ValeursSection } from "./candidature.schema";
import { enTeteDeLigne, INCLUDE_SECTIONS, normaliserSection, valeursDeLigne, type EnTeteContenu, type LigneSections } from "./champs";

type UnionVersIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Les champs de toutes les sections, à plat (leurs noms sont distincts d'une section à l'autre). */
export type ChampsContenu = UnionVersIntersection<{ [S in Section]: ValeursSection<S> }[Section]>;

export type PieceSignee = { type: TypePiece; emplacement: string; version: number; nomFichier: string; sha256: string };

export type ContenuSignable = EnTeteContenu & ChampsContenu & { pieces: PieceSignee[] };

/** Ce qu'il faut charger avec la candidature pour en construire le contenu signable. */
export const INCLUDE_CONTENU = {
  ...INCLUDE_SECTIONS,
  pieces: {
    where: { courante: true },
    select: { type: true, emplacement: true, version: true, nomFichier: true, fichier: { select: { sha256: true } } },
  },
} as const satisfies Prisma.CandidatureInclude;

type LigneContenu = LigneSections & {
  pieces: { type: TypePiece; emplacement: string; version: number; nomFichier: string; fichier: { sha256: string } }[];
};

/** Le contenu signable d'une ligne lue avec `INCLUDE_CONTENU` (ou plus). */
export function contenuDeLigne(c: LigneContenu): ContenuSignable {
  const sections = valeursDeLigne(c);
  return {
    ...enTeteDeLigne(c),
    ...(Object.assign({}, ...SECTIONS.map((s) => sections[s])) as ChampsContenu),
    pieces: c.pieces.map((p) => ({ type: p.type, emplacement: p.emplacement, version: p.version, nomFichier: p.nomFichier, sha256: p.fichier.sha256 })),
  };
}

export function empreinteContenu(contenu: ContenuSignable): string {
  const sections = SECTIONS.map((s) => normaliserSection(s, contenu as ValeursSection<typeof s>));
  const normalise = {
    ...contenu,
    ...Object.assign({}, ...sections),
    pieces: [...contenu.pieces].sort((a, b) => `${a.emplacement}:${a.version}`.localeCompare(`${b.emplacement}:${b.version}`)),
  };
  return createHash("sha256").update(jsonCanonique(normalise)).digest("hex");
}
