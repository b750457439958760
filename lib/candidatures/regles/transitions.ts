// Machine à états de la candidature (DESIGN.md §5) : pour chaque statut, les transitions permises
// et les parties qui peuvent les déclencher. Le `satisfies Record<StatutCandidature, …>` rend la
// table exhaustive : un nouveau statut ne compile pas tant qu'il n'y figure pas. Qui, dans une
// partie, agit (signataire, agent…) relève de la politique d'autorisation (lib/autorisations).
import type { PartieSignataire, StatutCandidature } from "@/lib/generated/prisma/enums";

/** Les porteurs (collectivité, service de l'État) et la DGALN. */
export type Partie = PartieSignataire | "dgaln";

export type ActionCandidature =
  | "signer"
  | "modifier"
  | "deposer"
  | "retirer"
  | "declarer_recevable"
  | "declarer_irrecevable"
  | "demander_corrections"
  | "retenir"
  | "ne_pas_retenir"
  | "inscrire_liste_complementaire";

export type Transition = {
  action: ActionCandidature;
  vers: StatutCandidature;
  par: readonly Partie[];
  /** Intitulé du bouton. */
  libelle: string;
  /** Décision à motiver par écrit (DESIGN.md §5 : irrecevabilité motivée). */
  motivationRequise: boolean;
  /** Condition supplémentaire, en français, quand la transition n'est pas immédiate. */
  condition?: string;
};

const PORTEURS = ["collectivite", "etat"] as const satisfies readonly Partie[];

// Retrait par un porteur depuis tout état non final (DESIGN.md §5).
// Le motif est dit à l'autre partie, qui est prévenue (issue 11).
const retirer: Transition = { action: "retirer", vers: "retiree", par: PORTEURS, libelle: "Retirer la candidature", motivationRequise: true };

// Recevabilité (DESIGN.md §9) : la DGALN peut demander des corrections dès l'examen du dépôt, et
// encore pendant l'instruction.
const demanderCorrections: Transition = {
  action: "demander_corrections",
  vers: "a_corriger",
  par: ["dgaln"],
  libelle: "Demander des corrections",
  motivationRequise: true,
  condition: "Les porteurs modifient la candidature, la signent à nouveau, et le service de l'État la dépose de nouveau (nouveau récépissé).",
};

// Toute modification annule les signatures et ramène au brouillon (DESIGN.md §5).
const modifier: Transition = {
  action: "modifier",
  vers: "brouillon",
  par: PORTEURS,
  libelle: "Modifier la candidature",
  motivationRequise: false,
  condition: "Toute modification annule les signatures des deux parties, qui doivent signer à nouveau.",
};

// Sélection (DESIGN.md §9) : locaux et flash « au fil de l'eau », nationaux par la délibération de
// leur session (lib/selection) ; la décision est motivée et produit une lettre.
const retenir: Transition = {
  action: "retenir",
  vers: "retenue",
  par: ["dgaln"],
  libelle: "Retenir la candidature",
  motivationRequise: true,
  condition: "Un atelier est créé pour la suivre. Atelier national : décidé par la délibération de la session.",
};
const nePasRetenir: Transition = {
  action: "ne_pas_retenir",
  vers: "non_retenue",
  par: ["dgaln"],
  libelle: "Ne pas retenir la candidature",
  motivationRequise: true,
  condition: "Atelier national : décidé par la délibération de la session.",
};
const inscrireListeComplementaire: Transition = {
  action: "inscrire_liste_complementaire",
  vers: "liste_complementaire",
  par: ["dgaln"],
  libelle: "Inscrire sur la liste complémentaire",
  motivationRequise: true,
  condition: "Atelier national seulement, par la délibération de la session.",
};

