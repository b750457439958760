// R4 — Le service de l'État qui co-écrit et cosigne est celui du département de la collectivité
// principale ; pour un EPCI à cheval sur plusieurs départements, l'un quelconque de ses
// départements convient, celui du siège étant proposé par défaut (DESIGN.md §6 R4, décision 004).
import { deNom } from "@/lib/format/collectivites";
import { element, majuscule, nomAvecArticle } from "./libelles";
import type { ElementChecklist, FaitsCandidature } from "./types";

export type FaitsR4 = Pick<FaitsCandidature, "collectivitePrincipale" | "serviceEtat">;

/** Département du service de l'État proposé par défaut : celui du siège de la collectivité. */
export function departementServiceParDefaut(principale: FaitsR4["collectivitePrincipale"]): string | null {
  return principale.departements[0] ?? null;
}

/** Départements dont le service de l'État est compétent pour cette collectivité principale. */
export function departementsCompetents(principale: FaitsR4["collectivitePrincipale"]): string[] {
  return [...new Set(principale.departements)];
}

function enumeration(codes: string[]): string {
  if (codes.length <= 1) return `du département ${codes[0] ?? ""}`.trim();
  return `de l'un des départements ${codes.slice(0, -1).join(", ")} ou ${codes.at(-1)}`;
}

export function regleR4ServiceEtat(faits: FaitsR4): ElementChecklist[] {
  const { collectivitePrincipale: principale, serviceEtat } = faits;
  const nom = nomAvecArticle(principale.nom);
  const competents = departementsCompetents(principale);
  if (competents.length === 0) {
    return [
      element(
        "R4",
        "R4_DEPARTEMENT_INCONNU",
        "manquant",
        `Le département ${deNom(principale.nom)} est inconnu : le service de l'État compétent ne peut pas être déterminé. Contactez la DGALN.`,
      ),
    ];
  }
  if (!serviceEtat) {
    return [
      element(
        "R4",
        "R4_SERVICE_MANQUANT",
        "manquant",
        `Choisissez le service de l'État qui porte la candidature avec ${nom} : celui ${enumeration(competents)}.`,
      ),
    ];
  }
  if (!competents.includes(serviceEtat.codeDepartement)) {
    return [
      element(
        "R4",
        "R4_SERVICE_INCOMPETENT",
        "refuse",
        `Le service de l'État cosignataire doit être celui ${enumeration(competents)}, où se trouve ${nom} : ${nomAvecArticle(serviceEtat.nom, { service: true })} (département ${serviceEtat.codeDepartement}) n'est pas le service compétent.`,
      ),
    ];
  }
  return [element("R4", "R4_SERVICE_OK", "ok", `${majuscule(nomAvecArticle(serviceEtat.nom, { service: true }))} est le service de l'État compétent pour ${nom}.`)];
}
