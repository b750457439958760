// Machine à états d'une session nationale (DESIGN.md §5) :
// brouillon → ouverte → cloturee → en_deliberation → resultats_publies. La clôture se fait d'elle-même
// à la date-heure prévue (tâche planifiée, lib/sessions/cloture.ts) ; les autres transitions sont des
// actions d'un administrateur DGALN (politique : `session.gerer`). Table exhaustive : un nouveau
// statut ne compile pas tant qu'il n'y figure pas.
import type { StatutSession } from "@/lib/generated/prisma/enums";

export type ActionSession = "ouvrir" | "cloturer" | "ouvrir_deliberation" | "publier_resultats";

export type TransitionSession = {
  action: ActionSession;
  vers: StatutSession;
  /** `automatique` : déclenchée par l'horloge, jamais proposée en bouton. */
  par: "administrateur" | "automatique";
  libelle: string;
  /** Ce que la transition change pour les autres, dit avant de confirmer. */
  consequence: string;
};

export const TRANSITIONS_SESSION = {
  brouillon: [
    {
      action: "ouvrir",
      vers: "ouverte",
      par: "administrateur",
      libelle: "Ouvrir la session aux candidatures",
      consequence: "La session devient publique ; les porteurs peuvent y déposer jusqu'à la clôture, qui se fera d'elle-même à l'heure dite.",
    },
  ],
  ouverte: [
    {
      action: "cloturer",
      vers: "cloturee",
      par: "automatique",
      libelle: "Clôturer la session",
      consequence: "Plus aucun dépôt n'est possible.",
    },
  ],
  cloturee: [
    {
      action: "ouvrir_deliberation",
      vers: "en_deliberation",
      par: "administrateur",
      libelle: "Ouvrir la délibération",
      consequence: "Les notes des jurés sont descellées : chaque juré voit les notes des autres, le tableau de délibération s'ouvre.",
    },
  ],
  en_deliberation: [
    {
      action: "publier_resultats",
      vers: "resultats_publies",
      par: "administrateur",
      libelle: "Publier les résultats",
      consequence:
        "Les décisions préparées prennent effet : les lauréates deviennent publiques sur la page de la session, leurs ateliers sont créés, " +
        "et chaque candidature reçoit sa lettre de décision (les deux parties sont prévenues par courriel).",
    },
  ],
  resultats_publies: [],
} as const satisfies Record<StatutSession, readonly TransitionSession[]>;

export function transitionSession(depuis: StatutSession, action: ActionSession): TransitionSession | undefined {
  return (TRANSITIONS_SESSION[depuis] as readonly TransitionSession[]).find((t) => t.action === action);
}

/** Statuts d'où part une action (écriture conditionnelle `updateMany … where statut in`). */
export function statutsSessionPermettant(action: ActionSession): StatutSession[] {
  return (Object.keys(TRANSITIONS_SESSION) as StatutSession[]).filter((s) => transitionSession(s, action));
}

/** Les transitions qu'un administrateur peut déclencher depuis ce statut (boutons). */
export function transitionsSessionOffertes(statut: StatutSession): TransitionSession[] {
  return (TRANSITIONS_SESSION[statut] as readonly TransitionSession[]).filter((t) => t.par === "administrateur");
}

/** Une session reçoit des dépôts (R1 contrôle en plus l'instant de clôture). */
export const STATUT_SESSION_OUVERTE: StatutSession = "ouverte";

/** Statuts où la grille et les dates se modifient encore : avant l'ouverture seulement pour la grille. */
export function grilleModifiable(statut: StatutSession): boolean {
  return statut === "brouillon";
}

/** Dates et textes : modifiables jusqu'à la clôture (prolonger une session ouverte reste possible). */
export function sessionModifiable(statut: StatutSession): boolean {
  return statut === "brouillon" || statut === "ouverte";
}
