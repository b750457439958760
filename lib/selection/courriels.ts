// Le courriel (et la notification) d'une décision de sélection, pour les deux parties : il mène à la
// lettre de décision (PDF). Même texte depuis la fiche et à la publication d'une session.
import type { MessageCandidature } from "@/lib/notifications/gabarit-courriel";

import type { TypeSelection } from "./regles";

const SUJETS: Record<TypeSelection, (reference: string) => string> = {
  retenue: (r) => `Candidature ${r} retenue`,
  non_retenue: (r) => `Candidature ${r} non retenue`,
  liste_complementaire: (r) => `Candidature ${r} inscrite sur la liste complémentaire`,
};

const ANNONCES: Record<TypeSelection, (reference: string, session: string | null) => string> = {
  retenue: (r, s) =>
    `${s ? `À l'issue de la délibération du jury de la session « ${s} », la` : "La"} DGALN retient la candidature ${r}. ` +
    "L'atelier est créé sur la plateforme : la collectivité et le service de l'État le suivent dans ses trois phases.",
  non_retenue: (r, s) => `${s ? `À l'issue de la délibération du jury de la session « ${s} », la` : "La"} DGALN ne retient pas la candidature ${r}.`,
  liste_complementaire: (r, s) =>
    `À l'issue de la délibération du jury${s ? ` de la session « ${s} »` : ""}, la DGALN inscrit la candidature ${r} sur la liste complémentaire : ` +
    "elle pourra être retenue si une place se libère.",
};

export function courrielSelection(type: TypeSelection, reference: string, motivation: string, lettre: string, session: string | null = null): MessageCandidature {
  return {
    sujet: SUJETS[type](reference),
    paragraphes: [ANNONCES[type](reference, session), `Motivation : ${motivation}`, "La lettre de décision est téléchargeable sur la plateforme."],
    chemin: lettre,
    libelleLien: "Télécharger la lettre de décision (PDF)",
  };
}
