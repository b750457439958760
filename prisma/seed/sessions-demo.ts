// Sessions nationales. Thèmes et résultats réels (DESIGN.md §2) ; dates d'ouverture et de
// clôture approximatives. La session 2026–2027 est une session de démonstration.
import type { StatutSession } from "@/lib/generated/prisma/client";

export type SessionDemo = {
  slug: string;
  theme: string;
  description: string;
  statut: StatutSession;
  /** heure de Paris */
  ouverture: string;
  cloture: string;
  selection?: string;
  quota?: number;
  budget?: number;
  criteres: { libelle: string; description: string; poids: number }[];
};

const GRILLE = [
  { libelle: "Pertinence au regard du thème", description: "Le sujet répond aux enjeux nationaux de la session.", poids: 30 },
  { libelle: "Portage politique et partenarial", description: "Engagement des élus, du service de l'État et des partenaires.", poids: 25 },
  { libelle: "Caractère exemplaire et reproductible", description: "Enseignements utiles à d'autres territoires.", poids: 20 },
  { libelle: "Capacité d'animation locale", description: "Acteurs mobilisables pour les ateliers in situ.", poids: 25 },
];

export const SESSIONS_DEMO: SessionDemo[] = [
  {
    slug: "2017-eau-ressource", theme: "Faire de l'eau une ressource pour l'aménagement",
    description: "Session nationale 2017–2019 : six sites ont fait de l'eau un levier de leur projet de territoire.",
    statut: "resultats_publies", ouverture: "2017-03-01T00:00", cloture: "2017-05-31T23:59", selection: "2017-07-10T12:00", quota: 6, criteres: GRILLE,
  },
  {
    slug: "2019-transition-ecologique", theme: "Amplifier la transition écologique avec les territoires",
    description: "Session nationale 2019 consacrée à l'accélération de la transition écologique à l'échelle des territoires.",
    statut: "resultats_publies", ouverture: "2019-02-01T00:00", cloture: "2019-04-30T23:59", selection: "2019-06-28T12:00", criteres: GRILLE,
  },
  {
    slug: "2023-territoires-productifs", theme: "Aménager des territoires productifs, sobres et créateurs de valeurs",
    description: "Session nationale 2023–2025 : six lauréats, dont la communauté de communes des Coëvrons, pour un budget d'un million d'euros.",
    statut: "resultats_publies", ouverture: "2023-01-16T00:00", cloture: "2023-03-31T23:59", selection: "2023-06-15T12:00",
    quota: 6, budget: 1_000_000, criteres: GRILLE,
  },
  {
    slug: "2026-sobriete-fonciere", theme: "Habiter et produire sans s'étaler : la sobriété foncière comme projet",
    description: "Session de démonstration, ouverte aux collectivités et à leur service de l'État pour essayer l'application.",
    statut: "ouverte", ouverture: "2026-10-01T00:00", cloture: "2027-03-31T23:59", selection: "2027-06-30T12:00",
    quota: 6, budget: 1_200_000, criteres: GRILLE,
  },
];
