// Les files de tâches durables (pg-boss, schéma PostgreSQL « pgboss ») : leur nom et leurs reprises,
// en un seul endroit. Toutes les instances de l'application partagent ces files : une tâche n'est
// prise que par un travailleur à la fois (verrou SKIP LOCKED), et survit à un redémarrage.
// Décision 024.

/** Délai de la première reprise d'un courriel ; doublé à chaque échec (30 s, 1, 2, 4, 8, 16 min). */
export const COURRIEL_DELAI_REPRISE_S = 30;
/** Nombre de reprises après le premier échec ; au-delà, le courriel passe « en échec ». */
export const COURRIEL_REPRISES = 6;

export const FILES = {
  /** Remettre un courriel (ligne `courriel`) au serveur SMTP. */
  courriel: {
    name: "courriel",
    retryLimit: COURRIEL_REPRISES,
    retryDelay: COURRIEL_DELAI_REPRISE_S,
    retryBackoff: true,
    expireInSeconds: 120,
    deadLetter: "courriel-echec",
  },
  /** Lettre morte des courriels : la trace pg-boss des abandons (la liste vue par les administrateurs est la table `courriel`). */
  courrielEchec: { name: "courriel-echec", retryLimit: 0 },
  /** Clôture des sessions échues : à l'instant de clôture (tâche posée à l'ouverture) et chaque minute. */
  sessionsCloture: { name: "sessions-cloture", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 },
  /** Relances J-7 et J-2 des porteurs de brouillons d'une session (chaque quart d'heure). */
  sessionsRappels: { name: "sessions-rappels", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 1800 },
  /** Lettres de décision (PDF) et courriels des décisions d'une session publiée, par paquets. */
  lettresDecisions: { name: "lettres-decisions", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 },
  /** Relances des phases d'ateliers en retard, chaque jour à 9 h (heure de Paris) ; un avis par fin prévue échue. */
  phasesRetards: { name: "phases-retards", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 1800 },
  /** Résumés quotidiens des notifications, à 8 h (heure de Paris). */
  resumesQuotidiens: { name: "resumes-quotidiens", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600 },
} as const;

/** Planifications (cron, fuseau de Paris). */
export const PLANIFICATIONS = [
  { file: FILES.resumesQuotidiens.name, cron: "0 8 * * *", tz: "Europe/Paris" },
  { file: FILES.sessionsCloture.name, cron: "* * * * *", tz: "Europe/Paris" },
  { file: FILES.sessionsRappels.name, cron: "*/15 * * * *", tz: "Europe/Paris" },
  { file: FILES.phasesRetards.name, cron: "0 9 * * *", tz: "Europe/Paris" },
] as const;

export const SCHEMA_FILE = "pgboss";

/** Ordre de création : la lettre morte avant la file qui y renvoie. */
export const FILES_A_CREER = [FILES.courrielEchec, FILES.courriel, FILES.resumesQuotidiens, FILES.sessionsCloture, FILES.sessionsRappels, FILES.lettresDecisions, FILES.phasesRetards] as const;
