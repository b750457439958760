// Lectures des avis, toujours bornées par la politique (décision 007) : l'avis du service de l'État
// (lu avec la candidature), les demandes d'avis d'expert (DGALN : toutes ; expert : les siennes non
// annulées), les collègues de la DGALN à solliciter, le lien d'un expert extérieur.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { aUnDroit, porteeCandidature, porteeDemandeAvis, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import type { AvisEtat, SensAvis, StatutCandidature } from "@/lib/generated/prisma/client";
import { empreinteJeton } from "@/lib/invitations/jeton";
import { nomAffiche } from "@/lib/organisations/acces";
import { etatLienExpert, type EtatLienExpert } from "./lien-expert";
import { etatDemandeAvis, type EtatDemandeAvis } from "./regles";

export type AvisServiceEtat = { sens: AvisEtat; texte: string | null; par: string; service: string; le: Date };

/** L'avis du service de l'État donné à sa signature en cours (la dernière non annulée), s'il y en a un. */
export async function avisServiceEtat(acteur: Acteur, candidatureId: string): Promise<AvisServiceEtat | null> {
  if (!estIdentifiant(candidatureId)) return null;
  const s = await prisma.signature.findFirst({
    where: { candidatureId, partie: "etat", invalideeLe: null, avis: { not: null }, candidature: porteeCandidature(acteur, "lire") },
    orderBy: [{ signeeLe: "desc" }, { id: "asc" }],
    select: { avis: true, avisTexte: true, signeeLe: true, organisation: { select: { nom: true } }, utilisateur: { select: { email: true, prenom: true, nom: true } } },
  });
  return s?.avis ? { sens: s.avis, texte: s.avisTexte, par: nomAffiche(s.utilisateur), service: s.organisation.nom, le: s.signeeLe } : null;
}

export type DemandeAvisAffichee = {
  id: string;
  expert: string;
  exterieur: boolean;
  demandePar: string;
  question: string;
  creeLe: Date;
  echeance: Date;
  etat: EtatDemandeAvis;
  sens: SensAvis | null;
  avis: string | null;
  renduLe: Date | null;
  annuleeLe: Date | null;
};

const SELECTION_DEMANDE = {
  id: true, emailExpert: true, question: true, creeLe: true, echeance: true, sens: true, avis: true, renduLe: true, annuleeLe: true, jetonHash: true,
  expert: { select: { email: true, prenom: true, nom: true } },
  demandePar: { select: { email: true, prenom: true, nom: true } },
} as const;

function versAffichee(d: { emailExpert: string; jetonHash: string | null; expert: { email: string; prenom: string | null; nom: string | null } | null; demandePar: { email: string; prenom: string | null; nom: string | null } } & Omit<DemandeAvisAffichee, "expert" | "exterieur" | "demandePar" | "etat">, maintenant: Date): DemandeAvisAffichee {
  return {
    id: d.id,
    expert: d.expert ? nomAffiche(d.expert) : d.emailExpert,
    exterieur: d.jetonHash !== null,
    demandePar: nomAffiche(d.demandePar),
    question: d.question,
    creeLe: d.creeLe,
    echeance: d.echeance,
    etat: etatDemandeAvis(d, maintenant),
    sens: d.sens,
    avis: d.avis,
    renduLe: d.renduLe,
    annuleeLe: d.annuleeLe,
  };
}

/** Les demandes d'avis d'une candidature que l'acteur peut lire (DGALN : toutes ; expert : la sienne). */
export async function listerDemandesAvis(acteur: Acteur, candidatureId: string, maintenant = new Date()): Promise<DemandeAvisAffichee[]> {
  if (!estIdentifiant(candidatureId)) return [];
  const lignes = await prisma.demandeAvis.findMany({
    where: { AND: [{ candidatureId }, porteeDemandeAvis(acteur, "lire")] },
    orderBy: [{ creeLe: "desc" }, { id: "asc" }],
    select: SELECTION_DEMANDE,
  });
  return lignes.map((d) => versAffichee(d, maintenant));
}

