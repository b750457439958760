// Types du module de règles de la candidature (DESIGN.md §6). Le module est pur : l'appelant charge
// les faits (base, formulaire) et les passe ; aucune règle n'interroge la base ni l'horloge.
import type {
  FormatAtelier,
  PartieSignataire,
  StatutCandidature,
  StatutSession,
  TypeOrganisation,
  TypePiece,
} from "@/lib/generated/prisma/enums";

export type Regle = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7";

/** Les organisations qui peuvent porter une candidature (ni service de l'État, ni DGALN). */
export type TypeCollectivite = Exclude<TypeOrganisation, "service_etat" | "dgaln">;

export type CommunePerimetre = {
  codeInsee: string;
  nom: string;
  /** EPCI à fiscalité propre de la commune ; `null` pour les quatre communes insulaires sans EPCI. */
  epciSiren: string | null;
  codeDepartement: string;
};

export type EpciReference = {
  siren: string;
  nom: string;
  /** Nombre de communes membres selon le référentiel (COG). */
  nombreCommunes: number;
};

export type EpciEntier = EpciReference & { departements: string[] };

export type SignatureFaite = { partie: PartieSignataire; hashContenu: string; invalidee: boolean };

export type AutreCandidature = {
  id: string;
  reference: string;
  format: FormatAtelier;
  statut: StatutCandidature;
  sessionId: string | null;
};

export type FaitsCandidature = {
  /** `null` avant la création (contrôle R7 à la création). */
  id: string | null;
  format: FormatAtelier;
  statut: StatutCandidature;
  session: {
    id: string;
    theme: string;
    statut: StatutSession;
    clotureLe: Date;
    piecesRequises: readonly TypePiece[];
  } | null;
  dureeMois: number | null;
  perimetre: {
    communes: CommunePerimetre[];
    /** EPCI inclus entiers. */
    epci: EpciEntier[];
    /** EPCI des communes listées (pour savoir si toutes leurs communes membres y sont). */
    epciDesCommunes: EpciReference[];
  };
  collectivitePrincipale: {
    nom: string;
    type: TypeCollectivite;
    /** Départements de la collectivité ; le premier est celui de son siège. */
    departements: string[];
  };
  serviceEtat: { nom: string; codeDepartement: string } | null;
  /** Types des pièces courantes (une entrée par pièce). */
  pieces: readonly TypePiece[];
  /** Case « je demande une dérogation » du formulaire ; la pièce écrite est dans `pieces`. */
  derogationDemandee: boolean;
  signatures: readonly SignatureFaite[];
  /** Empreinte du contenu actuel (lib/candidatures/contenu.ts). */
  hashContenu: string | null;
  /** Autres candidatures de la même collectivité principale, tous statuts (R7 filtre). */
  autresCandidatures: readonly AutreCandidature[];
  maintenant: Date;
};

/**
 * `ok` : satisfait ; `manquant` : quelque chose reste à fournir ; `refuse` : la valeur saisie
 * enfreint la règle ; `avertissement` : signalé, n'empêche pas le dépôt.
 */
export type EtatElement = "ok" | "manquant" | "refuse" | "avertissement";

export type Severite = "bloquant" | "avertissement";

export type CodeRegle =
  | "R1_SESSION_OK"
  | "R1_SESSION_MANQUANTE"
  | "R1_SESSION_NON_OUVERTE"
  | "R1_SESSION_CLOTUREE"
  | "R1_SANS_SESSION_OK"
  | "R1_SESSION_INATTENDUE"
  | "R2_DUREE_OK"
  | "R2_DUREE_MANQUANTE"
  | "R2_DUREE_FLASH"
  | "R2_DUREE_LOCAL"
  | "R2_DUREE_NATIONAL"
  | "R3_PERIMETRE_VIDE"
  | "R3_ECHELLE_OK"
  | "R3_ECHELLE_LOCAL"
  | "R3_ECHELLE_SANS_EPCI"
  | "R3_DEROGATION_DEMANDEE"
  | "R3_DEROGATION_SANS_PIECE"
  | "R3_FLASH_PLUSIEURS_EPCI"
  | "R4_SERVICE_OK"
  | "R4_SERVICE_MANQUANT"
  | "R4_DEPARTEMENT_INCONNU"
  | "R4_SERVICE_INCOMPETENT"
  | "R5_PIECE_OK"
  | "R5_PIECE_MANQUANTE"
  | "R6_SIGNATURE_OK"
  | "R6_SIGNATURE_MANQUANTE"
  | "R6_SIGNATURE_A_RENOUVELER"
  | "R6_STATUT_INCOMPATIBLE"
  | "R7_UNIQUE_OK"
  | "R7_CANDIDATURE_EN_COURS";

/** Un élément de la liste de contrôle : une règle appliquée à un point précis. */
export type ElementChecklist = {
  regle: Regle;
  code: CodeRegle;
  etat: EtatElement;
  /** Phrase en français, avec les valeurs réelles, montrée telle quelle. */
  message: string;
  /** DESIGN.md §6 et la source publique paraphrasée. */
  source: string;
  /** Pièce concernée (R5), pour relier l'élément à l'emplacement de dépôt. */
  piece?: TypePiece;
  /** Partie concernée (R6). */
  partie?: PartieSignataire;
};

/** Un manquement : un élément qui n'est pas `ok`, avec sa sévérité. */
export type ResultatRegle = Omit<ElementChecklist, "etat"> & {
  etat: Exclude<EtatElement, "ok">;
  severite: Severite;
};
