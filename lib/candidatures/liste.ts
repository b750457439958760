// Lectures des écrans « Mes candidatures » et du détail : tri par référence, état des signatures
// dans la liste, signatures détaillées. Bornées par la portée de l'acteur : la permission est dans
// le `where` (décision 007).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { bornerPagination, pagesProposees, type Page } from "@/lib/autorisations/pagination";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { compterNonLus } from "@/lib/messages/queries";
import type { FormatAtelier, PartieSignataire, Prisma, StatutCandidature } from "@/lib/generated/prisma/client";

const SELECTION = {
  id: true,
  reference: true,
  titre: true,
  format: true,
  statut: true,
  modifieLe: true,
  hashContenu: true,
  collectivitePrincipale: { select: { nom: true } },
  session: { select: { theme: true } },
  signatures: { where: { invalideeLe: null }, select: { partie: true, hashContenu: true } },
} as const satisfies Prisma.CandidatureSelect;

type Brute = Prisma.CandidatureGetPayload<{ select: typeof SELECTION }>;
export type LigneListe = Omit<Brute, "signatures" | "hashContenu"> & { signaturesValides: number; messagesNonLus: number };

/** Tris proposés par la liste (`?tri=` dans l'URL). */
export type Tri = "modification" | "reference";

export type FiltresListe = { format?: FormatAtelier; statut?: StatutCandidature; tri: Tri; page: number };

/** Une signature ne compte que sur le contenu actuel (R6) ; une par partie au plus. */
function signaturesValides(c: Brute): number {
  const parties = new Set<PartieSignataire>(c.signatures.filter((s) => s.hashContenu === c.hashContenu).map((s) => s.partie));
  return parties.size;
}

export async function listerMesCandidatures(acteur: Acteur, filtres: FiltresListe): Promise<Page<LigneListe>> {
  const { page, parPage, skip, take } = bornerPagination({ page: filtres.page });
  const where: Prisma.CandidatureWhereInput = {
    AND: [
      porteeCandidature(acteur, "lire"),
      { ...(filtres.format && { format: filtres.format }), ...(filtres.statut && { statut: filtres.statut }) },
    ],
  };
  const orderBy: Prisma.CandidatureOrderByWithRelationInput[] =
    filtres.tri === "reference" ? [{ reference: "asc" }] : [{ modifieLe: "desc" }, { id: "asc" }];
  const [brutes, total] = await Promise.all([
    prisma.candidature.findMany({ where, select: SELECTION, orderBy, skip, take }),
    prisma.candidature.count({ where }),
  ]);
  // Les non-lus de toute la page en une requête (badges des cartes et du tableau).
  const nonLus = await compterNonLus(acteur, brutes.map((c) => c.id));
  const lignes = brutes.map((c) => ({
    id: c.id,
    reference: c.reference,
    titre: c.titre,
    format: c.format,
    statut: c.statut,
    modifieLe: c.modifieLe,
    collectivitePrincipale: c.collectivitePrincipale,
    session: c.session,
    signaturesValides: signaturesValides(c),
    messagesNonLus: nonLus.get(c.id) ?? 0,
  }));
  return { lignes, total, page, parPage, ...pagesProposees(total, parPage) };
}

const SELECTION_SIGNATURE = {
  id: true,
  partie: true,
  hashContenu: true,
  avis: true,
  avisTexte: true,
  signeeLe: true,
  invalideeLe: true,
  motifInvalidation: true,
  utilisateur: { select: { prenom: true, nom: true, email: true } },
  organisation: { select: { nom: true } },
} as const satisfies Prisma.SignatureSelect;

export type LigneSignature = Prisma.SignatureGetPayload<{ select: typeof SELECTION_SIGNATURE }>;

/** Toutes les signatures (valides et annulées) d'une candidature lisible par l'acteur, les plus récentes d'abord. */
export async function listerSignatures(acteur: Acteur, candidatureId: string): Promise<LigneSignature[]> {
  return prisma.signature.findMany({
    where: { candidatureId, candidature: porteeCandidature(acteur, "lire") },
    select: SELECTION_SIGNATURE,
    orderBy: [{ signeeLe: "desc" }, { id: "asc" }],
  });
}
