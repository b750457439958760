// Machine à états des phases d'un atelier (DESIGN.md §5, issue 14 ; décision 031) :
// a_venir → en_cours → a_valider → validee, et le renvoi a_valider → en_cours avec un commentaire.
// Le `satisfies Record<StatutPhase, …>` rend la table exhaustive : un nouveau statut ne compile pas
// tant qu'il n'y figure pas. Qui, dans une partie, agit relève de la politique (lib/autorisations) :
// le pilote agit au titre de `atelier.modifier`, les co-pilotes au titre de `atelier.valider_phase`.
// Module pur, sans base.
import type { PartieSignataire, StatutPhase, TypeLivrable, TypePhase } from "@/lib/generated/prisma/enums";
import { LIBELLES_TYPE_LIVRABLE, LIBELLES_TYPE_PHASE } from "@/lib/candidatures/regles/libelles";

export type ActionPhase = "demarrer" | "soumettre" | "valider" | "renvoyer";

/** Le pilote (service de l'État du département, ou la DGALN) ou l'un des deux co-pilotes. */
export type ActeurPhase = "pilote" | PartieSignataire;

export type TransitionPhase = {
  action: ActionPhase;
  vers: StatutPhase;
  par: readonly ActeurPhase[];
  /** Intitulé du bouton. */
  libelle: string;
  commentaireRequis: boolean;
  /** Condition supplémentaire, en français, quand la transition n'est pas immédiate. */
  condition?: string;
};

const CO_PILOTES = ["collectivite", "etat"] as const satisfies readonly ActeurPhase[];

export const TRANSITIONS_PHASE = {
  a_venir: [
    {
      action: "demarrer",
      vers: "en_cours",
      par: ["pilote"],
      libelle: "Démarrer la phase",
      commentaireRequis: false,
      condition: "Les phases se suivent : la phase précédente doit être validée par les deux co-pilotes.",
    },
  ],
  en_cours: [
    {
      action: "soumettre",
      vers: "a_valider",
      par: ["pilote"],
      libelle: "Soumettre à validation",
      commentaireRequis: false,
      condition: "Le livrable requis de la phase doit être déposé.",
    },
  ],
  a_valider: [
    {
      // La phase ne devient « validée » qu'à la seconde validation, sur les mêmes livrables.
      action: "valider",
      vers: "validee",
      par: CO_PILOTES,
      libelle: "Valider la phase",
      commentaireRequis: false,
      condition: "La phase est validée quand les deux co-pilotes ont validé les mêmes livrables ; un nouveau livrable annule les validations.",
    },
    {
      action: "renvoyer",
      vers: "en_cours",
      par: CO_PILOTES,
      libelle: "Renvoyer la phase",
      commentaireRequis: true,
      condition: "Le commentaire dit ce qu'il faut reprendre ; les validations déjà données sont annulées.",
    },
  ],
  validee: [],
} as const satisfies Record<StatutPhase, readonly TransitionPhase[]>;

/** La transition de cette action depuis ce statut, si elle existe. */
export function transitionPhase(statut: StatutPhase, action: ActionPhase): TransitionPhase | undefined {
  const transitions: readonly TransitionPhase[] = TRANSITIONS_PHASE[statut];
  return transitions.find((t) => t.action === action);
}

/** Les transitions qu'un acteur (pilote, co-pilote) peut déclencher depuis ce statut. */
export function transitionsDisponibles(statut: StatutPhase, acteurs: readonly ActeurPhase[]): TransitionPhase[] {
  const transitions: readonly TransitionPhase[] = TRANSITIONS_PHASE[statut];
  return transitions.filter((t) => t.par.some((p) => acteurs.includes(p)));
}

// ─── Ordre des phases ──────────────────────────────────────────────────────────────────────────

/** Les phases se suivent dans cet ordre (DESIGN.md §2). */
export const ORDRE_PHASES = ["appropriation", "animation", "restitution"] as const satisfies readonly TypePhase[];

export function phasePrecedente(type: TypePhase): TypePhase | null {
  const i = ORDRE_PHASES.indexOf(type);
  return i > 0 ? ORDRE_PHASES[i - 1]! : null;
}

export function phaseSuivante(type: TypePhase): TypePhase | null {
  const i = ORDRE_PHASES.indexOf(type);
  return ORDRE_PHASES[i + 1] ?? null;
}

/** Une phase démarre quand la précédente est validée ; la première, à tout moment. */
export function peutDemarrer(type: TypePhase, statutPrecedente: StatutPhase | null): { ok: true } | { ok: false; message: string } {
  const precedente = phasePrecedente(type);
  if (precedente === null || statutPrecedente === "validee") return { ok: true };
  return {
    ok: false,
    message:
      `La phase d'${LIBELLES_TYPE_PHASE[precedente]} n'est pas encore validée par les deux co-pilotes : ` +
      `la phase ${deLaPhase(type)} ne peut pas démarrer avant.`,
  };
}

