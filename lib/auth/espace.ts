// Où mène la connexion sans destination demandée (issue 9, point 13) : au travail de l'utilisateur,
// pas à la page de son compte. Qui peut lire des candidatures (politique) arrive sur sa liste ; un
// expert extérieur, sur ses demandes d'avis.
import type { Acteur } from "./acteur";
import { aUnDroit } from "@/lib/autorisations/politique";

export function espaceDe(acteur: Acteur): string {
  // Un juré sans autre rôle arrive sur ses évaluations.
  if (acteur.appartenances.length === 0 && acteur.jury.length > 0) return "/jury";
  // Un expert sollicité sans autre rôle (expert extérieur) arrive sur ses demandes d'avis.
  if (acteur.expert && acteur.appartenances.length === 0 && acteur.jury.length === 0) return "/mes-avis";
  return aUnDroit(acteur, "candidature", "lire") ? "/candidatures" : "/mon-compte";
}
