// Libellés français des visibilités d'un message : un code n'est jamais montré.
import type { VisibiliteMessage } from "@/lib/generated/prisma/enums";

export const LIBELLES_VISIBILITE: Record<VisibiliteMessage, string> = {
  tous: "Porteurs, service de l'État et DGALN",
  etat_dgaln: "Service de l'État et DGALN",
  dgaln: "Note interne DGALN",
};

/** Ce que la personne qui écrit doit savoir de chaque choix. */
export const AIDES_VISIBILITE: Record<VisibiliteMessage, string> = {
  tous: "Les collectivités porteuses, le service de l'État et la DGALN le liront.",
  etat_dgaln: "Les collectivités ne le verront pas.",
  dgaln: "Seuls les agents de la DGALN le liront.",
};
