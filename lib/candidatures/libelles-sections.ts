// Les sections du formulaire et leur titre, sans zod : les composants clients les affichent dès le
// premier rendu, alors que les schémas (candidature.schema.ts, qui les réexporte) ne se chargent
// qu'à la première validation (components/formulaires/resolveur-differe.ts).
export const SECTIONS = ["porteurs", "perimetre", "note", "calendrier", "livrables", "contacts"] as const;
export type Section = (typeof SECTIONS)[number];

export const LIBELLES_SECTIONS: Record<Section, string> = {
  porteurs: "Porteurs",
  perimetre: "Localisation et périmètre",
  note: "Note d'opportunité",
  calendrier: "Calendrier",
  livrables: "Livrables et équipe",
  contacts: "Contacts",
};
