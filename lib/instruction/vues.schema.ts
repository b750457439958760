// Schémas zod des vues enregistrées du tableau d'instruction : les mêmes servent au formulaire et à
// l'action serveur. Sans `server-only` : importés par les composants clients.
import { z } from "zod";
import "@/lib/validation/zod-fr";
import { LONGUEUR_MAX_NOM_VUE } from "./limites";

export { LONGUEUR_MAX_NOM_VUE };

export const enregistrerVueSchema = z.object({
  nom: z
    .string({ error: "Donnez un nom à cette vue." })
    .trim()
    .min(1, { error: "Donnez un nom à cette vue." })
    .max(LONGUEUR_MAX_NOM_VUE, { error: `Le nom de la vue ne doit pas dépasser ${LONGUEUR_MAX_NOM_VUE} caractères.` }),
  /** Chaîne de requête des filtres affichés ; relue et réécrite par le serveur. */
  parametres: z.string({ error: "Les filtres de la vue sont illisibles." }).max(2_000, { error: "Les filtres de la vue sont trop longs." }),
});

export const supprimerVueSchema = z.object({
  vueId: z.uuid({ error: "Cette vue n'existe pas ou ne vous appartient pas." }),
});
