// Ce que dit chaque décision de la DGALN dans une phrase du journal et des messages de conflit (un seul
// endroit : la recevabilité et la sélection s'en servent).
import type { TypeDecision } from "@/lib/generated/prisma/enums";

/** Ce qu'une décision dit, en minuscules, dans une phrase : « a déclaré la candidature recevable ». */
export const PHRASES_DECISION: Record<TypeDecision, string> = {
  recevable: "a déclaré la candidature recevable",
  irrecevable: "a déclaré la candidature irrecevable",
  corrections_demandees: "a demandé des corrections",
  derogation_acceptee: "a accepté la dérogation",
  derogation_refusee: "a refusé la dérogation",
  retenue: "a retenu la candidature",
  non_retenue: "n'a pas retenu la candidature",
  liste_complementaire: "a inscrit la candidature sur la liste complémentaire",
};
