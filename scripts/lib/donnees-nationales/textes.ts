// Textes des candidatures du banc : titres, sujets, motivations, messages. Des phrases comme celles
// des données de démonstration, variées juste assez pour que les pages et la recherche aient à trier.
import type { FormatAtelier, StatutCandidature, TypeDecision, VisibiliteMessage } from "@/lib/generated/prisma/enums";

export const TITRES: Record<FormatAtelier, readonly ((nom: string) => string)[]> = {
  flash: [
    (n) => `Revitaliser le centre-bourg — ${n}`,
    (n) => `Requalifier la place et les abords de la mairie — ${n}`,
    (n) => `Devenir d'une friche en cœur de ville — ${n}`,
    (n) => `Entrée de ville et traversée de bourg — ${n}`,
  ],
  local: [
    (n) => `Projet de territoire et sobriété foncière — ${n}`,
    (n) => `Stratégie de revitalisation des bourgs — ${n}`,
    (n) => `Adapter le territoire aux risques littoraux et fluviaux — ${n}`,
    (n) => `Zones d'activités : densifier et requalifier — ${n}`,
    (n) => `Mobilités et armature urbaine — ${n}`,
  ],
  national: [
    (n) => `Réinventer le grand territoire — ${n}`,
    (n) => `Un projet de territoire pour la transition — ${n}`,
    (n) => `Paysage, eau et développement — ${n}`,
  ],
};

export const OBJETS = [
  "Définir une stratégie d'aménagement partagée entre les communes et l'intercommunalité.",
  "Reconquérir les logements vacants et les commerces du centre, en limitant l'artificialisation.",
  "Articuler le développement économique, l'habitat et les mobilités à l'échelle du bassin de vie.",
  "Préparer la recomposition d'un territoire exposé aux risques et au recul du trait de côte.",
  "Transformer une friche industrielle en quartier mixte relié au centre.",
] as const;

export const DISCIPLINES = ["Urbanisme", "Paysage", "Architecture", "Économie territoriale", "Environnement", "Géographie", "Sociologie", "Programmation"] as const;

export const LIVRABLES: Record<FormatAtelier, string> = {
  flash: "Esquisse de plan-guide, feuille de route",
  local: "Note de cadrage, plan-guide, feuille de route",
  national: "Projet de territoire, feuille de route",
};

/** Décisions qui mènent à chaque statut (recevabilité puis sélection), comme dans seed.ts. */
export const DECISIONS: Partial<Record<StatutCandidature, TypeDecision[]>> = {
  en_instruction: ["recevable"],
  a_corriger: ["corrections_demandees"],
  irrecevable: ["irrecevable"],
  retenue: ["recevable", "retenue"],
  non_retenue: ["recevable", "non_retenue"],
};

export const MOTIVATIONS: Record<TypeDecision, readonly string[]> = {
  recevable: ["Dossier complet.", "Dossier complet, périmètre conforme au format.", "Pièces conformes, signatures valides."],
  irrecevable: [
    "Le sujet relève d'une procédure d'urbanisme déjà engagée et non d'un atelier des territoires.",
    "Le périmètre ne correspond pas au format demandé et aucune dérogation n'est justifiée.",
  ],
  corrections_demandees: [
    "Préciser le calendrier des ateliers in situ et les acteurs locaux qui y seront associés.",
    "Joindre le courrier de soutien du préfet et préciser les objectifs.",
  ],
  derogation_acceptee: ["Dérogation acceptée : le sujet, très localisé, justifie un périmètre communal."],
  derogation_refusee: ["Dérogation refusée : le sujet appelle une réflexion à l'échelle intercommunale."],
  retenue: ["Candidature retenue : sujet exemplaire, portage politique fort.", "Candidature retenue : démarche reproductible, partenaires mobilisés."],
  non_retenue: ["Candidature de qualité, non classée en rang utile.", "Le sujet est pertinent mais le portage reste à consolider."],
  liste_complementaire: ["Candidature classée juste après les lauréates : retenue si une place se libère."],
};

export const MESSAGES: Record<VisibiliteMessage, readonly string[]> = {
  tous: [
    "Bonjour, nous avons ajouté le courrier de soutien signé par le maire.",
    "La note d'opportunité est à jour : pouvez-vous la relire avant signature ?",
    "Merci pour vos compléments, nous transmettons le dossier.",
  ],
  etat_dgaln: ["La DDT confirme sa capacité à porter l'atelier sur douze mois.", "Point d'attention : calendrier électoral à prendre en compte."],
  dgaln: ["À rapprocher des candidatures voisines de la même région.", "Dossier à présenter au prochain comité de sélection."],
};
