// Les champs modifiables d'un atelier in situ, en un seul endroit : le formulaire y rattache les
// erreurs du serveur, le cas d'usage y lit ce qui a changé. Sans zod ni base : importable partout.
export const CHAMPS_ATELIER_IN_SITU = [
  "titre",
  "debutLe",
  "lieu",
  "codeInsee",
  "theme",
  "participantsElus",
  "participantsTechniciens",
  "participantsHabitants",
  "participantsPartenaires",
  "compteRendu",
] as const;

export type ChampAtelierInSitu = (typeof CHAMPS_ATELIER_IN_SITU)[number];
