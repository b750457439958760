// R7 — Une seule candidature active (ni finale, ni retirée) par collectivité principale et format,
// et par session pour le national : un même territoire ne peut pas être déposé deux fois, par deux
// côtés (DESIGN.md §6 R7). Contrôlée à la création et au dépôt.
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { element, LIBELLES_FORMAT, LIBELLES_STATUT_CANDIDATURE } from "./libelles";
import { estFinal } from "./transitions";
import type { AutreCandidature, ElementChecklist, FaitsCandidature } from "./types";

export type FaitsR7 = Pick<FaitsCandidature, "id" | "format" | "session" | "collectivitePrincipale" | "autresCandidatures">;

/** Candidatures actives qui font obstacle à celle-ci. */
export function candidaturesConcurrentes(faits: FaitsR7): AutreCandidature[] {
  const sessionId = faits.session?.id ?? null;
  return faits.autresCandidatures.filter(
    (c) =>
      c.id !== faits.id &&
      c.format === faits.format &&
      !estFinal(c.statut) &&
      (faits.format !== "national" || c.sessionId === sessionId),
  );
}

export function regleR7Unicite(faits: FaitsR7): ElementChecklist[] {
  const concurrentes = candidaturesConcurrentes(faits);
  const objet = `à un ${LIBELLES_FORMAT[faits.format]}${faits.format === "national" && faits.session ? ` pour la session « ${faits.session.theme} »` : ""}`;
  const nom = nomCollectiviteDeveloppe(faits.collectivitePrincipale.nom);
  if (concurrentes.length === 0) {
    return [element("R7", "R7_UNIQUE_OK", "ok", `${nom} n'a pas d'autre candidature en cours ${objet}.`)];
  }
  const references = concurrentes.map((c) => `${c.reference} (statut « ${LIBELLES_STATUT_CANDIDATURE[c.statut]} »)`).join(", ");
  return [
    element(
      "R7",
      "R7_CANDIDATURE_EN_COURS",
      "refuse",
      `${nom} a déjà une candidature en cours ${objet} : ${references}. Une seule peut être en cours à la fois : poursuivez celle qui existe ou retirez-la.`,
    ),
  ];
}
