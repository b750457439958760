// Coordonnées publiques de l'éditeur, reprises par les pages réglementaires.
export const EDITEUR = {
  /** Autorité de rattachement, décrite par les attributions plutôt que par les intitulés du gouvernement. */
  ministeres: "ministères chargés de l'aménagement du territoire et de la transition écologique",
  direction: "Direction générale de l'aménagement, du logement et de la nature (DGALN)",
  service:
    "Direction de l'habitat, de l'urbanisme et des paysages (DHUP), sous-direction de l'aménagement durable, bureau AD1",
  adresse: ["Tour Séquoia", "92055 La Défense Cedex"],
  formulaireContact: "https://www.ecologie.gouv.fr/contact",
} as const;
