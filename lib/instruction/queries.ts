// Lectures de l'instruction sur la fiche d'une candidature, toujours bornées par la portée de
// l'acteur (décision 007) : le panneau de recevabilité (DGALN), la demande de corrections en cours
// (porteurs), les lettres des décisions (chronologie).
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant, type Client } from "@/lib/autorisations/exiger";
import { porteeCandidature } from "@/lib/autorisations/politique";
import { estModifiable } from "@/lib/candidatures/regles/transitions";
import type { PieceSignee } from "@/lib/candidatures/contenu";
import { prisma } from "@/lib/db";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import type { AvisEtat, PartieSignataire, StatutCandidature, TypePiece } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import { cheminLettre } from "./decider";
import { decisionsOffertes, type DecisionOfferte } from "./transitions-offertes";

export type SignatureDeposee = {
  partie: PartieSignataire;
  signataire: string;
  organisation: string;
  signeeLe: Date;
  avis: AvisEtat | null;
  avisTexte: string | null;
};

export type PanneauRecevabilite = {
  candidatureId: string;
  reference: string;
  statut: StatutCandidature;
  decisions: DecisionOfferte[];
  depot: { numero: number; numeroRecepisse: string; deposeLe: Date };
  /** Les signatures portées par le contenu déposé (celui de l'empreinte du dépôt). */
  signatures: SignatureDeposee[];
  /** Les pièces telles qu'elles ont été déposées. */
  pieces: { type: TypePiece; nomFichier: string; version: number }[];
};

/** Le panneau de décision, pour qui instruit et tant qu'une décision est possible ; `null` sinon. */
export async function chargerPanneauRecevabilite(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<PanneauRecevabilite | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const c = await client.candidature.findFirst({
    where: { AND: [{ id: candidatureId }, porteeCandidature(acteur, "instruire")] },
    select: {
      id: true,
      reference: true,
      statut: true,
      depots: { orderBy: { numero: "desc" }, take: 1, select: { numero: true, numeroRecepisse: true, deposeLe: true, hashContenu: true, contenu: true } },
    },
  });
  const depot = c?.depots[0];
  if (!c || !depot) return null;
  const decisions = decisionsOffertes(c.statut, true);
  if (decisions.length === 0) return null;
  const signatures = await client.signature.findMany({
    where: { candidatureId: c.id, hashContenu: depot.hashContenu },
    orderBy: [{ partie: "asc" }, { signeeLe: "desc" }],
    select: {
      partie: true,
      signeeLe: true,
      avis: true,
      avisTexte: true,
      organisation: { select: { nom: true } },
      utilisateur: { select: { email: true, prenom: true, nom: true } },
    },
  });
  // La dernière signature de chaque partie sur le contenu déposé.
  const parPartie = new Map<PartieSignataire, SignatureDeposee>();
  for (const s of signatures) {
    if (parPartie.has(s.partie)) continue;
    parPartie.set(s.partie, {
      partie: s.partie,
      signataire: nomAffiche(s.utilisateur),
      organisation: nomCollectiviteDeveloppe(s.organisation.nom),
      signeeLe: s.signeeLe,
      avis: s.avis,
      avisTexte: s.avisTexte,
    });
  }
  const contenu = depot.contenu as { pieces?: PieceSignee[] } | null;
  return {
    candidatureId: c.id,
    reference: c.reference,
    statut: c.statut,
    decisions,
    depot: { numero: depot.numero, numeroRecepisse: depot.numeroRecepisse, deposeLe: depot.deposeLe },
    signatures: [...parPartie.values()],
    pieces: (contenu?.pieces ?? []).map(({ type, nomFichier, version }) => ({ type, nomFichier, version })),
  };
}

export type DemandeCorrections = {
  decisionId: string;
  decideeLe: Date;
  decidePar: string;
  motivation: string;
  points: string[];
  echeance: Date | null;
  depotNumero: number | null;
  cheminLettre: string | null;
};

/**
 * La demande de corrections en cours : la dernière décision, si c'en est une et qu'aucun dépôt ne l'a
 * suivie (la candidature est « à corriger », ou de nouveau en rédaction à cause d'elle).
 */
export async function demandeCorrectionsEnCours(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<DemandeCorrections | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const c = await client.candidature.findFirst({
    where: { AND: [{ id: candidatureId }, porteeCandidature(acteur, "lire")] },
    select: {
      statut: true,
      depots: { orderBy: { numero: "desc" }, take: 1, select: { numero: true } },
      decisions: {
        orderBy: { decideeLe: "desc" },
        take: 1,
        select: {
          id: true,
          type: true,
          decideeLe: true,
          motivation: true,
          points: true,
          echeance: true,
          depotNumero: true,
          lettreId: true,
          decidePar: { select: { email: true, prenom: true, nom: true } },
        },
      },
    },
  });
  const d = c?.decisions[0];
  if (!c || !d || d.type !== "corrections_demandees" || !estModifiable(c.statut)) return null;
  if (d.depotNumero !== null && c.depots[0] && c.depots[0].numero !== d.depotNumero) return null;
  return {
    decisionId: d.id,
    decideeLe: d.decideeLe,
    decidePar: nomAffiche(d.decidePar),
    motivation: d.motivation,
    points: d.points,
    echeance: d.echeance,
    depotNumero: d.depotNumero,
    cheminLettre: d.lettreId ? cheminLettre(candidatureId, d.id) : null,
  };
}

/** Décision → adresse de sa lettre, pour les décisions de la candidature qui en ont une. */
export async function lettresDesDecisions(candidatureId: string, client: Client = prisma): Promise<Map<string, string>> {
  const decisions = await client.decision.findMany({ where: { candidatureId, lettreId: { not: null } }, select: { id: true } });
  return new Map(decisions.map((d) => [d.id, cheminLettre(candidatureId, d.id)]));
}