/** Les personnes de la DGALN à qui l'acteur peut demander un avis (vide s'il ne peut en demander). */
export async function listerCollegesDgaln(acteur: Acteur): Promise<{ id: string; nom: string }[]> {
  if (!aUnDroit(acteur, "avis", "demander")) return [];
  const personnes = await prisma.utilisateur.findMany({
    where: {
      actif: true,
      id: { not: acteur.id },
      appartenances: { some: { organisation: { type: "dgaln" }, role: { in: [...ROLES_PAR_PROFIL.dgaln] } } },
    },
    orderBy: [{ nom: "asc" }, { prenom: "asc" }, { email: "asc" }],
    select: { id: true, email: true, prenom: true, nom: true },
    take: 500,
  });
  return personnes.map((p) => ({ id: p.id, nom: p.prenom || p.nom ? `${nomAffiche(p)} (${p.email})` : p.email }));
}

export type MaDemandeAvis = DemandeAvisAffichee & {
  candidature: { id: string; reference: string; statut: StatutCandidature; collectivite: string };
};

const SELECTION_MA_DEMANDE = {
  ...SELECTION_DEMANDE,
  candidature: { select: { id: true, reference: true, statut: true, collectivitePrincipale: { select: { nom: true } } } },
} as const;

/** Les demandes d'avis adressées à l'acteur (non annulées), les plus urgentes d'abord. */
export async function listerMesDemandesAvis(acteur: Acteur, maintenant = new Date()): Promise<MaDemandeAvis[]> {
  const lignes = await prisma.demandeAvis.findMany({
    where: { AND: [{ expertId: acteur.id }, porteeDemandeAvis(acteur, "rendre")] },
    orderBy: [{ echeance: "asc" }, { id: "asc" }],
    select: SELECTION_MA_DEMANDE,
  });
  return lignes.map((d) => ({
    ...versAffichee(d, maintenant),
    candidature: { id: d.candidature.id, reference: d.candidature.reference, statut: d.candidature.statut, collectivite: d.candidature.collectivitePrincipale.nom },
  }));
}

/** Une demande adressée à l'acteur, ou null (inexistante, d'un autre, annulée). */
export async function trouverMaDemandeAvis(acteur: Acteur, demandeId: string, maintenant = new Date()): Promise<MaDemandeAvis | null> {
  if (!estIdentifiant(demandeId)) return null;
  const d = await prisma.demandeAvis.findFirst({
    where: { AND: [{ id: demandeId, expertId: acteur.id }, porteeDemandeAvis(acteur, "rendre")] },
    select: SELECTION_MA_DEMANDE,
  });
  if (!d) return null;
  return {
    ...versAffichee(d, maintenant),
    candidature: { id: d.candidature.id, reference: d.candidature.reference, statut: d.candidature.statut, collectivite: d.candidature.collectivitePrincipale.nom },
  };
}

export type LienExpertLu =
  | { etat: "introuvable" }
  | { etat: Exclude<EtatLienExpert, "introuvable">; demandeId: string; email: string; expertId: string | null; reference: string; demandeur: string; echeance: Date };

/** La demande désignée par le jeton d'un lien d'expert, et son état. Le jeton n'est jamais stocké. */
export async function lireLienExpert(jeton: string, maintenant = new Date()): Promise<LienExpertLu> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(jeton)) return { etat: "introuvable" };
  const d = await prisma.demandeAvis.findUnique({
    where: { jetonHash: empreinteJeton(jeton) },
    select: {
      id: true, emailExpert: true, expertId: true, annuleeLe: true, jetonExpireLe: true, echeance: true,
      candidature: { select: { reference: true } },
      demandePar: { select: { email: true, prenom: true, nom: true } },
    },
  });
  const etat = etatLienExpert(d, maintenant);
  if (etat === "introuvable" || !d) return { etat: "introuvable" };
  return { etat, demandeId: d.id, email: d.emailExpert, expertId: d.expertId, reference: d.candidature.reference, demandeur: nomAffiche(d.demandePar), echeance: d.echeance };
}
