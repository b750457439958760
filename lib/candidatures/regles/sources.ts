// D'où vient chaque règle : l'article de DESIGN.md §6 et la page publique qu'il paraphrase.
// Ces chaînes accompagnent chaque résultat, pour que l'agent ou la DGALN puisse vérifier.
import type { Regle } from "./types";

const PAGE_MAYENNE =
  "Préfecture de la Mayenne, « Ateliers des territoires » (https://www.mayenne.gouv.fr/Actions-de-l-Etat/Amenagement-durable-urbanisme-construction-patrimoine/Amenagement-durable/Ateliers-des-territoires)";
const PAGE_MODALITES =
  "DGALN, « Modalités de candidature aux Ateliers Locaux » (https://amenagement-durable.ecologie.gouv.fr/modalites-candidature-aux-ateliers-locaux)";
const PAGE_ATELIERS_LOCAUX =
  "DGALN, « Les Ateliers Locaux » (https://amenagement-durable.ecologie.gouv.fr/ateliers-locaux-0)";
const PAGE_ACCOMPAGNEMENT =
  "DGALN, « L'accompagnement des Ateliers Locaux » (https://amenagement-durable.ecologie.gouv.fr/laccompagnement-ateliers-locaux)";

export const SOURCES: Record<Regle, string> = {
  R1: `DESIGN.md §6 R1 ; ${PAGE_MAYENNE} : l'atelier national passe par un appel à manifestation d'intérêt ; ${PAGE_MODALITES} : l'atelier local est instruit « au fil de l'eau ».`,
  R2: `DESIGN.md §6 R2 (choix produit) ; ${PAGE_MAYENNE} : national « environ 18 mois », flash « de 3 à 6 mois » ; ${PAGE_ACCOMPAGNEMENT} : local « de 10 à 15 mois ».`,
  R3: `DESIGN.md §6 R3 (choix produit) ; ${PAGE_MAYENNE} : « au moins celle d'un EPCI » ; ${PAGE_ATELIERS_LOCAUX} : échelle intercommunale, plus vaste (SCOT, PETR, OIN) ou, éventuellement, inférieure.`,
  R4: `DESIGN.md §6 R4 ; ${PAGE_MAYENNE} : la candidature est « portée conjointement » par la DDT et la collectivité ; ${PAGE_MODALITES}.`,
  R5: `DESIGN.md §6 R5 ; ${PAGE_MODALITES} : note d'opportunité, courriers de soutien de la collectivité et du préfet, courrier d'engagement de la DDT(M) ou D(R)EAL.`,
  R6: `DESIGN.md §6 R6 et §5 (signatures liées à l'empreinte du contenu) ; ${PAGE_MAYENNE} : candidature portée conjointement.`,
  R7: "DESIGN.md §6 R7 (choix produit) : un même territoire ne peut pas être déposé deux fois par deux côtés.",
};

/** Intitulés des rubriques de la liste de contrôle. */
export const TITRES: Record<Regle, string> = {
  R1: "Session nationale",
  R2: "Durée prévue",
  R3: "Échelle du périmètre",
  R4: "Service de l'État compétent",
  R5: "Pièces du dossier",
  R6: "Signatures",
  R7: "Candidature unique",
};
