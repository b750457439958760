// Candidatures de démonstration : tous les formats et tous les statuts, plusieurs départements
// et régions, pour que chaque écran montre quelque chose de réaliste. La session 2023–2025 a six
// lauréats (DESIGN.md §2) : seule la CC des Coëvrons est nommée par les sources ; les cinq autres
// sont des territoires réels choisis pour l'illustration, pas les lauréats effectifs.
import type { FormatAtelier, StatutCandidature } from "@/lib/generated/prisma/client";
import { CANDIDATURES_DELIBERATION } from "./deliberation-demo";

export type CandidatureDemo = {
  reference: string;
  format: FormatAtelier;
  /** slug de la session nationale */
  session?: string;
  /** SIREN de la collectivité porteuse principale */
  collectivite: string;
  statut: StatutCandidature;
  titre: string;
  communes?: string[];
  epci?: string[];
  dureeMois: number;
  debutPrevu: string;
  objet: string;
} & (
  /** Candidature passée : date de création, heure de Paris. */
  | { creeLe: string }
  /** Candidature en cours : jours écoulés depuis la création, pour qu'elle reste récente. */
  | { age: number }
);

export const CANDIDATURES_DEMO: CandidatureDemo[] = [
  {
    reference: "ADT-2023-00001", format: "national", session: "2023-territoires-productifs", collectivite: "200033298",
    statut: "retenue", titre: "Les Coëvrons, territoire productif et sobre", epci: ["200033298"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-03-06T10:00",
    objet: "Concilier le maintien des activités productives (agriculture, industrie agroalimentaire) avec la sobriété foncière et la revitalisation des bourgs.",
  },
  {
    reference: "ADT-2023-00002", format: "flash", collectivite: "215300054", statut: "retenue",
    titre: "Andouillé : réinvestir le centre-bourg", communes: ["53005"], dureeMois: 5, debutPrevu: "2023-04-01", creeLe: "2023-01-09T10:30",
    objet: "Définir une esquisse de plan-guide pour le centre-bourg d'Andouillé : commerces, espaces publics, logements vacants.",
  },
  {
    reference: "ADT-2023-00003", format: "national", session: "2023-territoires-productifs", collectivite: "243300316",
    statut: "non_retenue", titre: "Bordeaux Métropole : zones d'activités et sobriété foncière", epci: ["243300316"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-03-01T14:00",
    objet: "Requalifier les zones d'activités économiques de la rive droite dans une trajectoire de zéro artificialisation nette.",
  },
  {
    reference: "ADT-2023-00004", format: "national", session: "2023-territoires-productifs", collectivite: "200067106",
    statut: "irrecevable", titre: "Pays Basque : foncier productif littoral", epci: ["200067106"], dureeMois: 20,
    debutPrevu: "2023-10-01", creeLe: "2023-02-20T09:45",
    objet: "Préserver le foncier agricole et artisanal face à la pression résidentielle du littoral.",
  },
  {
    reference: "ADT-2026-00005", format: "local", collectivite: "245300355", statut: "deposee",
    titre: "Ernée : une stratégie pour les bourgs de l'intercommunalité", epci: ["245300355"], dureeMois: 12,
    debutPrevu: "2027-03-01", age: 40,
    objet: "Construire une stratégie intercommunale de revitalisation des quinze bourgs et de sobriété foncière.",
  },
  {
    reference: "ADT-2026-00006", format: "local", collectivite: "244400404", statut: "brouillon",
    titre: "Nantes Métropole : les franges agri-urbaines", epci: ["244400404"], dureeMois: 15,
    debutPrevu: "2027-06-01", age: 6,
    objet: "Imaginer l'avenir des franges entre ville et campagne : agriculture de proximité, paysages, mobilités douces.",
  },
  {
    reference: "ADT-2026-00007", format: "flash", collectivite: "214401846", statut: "signee",
    titre: "Saint-Nazaire : le front de mer de Penhoët", communes: ["44184"], dureeMois: 4, debutPrevu: "2027-02-01", age: 20,
    objet: "Esquisser un plan-guide pour la reconversion d'une friche portuaire du quartier de Penhoët.",
  },
  {
    reference: "ADT-2026-00008", format: "local", collectivite: "200040715", statut: "en_instruction",
    titre: "Grenoble-Alpes-Métropole : adapter la vallée à la chaleur", epci: ["200040715"], dureeMois: 14,
    debutPrevu: "2027-04-01", age: 75,
    objet: "Une feuille de route d'adaptation au changement climatique des fonds de vallée urbanisés.",
  },
  {
    reference: "ADT-2026-00009", format: "flash", collectivite: "210500468", statut: "a_corriger",
    titre: "Embrun : la traversée de la RN 94", communes: ["05046"], dureeMois: 6, debutPrevu: "2027-03-15", age: 55,
    objet: "Apaiser la traversée urbaine et reconnecter la ville haute au plan d'eau.",
  },
  {
    reference: "ADT-2026-00010", format: "national", session: "2026-sobriete-fonciere", collectivite: "200066868",
    statut: "brouillon", titre: "Presqu'île de Crozon : habiter sans s'étaler", epci: ["200066868"], dureeMois: 18,
    debutPrevu: "2027-09-01", age: 12,
    objet: "Accueillir des habitants permanents sans consommer d'espaces naturels, sur un territoire très touristique.",
  },
  {
    reference: "ADT-2026-00011", format: "flash", collectivite: "217300086", statut: "retiree",
    titre: "Aix-les-Bains : les abords de la gare", communes: ["73008"], dureeMois: 4, debutPrevu: "2027-01-15", age: 90,
    objet: "Réorganiser les abords de la gare et le lien avec le lac.",
  },
  {
    reference: "ADT-2026-00012", format: "national", session: "2026-sobriete-fonciere", collectivite: "245100615",
    statut: "deposee", titre: "Grande Vallée de la Marne : coteaux, villages et foncier", epci: ["245100615"], dureeMois: 18,
    debutPrevu: "2027-09-01", age: 30,
    objet: "Concilier le classement des coteaux champenois et l'accueil de nouveaux ménages dans les villages.",
  },
  {
    reference: "ADT-2025-00013", format: "local", collectivite: "244400404", statut: "retenue",
    titre: "Nantes Métropole : la Loire, axe de projet", epci: ["244400404"], dureeMois: 14,
    debutPrevu: "2026-03-01", creeLe: "2025-09-15T09:30",
    objet: "Redonner à la Loire sa place dans le projet métropolitain : berges, navigation, risques.",
  },
  // Les cinq autres lauréats de la session 2023, pour l'illustration (voir l'en-tête).
  {
    reference: "ADT-2023-00005", format: "national", session: "2023-territoires-productifs", collectivite: "200069037",
    statut: "retenue", titre: "Pays de Saint-Omer : reconvertir les friches au service de l'industrie", epci: ["200069037"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-02-13T10:00",
    objet: "Remobiliser les friches industrielles et ferroviaires pour accueillir des activités productives sans consommer de terres agricoles.",
  },
  {
    reference: "ADT-2023-00006", format: "national", session: "2023-territoires-productifs", collectivite: "246700306",
    statut: "retenue", titre: "Vallée de la Bruche : une vallée industrielle sobre en foncier", epci: ["246700306"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-02-27T09:30",
    objet: "Maintenir l'emploi industriel de fond de vallée en densifiant les sites existants et en valorisant la ressource en bois.",
  },
  {
    reference: "ADT-2023-00007", format: "national", session: "2023-territoires-productifs", collectivite: "247100589",
    statut: "retenue", titre: "Grand Chalon : des zones d'activités qui se renouvellent sur elles-mêmes", epci: ["247100589"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-03-02T11:00",
    objet: "Densifier et requalifier les zones d'activités économiques de l'agglomération, en lien avec la logistique fluviale de la Saône.",
  },
  {
    reference: "ADT-2023-00008", format: "national", session: "2023-territoires-productifs", collectivite: "200065928",
    statut: "retenue", titre: "Lannion-Trégor : agriculture, mer et numérique, un territoire productif littoral", epci: ["200065928"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-03-08T14:30",
    objet: "Concilier économie maritime, agriculture et filière numérique sur un littoral soumis à la pression résidentielle.",
  },
  {
    reference: "ADT-2023-00009", format: "national", session: "2023-territoires-productifs", collectivite: "200071587",
    statut: "retenue", titre: "Loches Sud Touraine : une ruralité productive et sobre", epci: ["200071587"], dureeMois: 18,
    debutPrevu: "2023-09-01", creeLe: "2023-03-13T10:15",
    objet: "Faire des bourgs et des exploitations agricoles les points d'appui d'une économie rurale qui consomme peu d'espace.",
  },
  // Les six candidatures de la session en délibération (deliberation-demo.ts).
  ...CANDIDATURES_DELIBERATION,
];
