// Catalogue des événements du journal d'audit : chaque type que l'application écrit, avec ses
// données et son libellé français. `enregistrerEvenement` n'accepte que ces types et leurs
// données (un type inconnu ou des données d'une autre forme ne compilent pas) ; la chronologie
// lit ses libellés ici, si bien qu'un code n'est jamais montré à un utilisateur.
import type {
  AvisEtat,
  FormatAtelier,
  PartieSignataire,
  RoleAppartenance,
  StatutCandidature,
  TypeDecision,
} from "@/lib/generated/prisma/enums";
import type { MethodeConnexion, RaisonEchec } from "@/lib/auth/journal-connexion";

/** Écriture de contenu : dit la section, les champs et la version obtenue (conflits, décision 010). */
type EcritureContenu = { section: string; champs: string[]; versionApres: number; hashContenu: string };

type EcriturePiece = EcritureContenu & {
  section: "pieces";
  emplacement: string;
  version: number;
  nomFichier: string;
  taille?: number;
  typeMime?: string;
  sha256?: string;
};

/** Décision de la DGALN (recevabilité, dérogation, sélection), motivée. */
type DonneesDecision = {
  decisionId: string;
  motivation: string;
  statutApres?: StatutCandidature;
  /** Demande de corrections : les points à corriger et l'échéance (ISO), le cas échéant. */
  points?: string[];
  echeance?: string | null;
  depotNumero?: number | null;
};

type Connexion = {
  methode: MethodeConnexion;
  ip?: string;
  nouveauCompte?: boolean;
  /** ProConnect : SIRET transmis et résultat du rattachement. */
  siret?: string | null;
  rattachement?: string;
};

type ChangementAppartenance = {
  organisationId: string;
  utilisateurId: string;
  ancienRole: RoleAppartenance | null;
  nouveauRole: RoleAppartenance;
  invitationId?: string;
};

type ValeursOrganisation = { nom: string; courriel: string | null; siret: string | null };

/** Les données de chaque type d'événement. Ajouter un type ici oblige à lui donner un libellé. */
export type DonneesEvenements = {
  "candidature.creee": {
    reference: string;
    format: FormatAtelier;
    sessionId: string | null;
    serviceEtatId: string;
    hashContenu: string;
    versionApres: number;
  };
  "candidature.modifiee": EcritureContenu;
  "candidature.deposee": { depotId: string; numero: number; numeroRecepisse: string; hashContenu: string };
  "candidature.retiree": { statutAvant: StatutCandidature; motif?: string };
  "piece.deposee": EcriturePiece;
  "piece.remplacee": EcriturePiece;
  "piece.retiree": EcriturePiece;
  "signature.apposee": {
    partie: PartieSignataire;
    hashContenu: string;
    avis: AvisEtat | null;
    statutAvant: StatutCandidature;
    statutApres: StatutCandidature;
  };
  /** Écrit après l'écriture de contenu qui l'a causée, avec la même empreinte. */
  "signature.invalidee": { partie: PartieSignataire; hashContenu: string };
  "decision.recevable": DonneesDecision;
  "decision.irrecevable": DonneesDecision;
  "decision.corrections_demandees": DonneesDecision;
  "decision.derogation_acceptee": DonneesDecision;
  "decision.derogation_refusee": DonneesDecision;
  "decision.retenue": DonneesDecision;
  "decision.non_retenue": DonneesDecision;
  "atelier.cree": { reference: string };
  "connexion.reussie": Connexion;
  "connexion.demo": Connexion;
  "connexion.echouee": { methode: MethodeConnexion; raison: RaisonEchec; email?: string; ip?: string; detail?: string };
  "connexion.limitee": { portee: "adresse" | "ip"; email: string; ip: string; limite: number };
  deconnexion: Record<string, never>;
  "appartenance.creee":
    | ChangementAppartenance
    | { utilisateurId: string; role: RoleAppartenance; origine: "proconnect"; siret: string; par: "siret" | "siren" };
  "appartenance.role_modifie": ChangementAppartenance;
  "appartenance.retiree": { organisationId: string; utilisateurId: string; email: string; ancienRole: RoleAppartenance };
  "invitation.envoyee": { invitationId: string; email: string; role: RoleAppartenance; expireLe: string; remplacees: number };
  "invitation.acceptee": { invitationId: string; email: string; roleInvite: RoleAppartenance };
  "organisation.modifiee": { avant: ValeursOrganisation; apres: ValeursOrganisation };
  "courriel.relance": { courrielId: string };
  "session.creee": { theme: string };
  "session.modifiee": { champs: string[] };
  "session.ouverte": { clotureLe: string };
  "session.cloturee": { clotureLe: string };
  "session.deliberation_ouverte": Record<string, never>;
  "session.resultats_publies": Record<string, never>;
  "session.rappel": { echeance: "j7" | "j2"; candidatures: number };
};

export type TypeEvenement = keyof DonneesEvenements;

export const LIBELLES_EVENEMENTS: Record<TypeEvenement, string> = {
  "candidature.creee": "Création",
  "candidature.modifiee": "Modification",
  "candidature.deposee": "Dépôt",
  "candidature.retiree": "Retrait",
  "piece.deposee": "Pièce jointe",
  "piece.remplacee": "Pièce remplacée",
  "piece.retiree": "Pièce retirée",
  "signature.apposee": "Signature",
  "signature.invalidee": "Signature annulée",
  "decision.recevable": "Candidature recevable",
  "decision.irrecevable": "Candidature irrecevable",
  "decision.corrections_demandees": "Corrections demandées",
  "decision.derogation_acceptee": "Dérogation acceptée",
  "decision.derogation_refusee": "Dérogation refusée",
  "decision.retenue": "Candidature retenue",
  "decision.non_retenue": "Candidature non retenue",
  "atelier.cree": "Atelier créé",
  "connexion.reussie": "Connexion",
  "connexion.demo": "Connexion de démonstration",
  "connexion.echouee": "Échec de connexion",
  "connexion.limitee": "Demandes de connexion limitées",
  deconnexion: "Déconnexion",
  "appartenance.creee": "Nouveau membre",
  "appartenance.role_modifie": "Rôle modifié",
  "appartenance.retiree": "Membre retiré",
  "invitation.envoyee": "Invitation envoyée",
  "invitation.acceptee": "Invitation acceptée",
  "organisation.modifiee": "Organisation modifiée",
  "courriel.relance": "Courriel relancé",
  "session.creee": "Session créée",
  "session.modifiee": "Session modifiée",
  "session.ouverte": "Session ouverte",
  "session.cloturee": "Session close",
  "session.deliberation_ouverte": "Délibération ouverte",
  "session.resultats_publies": "Résultats publiés",
  "session.rappel": "Relance avant clôture",
};

/** Libellé montré pour un type lu en base que ce catalogue ne connaît pas (ancien ou futur). */
export const LIBELLE_EVENEMENT_INCONNU = "Événement";

export function estTypeEvenement(type: string): type is TypeEvenement {
  return Object.hasOwn(LIBELLES_EVENEMENTS, type);
}

/** Le libellé français d'un type lu en base ; jamais le code. */
export function libelleEvenement(type: string): string {
  return estTypeEvenement(type) ? LIBELLES_EVENEMENTS[type] : LIBELLE_EVENEMENT_INCONNU;
}

/** Les décisions de la DGALN, par type de décision : `decision.<type>`. */
export function typeEvenementDecision<D extends TypeDecision>(decision: D): `decision.${D}` {
  return `decision.${decision}`;
}
