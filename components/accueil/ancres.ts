// Ancres de la page d'accueil, partagées avec le plan du site.
export const ANCRES = {
  programme: "le-programme",
  formats: "formats",
  phases: "phases",
  sessions: "sessions-ouvertes",
  laureats: "laureats",
  commentCandidater: "comment-candidater",
} as const;
