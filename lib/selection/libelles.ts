// L'issue d'une décision de sélection, telle que l'affichent le tableau de délibération (composant
// serveur) et le formulaire des décisions en lot (composant client). Hors du module « use client » :
// un composant serveur qui importe une constante d'un module client n'en reçoit qu'une référence
// client, et `LIBELLES_ISSUE[action]` y vaut `undefined`.
import type { ActionSelection } from "./regles";

export const LIBELLES_ISSUE: Record<ActionSelection, string> = {
  retenir: "Retenue",
  ne_pas_retenir: "Non retenue",
  inscrire_liste_complementaire: "Liste complémentaire",
};