export const TRANSITIONS = {
  brouillon: [
    {
      action: "signer",
      vers: "signee",
      par: PORTEURS,
      libelle: "Signer la candidature",
      motivationRequise: false,
      condition: "La candidature devient « signée » quand les deux parties ont signé le même contenu ; sinon elle reste en brouillon.",
    },
    retirer,
  ],
  signee: [
    // Une partie peut signer à nouveau le même contenu : sa nouvelle signature remplace la précédente.
    {
      action: "signer",
      vers: "signee",
      par: PORTEURS,
      libelle: "Signer à nouveau la candidature",
      motivationRequise: false,
      condition: "La nouvelle signature remplace la précédente de la même partie.",
    },
    // Le dépôt revient au service de l'État compétent (DESIGN.md §1 ; politique `candidature.deposer`).
    {
      action: "deposer",
      vers: "deposee",
      par: ["etat"],
      libelle: "Déposer la candidature",
      motivationRequise: false,
      condition: "Les règles R1 à R7 doivent être satisfaites (voir la liste de contrôle).",
    },
    modifier,
    retirer,
  ],
  deposee: [
    { action: "declarer_recevable", vers: "en_instruction", par: ["dgaln"], libelle: "Déclarer recevable", motivationRequise: false },
    { action: "declarer_irrecevable", vers: "irrecevable", par: ["dgaln"], libelle: "Déclarer irrecevable", motivationRequise: true },
    demanderCorrections,
    retirer,
  ],
  en_instruction: [demanderCorrections, retenir, nePasRetenir, inscrireListeComplementaire, retirer],
  // Liste complémentaire d'une session : la DGALN retient la candidature si une place se libère.
  liste_complementaire: [retenir, nePasRetenir, retirer],
  a_corriger: [modifier, retirer],
  irrecevable: [],
  retenue: [],
  non_retenue: [],
  retiree: [],
} as const satisfies Record<StatutCandidature, readonly Transition[]>;

/** Statuts finaux : une candidature qui y est n'est plus active (R7). */
export const STATUTS_FINAUX = ["irrecevable", "retenue", "non_retenue", "retiree"] as const satisfies readonly StatutCandidature[];

export function estFinal(statut: StatutCandidature): boolean {
  return (STATUTS_FINAUX as readonly StatutCandidature[]).includes(statut);
}

export function transitionsDepuis(statut: StatutCandidature): readonly Transition[] {
  return TRANSITIONS[statut];
}

/** Transitions que des parties (celles de l'utilisateur sur cette candidature) peuvent déclencher. */
export function transitionsDisponibles(statut: StatutCandidature, parties: readonly Partie[]): Transition[] {
  return transitionsDepuis(statut).filter((t) => t.par.some((p) => parties.includes(p)));
}

/** La transition `action` depuis `statut`, si elle existe et que `partie` peut la déclencher. */
export function transitionPermise(statut: StatutCandidature, action: ActionCandidature, partie: Partie): Transition | null {
  return transitionsDepuis(statut).find((t) => t.action === action && t.par.includes(partie)) ?? null;
}

/** Le contenu est modifiable en brouillon, et depuis les statuts d'où `modifier` ramène au brouillon. */
export function estModifiable(statut: StatutCandidature): boolean {
  return statut === "brouillon" || transitionsDepuis(statut).some((t) => t.action === "modifier");
}

const STATUTS = Object.keys(TRANSITIONS) as StatutCandidature[];

/** Les statuts depuis lesquels l'action est une transition de la machine. */
export function statutsPermettant(action: ActionCandidature): StatutCandidature[] {
  return STATUTS.filter((statut) => transitionsDepuis(statut).some((t) => t.action === action));
}

/** Brouillon et signée : une partie peut (re)signer. */
export const STATUTS_SIGNABLES = statutsPermettant("signer");
/** Signée : le service de l'État compétent peut déposer. */
export const STATUTS_DEPOSABLES = statutsPermettant("deposer");

/**
 * Les statuts d'une candidature dont le dernier dépôt tient toujours : ceux qu'on atteint depuis
 * « déposée » sans retrait ni retour à un statut modifiable (une demande de corrections rouvre la
 * rédaction, un nouveau dépôt suivra).
 */
export const STATUTS_DEPOT_EN_VIGUEUR: StatutCandidature[] = (() => {
  const atteints = new Set<StatutCandidature>(["deposee"]);
  for (const statut of atteints) {
    for (const t of transitionsDepuis(statut)) {
      if (t.action !== "retirer" && !estModifiable(t.vers)) atteints.add(t.vers);
    }
  }
  return [...atteints];
})();
