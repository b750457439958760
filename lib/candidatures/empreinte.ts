// Empreinte du contenu courant et annulation des signatures (DESIGN.md §5, R6) : après toute
// écriture de contenu (section, pièce), dans la même transaction, on relit le contenu signable,
// on recalcule l'empreinte et on annule chaque signature encore valide qui porte sur une autre
// empreinte. Les événements sont rendus à l'appelant, qui les écrit en dernier (le verrou du
// journal chaîné est alors tenu le moins longtemps possible).
import "server-only";
import type { NouvelEvenement } from "@/lib/audit/journal";
import type { PartieSignataire, Prisma } from "@/lib/generated/prisma/client";
import { rafraichirDocumentRecherche } from "@/lib/instruction/document-recherche";
import { contenuDeLigne, empreinteContenu, INCLUDE_CONTENU, type ContenuSignable } from "./contenu";
import { LIBELLES_PARTIE_COURTS } from "./commun";

type Tx = Prisma.TransactionClient;

/** Le contenu signable tel qu'il est en base (même construction que les données de démonstration). */
export async function contenuSignable(tx: Tx, candidatureId: string): Promise<ContenuSignable> {
  return contenuDeLigne(await tx.candidature.findUniqueOrThrow({ where: { id: candidatureId }, include: INCLUDE_CONTENU }));
}

export type SignatureAnnulee = { id: string; partie: PartieSignataire; signataire: string };

export type ChangementContenu = {
  hashContenu: string;
  signaturesInvalidees: SignatureAnnulee[];
  /** `signature.invalidee`, à écrire par l'appelant après ses autres écritures. */
  evenements: NouvelEvenement[];
};

/**
 * Recalcule l'empreinte et annule les signatures valides qui n'y correspondent plus. `motif` dit
 * ce qui a changé, en français (« la section « Calendrier » a été modifiée par Jeanne Martin »).
 */
export async function appliquerChangementContenu(
  tx: Tx,
  candidatureId: string,
  acteurId: string,
  motif: string,
): Promise<ChangementContenu> {
  const hashContenu = empreinteContenu(await contenuSignable(tx, candidatureId));
  await tx.candidature.update({ where: { id: candidatureId }, data: { hashContenu } });
  await rafraichirDocumentRecherche(tx, candidatureId);
  const aAnnuler = await tx.signature.findMany({
    where: { candidatureId, invalideeLe: null, hashContenu: { not: hashContenu } },
    select: { id: true, partie: true, utilisateur: { select: { email: true, prenom: true, nom: true } } },
  });
  if (aAnnuler.length === 0) return { hashContenu, signaturesInvalidees: [], evenements: [] };

  const motifInvalidation = `Contenu modifié : ${motif}.`;
  const { count } = await tx.signature.updateMany({
    where: { id: { in: aAnnuler.map((s) => s.id) }, invalideeLe: null },
    data: { invalideeLe: new Date(), motifInvalidation },
  });
  if (count !== aAnnuler.length) throw new Error("Signatures modifiées pendant leur annulation.");

  const signaturesInvalidees = aAnnuler.map((s) => ({
    id: s.id,
    partie: s.partie,
    signataire: [s.utilisateur.prenom, s.utilisateur.nom].filter(Boolean).join(" ") || s.utilisateur.email,
  }));
  const evenements = signaturesInvalidees.map<NouvelEvenement>((s) => ({
    acteurId,
    type: "signature.invalidee",
    entite: "signature",
    entiteId: s.id,
    candidatureId,
    resume: `Signature de ${s.signataire} pour ${LIBELLES_PARTIE_COURTS[s.partie]} annulée : ${motif}.`,
    donnees: { partie: s.partie, hashContenu },
  }));
  return { hashContenu, signaturesInvalidees, evenements };
}
