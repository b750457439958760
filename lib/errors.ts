// Erreurs attendues : un code stable et un message en français montré tel quel à l'utilisateur.
// Toute autre erreur est journalisée et l'utilisateur lit « Une erreur est survenue… ».
import type { CodeRegle } from "@/lib/candidatures/regles/types";

export type CodeErreur =
  | "NON_AUTHENTIFIE"
  | "ACCES_REFUSE"
  | "INTROUVABLE"
  | "INVALIDE"
  | "CONFLIT"
  | "ETAT_INCOMPATIBLE"
  | "REGLE_NON_RESPECTEE"
  | "TROP_DE_TENTATIVES"
  /** Un service dont dépend l'action (antivirus) ne répond pas : rien n'est écrit, réessayer plus tard. */
  | "SERVICE_INDISPONIBLE";

export class AppError extends Error {
  constructor(
    public readonly code: CodeErreur,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
    /** Refus par le module de règles : les codes stables des règles enfreintes, dans l'ordre des messages. */
    public readonly regles?: CodeRegle[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const MESSAGE_ERREUR_INATTENDUE =
  "Une erreur est survenue. Réessayez dans quelques instants ; si le problème persiste, contactez l'assistance.";

/** Message unique pour « n'existe pas » et « vous n'y avez pas accès » : on ne révèle pas l'existence. */
export const MESSAGE_INTROUVABLE = "Cet élément n'existe pas ou vous n'y avez pas accès.";

export type ResultatAction<T> =
  | { ok: true; data: T }
  | { ok: false; code: CodeErreur | "ERREUR_INATTENDUE"; message: string; fieldErrors?: Record<string, string[]>; regles?: CodeRegle[] };
