// R1 — Un atelier national appartient à une session `ouverte` et ne se dépose qu'avant sa clôture
// (date-heure de Paris, stockée en UTC : la comparaison d'instants est juste des deux côtés d'un
// changement d'heure). Les ateliers local et flash sont « à la carte », instruits au fil de l'eau :
// ils n'ont pas de session (DESIGN.md §2 et §6 R1).
import { formaterDateHeure } from "@/lib/format/dates";
import { element, LIBELLES_FORMAT, LIBELLES_STATUT_SESSION, majuscule } from "./libelles";
import type { ElementChecklist, FaitsCandidature } from "./types";

export type FaitsR1 = Pick<FaitsCandidature, "format" | "session" | "maintenant">;

export function regleR1Session(faits: FaitsR1): ElementChecklist[] {
  const { format, session, maintenant } = faits;
  if (format !== "national") {
    if (session) {
      return [
        element(
          "R1",
          "R1_SESSION_INATTENDUE",
          "refuse",
          `${majuscule(`un ${LIBELLES_FORMAT[format]}`)} se demande au fil de l'eau, hors session nationale : la candidature ne doit pas être rattachée à la session « ${session.theme} ».`,
        ),
      ];
    }
    return [element("R1", "R1_SANS_SESSION_OK", "ok", `${majuscule(`un ${LIBELLES_FORMAT[format]}`)} se demande au fil de l'eau, sans session nationale.`)];
  }
  if (!session) {
    return [
      element(
        "R1",
        "R1_SESSION_MANQUANTE",
        "manquant",
        "Un atelier national répond à une session nationale (appel à manifestation d'intérêt) : choisissez la session.",
      ),
    ];
  }
  const cloture = `${formaterDateHeure(session.clotureLe)} (heure de Paris)`;
  // La date fait foi avant le statut : la clôture est automatique à l'heure dite (DESIGN.md §5),
  // même si la tâche qui passe la session en `cloturee` n'a pas encore tourné.
  if (maintenant.getTime() >= session.clotureLe.getTime()) {
    return [
      element(
        "R1",
        "R1_SESSION_CLOTUREE",
        "refuse",
        `La session « ${session.theme} » est close depuis le ${cloture} : les candidatures ne peuvent plus y être déposées.`,
      ),
    ];
  }
  if (session.statut !== "ouverte") {
    return [
      element(
        "R1",
        "R1_SESSION_NON_OUVERTE",
        "refuse",
        `La session « ${session.theme} » n'est pas ouverte aux candidatures (statut : « ${LIBELLES_STATUT_SESSION[session.statut]} »).`,
      ),
    ];
  }
  return [
    element("R1", "R1_SESSION_OK", "ok", `Session « ${session.theme} » ouverte : dépôt possible avant le ${cloture}.`),
  ];
}
