// Les actions serveur des ateliers in situ, passées par la page aux composants clients.
import type { ActionServeur } from "@/components/organisations/types";

export type ActionsInSitu = {
  enregistrer: ActionServeur<unknown>;
  modifier: ActionServeur<unknown>;
  supprimer: ActionServeur<unknown>;
  retirerSupport: ActionServeur<unknown>;
  ajouterFrais: ActionServeur<unknown>;
  retirerFrais: ActionServeur<unknown>;
};
