// Catalogue des événements du journal d'audit : chaque type que l'application écrit, avec ses
// données et son libellé français. `enregistrerEvenement` n'accepte que ces types et leurs
// données (un type inconnu ou des données d'une autre forme ne compilent pas) ; la chronologie
// lit ses libellés ici, si bien qu'un code n'est jamais montré à un utilisateur.
import type {
  AvisEtat,
  FormatAtelier,
  NatureFrais,
  ThemeAtelierInSitu,
  VisibiliteMessage,
  PartieSignataire,
  RoleAppartenance,
  SensAvis,
  StatutCandidature,
  StatutPhase,
  TypeContrat,
  TypeDecision,
  TypeLivrable,
  TypePhase,
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
  /** R4 : la DGALN désigne un autre service compétent avant le dépôt (décision 026). */
  "candidature.service_change": {
    ancienServiceEtatId: string;
    nouveauServiceEtatId: string;
    statutAvant: StatutCandidature;
    versionApres: number;
    hashContenu: string;
  };
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
  "decision.liste_complementaire": DonneesDecision;
  "atelier.cree": { reference: string };
  "atelier.contrat_renseigne": { typeContrat: TypeContrat; referenceContrat: string; coutEquipeEuros: number; structures: string[]; versionApres: number };
  // Phases d'un atelier (issue 14, décision 031) : `entite` « phase », `atelierId` renseigné.
  "phase.demarree": { type: TypePhase; debutReel: string; versionApres: number };
  "phase.soumise": { type: TypePhase; empreinteLivrables: string; versionApres: number };
  "phase.validation": { type: TypePhase; partie: PartieSignataire; empreinteLivrables: string; statutApres: StatutPhase };
  "phase.validee": { type: TypePhase; finReelle: string; empreinteLivrables: string };
  "phase.renvoyee": { type: TypePhase; partie: PartieSignataire; commentaire: string; validationsAnnulees: number };
  /** Écrit après le dépôt ou le renvoi qui l'a causée. */
  "phase.validation_annulee": { type: TypePhase; partie: PartieSignataire; validationId: string; motif: string };
  "livrable.depose": {
    phaseId: string;
    type: TypeLivrable;
    version: number;
    nomFichier: string;
    taille: number;
    typeMime: string;
    sha256: string;
    empreinteLivrables: string;
  };
  // Publication d'un livrable final et relance de retard (issue 14, décision 036).
  "livrable.publie": { phaseId: string; type: TypeLivrable; version: number };
  "livrable.publication_retiree": { phaseId: string; type: TypeLivrable; version: number };
  "phase.retard_signale": { type: TypePhase; finPrevue: string; destinataires: number };
  // Ateliers in situ, supports et frais matériels (issue 14, décision 034) : `atelierId` renseigné.
  "atelier_in_situ.enregistre": { phaseId: string; debutLe: string; codeInsee: string; theme: ThemeAtelierInSitu; participants: number };
  "atelier_in_situ.modifie": { champs: string[] };
  "atelier_in_situ.supprime": { titre: string; debutLe: string };
  "atelier_in_situ.support_depose": { atelierInSituId: string; nomFichier: string; taille: number; typeMime: string; sha256: string };
  "atelier_in_situ.support_retire": { atelierInSituId: string; nomFichier: string };
  "frais.ajoute": { atelierInSituId: string; libelle: string; nature: NatureFrais; montantCentimes: number; engageLe: string };
  "frais.retire": { atelierInSituId: string | null; libelle: string; montantCentimes: number };
  /**
   * Écrit sans `candidatureId` (la candidature est dans les données) : la chronologie de la fiche,
   * lue par tous les porteurs, ne doit pas trahir l'existence d'une note interne. Jamais le texte.
   */
  "message.ecrit": {
    candidatureId: string;
    visibilite: VisibiliteMessage;
    piecesJointes: { nomFichier: string; taille: number; typeMime: string; sha256: string }[];
    notifies: number;
  };
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
  "session.ouverte": { clotureLe?: string };
  "session.cloturee": { clotureLe: string };
  "session.deliberation_ouverte": { clotureLe?: string };
  "session.resultats_publies": { clotureLe?: string };
  "session.rappel": { echeance: "j7" | "j2"; candidatures: number };
  "session.decisions_preparees": { candidatures: number };
  "jury.repartition": { nouvelles: number; total: number; incompletes: number; chargeMin: number; chargeMax: number };
  "evaluation.enregistree": { notees: number };
  "evaluation.soumise": { notees: number };
  "jury.jure_ajoute": { membreJuryId: string; compteCree: boolean };
  "jury.jure_retire": { membreJuryId: string };
  "jury.conflit_declare": { affectationRetiree: boolean };
  // Avis d'expert (issue 12) : internes à la DGALN, ces événements ne portent pas `candidatureId`
  // (la chronologie de la fiche, lue par les porteurs, ne les montre donc pas).
  "avis.demande": { candidatureId: string; expertId: string | null; email: string; echeance: string; exterieur: boolean };
  "avis.annule": { candidatureId: string };
  "avis.expert_rattache": { candidatureId: string; expertId: string };
  "avis.rendu": { candidatureId: string; sens: SensAvis };
};

export type TypeEvenement = keyof DonneesEvenements;

export const LIBELLES_EVENEMENTS: Record<TypeEvenement, string> = {
  "candidature.creee": "Création",
  "candidature.modifiee": "Modification",
  "candidature.deposee": "Dépôt",
  "candidature.retiree": "Retrait",
  "candidature.service_change": "Service compétent changé",
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
  "decision.liste_complementaire": "Candidature sur liste complémentaire",
  "atelier.cree": "Atelier créé",
  "atelier.contrat_renseigne": "Contrat et équipe renseignés",
  "phase.demarree": "Phase démarrée",
  "phase.soumise": "Phase soumise à validation",
  "phase.validation": "Validation de phase",
  "phase.validee": "Phase validée par les deux co-pilotes",
  "phase.renvoyee": "Phase renvoyée",
  "phase.validation_annulee": "Validation de phase annulée",
  "livrable.depose": "Livrable déposé",
  "livrable.publie": "Livrable rendu publiable",
  "livrable.publication_retiree": "Livrable retiré de la publication",
  "phase.retard_signale": "Retard de phase signalé",
  "atelier_in_situ.enregistre": "Atelier in situ enregistré",
  "atelier_in_situ.modifie": "Atelier in situ modifié",
  "atelier_in_situ.supprime": "Atelier in situ supprimé",
  "atelier_in_situ.support_depose": "Support d'atelier in situ déposé",
  "atelier_in_situ.support_retire": "Support d'atelier in situ retiré",
  "frais.ajoute": "Frais matériel ajouté",
  "frais.retire": "Frais matériel retiré",
  "message.ecrit": "Message",
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
  "session.decisions_preparees": "Décisions de la session préparées",
  "jury.repartition": "Répartition des candidatures entre les jurés",
  "evaluation.enregistree": "Brouillon d'évaluation",
  "evaluation.soumise": "Évaluation soumise",
  "jury.jure_ajoute": "Juré ajouté",
  "jury.jure_retire": "Juré retiré",
  "jury.conflit_declare": "Conflit d'intérêts déclaré",
  "avis.demande": "Avis d'expert demandé",
  "avis.annule": "Demande d'avis annulée",
  "avis.expert_rattache": "Expert rattaché à sa demande d'avis",
  "avis.rendu": "Avis d'expert rendu",
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