/** « d'appropriation », « d'animation », « de restitution ». */
export function deLaPhase(type: TypePhase): string {
  const nom = LIBELLES_TYPE_PHASE[type];
  return /^[aeiouy]/.test(nom) ? `d'${nom}` : `de ${nom}`;
}

// ─── Livrables requis, par phase (une seule table) ─────────────────────────────────────────────

/** Livrables finals de la restitution (DESIGN.md §2 et §9). */
export const LIVRABLES_FINAUX = [
  "note_de_cadrage",
  "feuille_de_route",
  "cahier_des_charges",
  "plan_guide",
  "projet_de_territoire",
  "rapport_final",
] as const satisfies readonly TypeLivrable[];

export type ExigenceLivrable = {
  /** Au moins un livrable courant de l'un de ces types. */
  typesRequis: readonly TypeLivrable[];
  /**
   * À défaut : un atelier in situ de la phase avec son compte rendu suffit (animation : les
   * comptes rendus des ateliers in situ sont le livrable de la phase, DESIGN.md §9).
   */
  compteRenduInSituSuffit: boolean;
  /** Types qu'on peut déposer dans la phase (les requis, plus le suivi et les documents libres). */
  typesAdmis: readonly TypeLivrable[];
  /** Ce qui manque, dit à l'utilisateur quand la phase est soumise sans son livrable. */
  manquant: string;
  source: string;
};

export const LIVRABLES_PAR_PHASE = {
  appropriation: {
    typesRequis: ["synthese_enjeux"],
    compteRenduInSituSuffit: false,
    typesAdmis: ["synthese_enjeux", "note_de_cadrage", "carnet_de_suivi", "autre"],
    manquant: "la synthèse des enjeux",
    source: "DESIGN.md §2 et §9 : l'appropriation se conclut par un document de synthèse des enjeux.",
  },
  animation: {
    typesRequis: ["support_atelier"],
    compteRenduInSituSuffit: true,
    typesAdmis: ["support_atelier", "carnet_de_suivi", "autre"],
    manquant: "au moins un atelier in situ avec son compte rendu, ou un support d'atelier in situ",
    source: "DESIGN.md §9 : l'animation se conclut par les supports et les comptes rendus des ateliers in situ (décision 031).",
  },
  restitution: {
    typesRequis: LIVRABLES_FINAUX,
    compteRenduInSituSuffit: false,
    typesAdmis: [...LIVRABLES_FINAUX, "esquisse_plan_guide", "carnet_de_suivi", "autre"],
    manquant: `le livrable final (${LIVRABLES_FINAUX.map((t) => LIBELLES_TYPE_LIVRABLE[t]).join(", ")})`,
    source: "DESIGN.md §2 et §9 : la restitution produit et présente le livrable final.",
  },
} as const satisfies Record<TypePhase, ExigenceLivrable>;

export type EtatLivrablesPhase = {
  livrables: readonly { type: TypeLivrable }[];
  ateliersInSitu: readonly { compteRendu: string | null }[];
};

/** Le livrable requis de la phase est-il là ? Sinon, le message français du refus. */
export function livrableRequisPresent(type: TypePhase, etat: EtatLivrablesPhase): { ok: true } | { ok: false; message: string } {
  const exigence: ExigenceLivrable = LIVRABLES_PAR_PHASE[type];
  const parLivrable = etat.livrables.some((l) => exigence.typesRequis.includes(l.type));
  const parCompteRendu = exigence.compteRenduInSituSuffit && etat.ateliersInSitu.some((a) => (a.compteRendu ?? "").trim().length > 0);
  if (parLivrable || parCompteRendu) return { ok: true };
  return {
    ok: false,
    message: `La phase ${deLaPhase(type)} ne peut pas être soumise à validation sans son livrable : déposez ${exigence.manquant}.`,
  };
}

/** Le type peut-il être déposé dans cette phase ? */
export function typeAdmis(phase: TypePhase, type: TypeLivrable): boolean {
  const admis: readonly TypeLivrable[] = LIVRABLES_PAR_PHASE[phase].typesAdmis;
  return admis.includes(type);
}

/** Les deux co-pilotes ont-ils validé la même empreinte, égale à l'empreinte courante ? */
export function phaseValidee(
  empreinteCourante: string,
  validations: readonly { partie: PartieSignataire; empreinteLivrables: string | null }[],
): boolean {
  return CO_PILOTES.every((partie) => validations.some((v) => v.partie === partie && v.empreinteLivrables === empreinteCourante));
}
