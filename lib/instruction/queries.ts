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
import type { AvisEtat, PartieSignataire, StatutCandidature, TypeDecision, TypePiece } from "@/lib/generated/prisma/client";
import { nomAffiche } from "@/lib/organisations/acces";
import type { References } from "@/lib/candidatures/champs";
import { couverturePerimetre } from "@/lib/candidatures/perimetre";
import { detailCollectivite } from "@/lib/referentiel/presentation";
import { comparerDepots, type ComparaisonDepots, type ContenuDepose } from "./comparer-depots";
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
      format: true,
      session: { select: { statut: true } },
      depots: { orderBy: { numero: "desc" }, take: 1, select: { numero: true, numeroRecepisse: true, deposeLe: true, hashContenu: true, contenu: true } },
    },
  });
  const depot = c?.depots[0];
  if (!c || !depot) return null;
  const decisions = decisionsOffertes(c.statut, true, { format: c.format, statutSession: c.session?.statut ?? null });
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

export type DecisionFinale = {
  type: TypeDecision;
  decideeLe: Date;
  motivation: string;
  /** `null` tant que la file n'a pas produit la lettre (décisions d'une session publiée). */
  cheminLettre: string | null;
};

/** Statut de la candidature → la décision qui l'y a menée, dont la fiche montre la motivation et la lettre. */
const DECISION_DU_STATUT: Partial<Record<StatutCandidature, TypeDecision>> = {
  irrecevable: "irrecevable",
  retenue: "retenue",
  non_retenue: "non_retenue",
  liste_complementaire: "liste_complementaire",
};

/** La décision qui a fixé le statut actuel (irrecevable, retenue, non retenue, liste complémentaire), pour qui lit la candidature. */
export async function decisionFinale(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<DecisionFinale | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const c = await client.candidature.findFirst({
    where: { AND: [{ id: candidatureId }, porteeCandidature(acteur, "lire")] },
    select: { statut: true, decisions: { orderBy: { decideeLe: "desc" }, take: 1, select: { id: true, type: true, decideeLe: true, motivation: true, lettreId: true } } },
  });
  const d = c?.decisions[0];
  if (!c || !d || DECISION_DU_STATUT[c.statut] !== d.type) return null;
  return { type: d.type, decideeLe: d.decideeLe, motivation: d.motivation, cheminLettre: d.lettreId ? cheminLettre(candidatureId, d.id) : null };
}

/** Décision → adresse de sa lettre, pour les décisions de la candidature qui en ont une. */
export async function lettresDesDecisions(candidatureId: string, client: Client = prisma): Promise<Map<string, string>> {
  const decisions = await client.decision.findMany({ where: { candidatureId, lettreId: { not: null } }, select: { id: true } });
  return new Map(decisions.map((d) => [d.id, cheminLettre(candidatureId, d.id)]));
}

export type ComparaisonDerniersDepots = {
  avant: { numero: number; numeroRecepisse: string; deposeLe: Date };
  apres: { numero: number; numeroRecepisse: string; deposeLe: Date };
  comparaison: ComparaisonDepots;
};

/** Ce qui a changé entre les deux derniers dépôts ; `null` avec moins de deux dépôts ou hors portée. */
export async function comparerDerniersDepots(acteur: Acteur, candidatureId: string, client: Client = prisma): Promise<ComparaisonDerniersDepots | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const c = await client.candidature.findFirst({
    where: { AND: [{ id: candidatureId }, porteeCandidature(acteur, "lire")] },
    select: { depots: { orderBy: { numero: "desc" }, take: 2, select: { numero: true, numeroRecepisse: true, deposeLe: true, contenu: true } } },
  });
  const [apres, avant] = c?.depots ?? [];
  if (!apres || !avant || !apres.contenu || !avant.contenu) return null;
  const [a, b] = [avant.contenu as ContenuDepose, apres.contenu as ContenuDepose];
  const chaines = (cle: string) => [a[cle], b[cle]].flatMap((v) => (Array.isArray(v) ? (v as string[]) : typeof v === "string" ? [v] : []));
  const idsOrganisations = [...new Set(chaines("collectivitePrincipaleId").concat(chaines("serviceEtatId"), chaines("porteuses")))];
  const organisations = await client.organisation.findMany({
    where: { id: { in: idsOrganisations.filter(estIdentifiant) } },
    select: { id: true, nom: true, type: true, siren: true, codeInsee: true, codeDepartement: true },
  });
  const sessions = await client.sessionAmi.findMany({ where: { id: { in: chaines("sessionId").filter(estIdentifiant) } }, select: { id: true, theme: true } });
  const couverture = await couverturePerimetre(client, [...new Set(chaines("communes"))], [...new Set(chaines("epci"))]);
  const references: References = {
    organisations: new Map(organisations.map((o) => [o.id, { nom: nomCollectiviteDeveloppe(o.nom), detail: detailCollectivite(o) }])),
    sessions: new Map(sessions.map((s) => [s.id, { theme: s.theme }])),
    communes: new Map(couverture.communes.map((k) => [k.codeInsee, k.nom])),
    epci: new Map(couverture.epci.map((e) => [e.siren, { nom: nomCollectiviteDeveloppe(e.nom), nombreCommunes: e.nombreCommunes }])),
  };
  const resume = ({ numero, numeroRecepisse, deposeLe }: typeof apres) => ({ numero, numeroRecepisse, deposeLe });
  return { avant: resume(avant), apres: resume(apres), comparaison: comparerDepots(a, b, references) };
}
