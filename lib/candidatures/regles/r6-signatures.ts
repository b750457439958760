// R6 — Le dépôt exige la signature valide des deux parties (collectivité principale et service de
// l'État compétent) sur le contenu actuel : une signature est liée à l'empreinte du contenu, et
// toute modification ultérieure l'annule (DESIGN.md §5 et §6 R6). Les autres conditions du dépôt
// (R1 à R5, R7) sont les autres règles ; `peutDeposer` les rassemble.
import type { PartieSignataire, StatutCandidature } from "@/lib/generated/prisma/enums";
import { element, FORMES_PARTIE, LIBELLES_STATUT_CANDIDATURE, majuscule } from "./libelles";
import { transitionsDepuis } from "./transitions";
import type { ElementChecklist, FaitsCandidature } from "./types";

export const PARTIES_SIGNATAIRES = ["collectivite", "etat"] as const satisfies readonly PartieSignataire[];

export type FaitsR6 = Pick<FaitsCandidature, "signatures" | "hashContenu">;

const SIGNATAIRE: Record<PartieSignataire, string> = {
  collectivite: `un signataire ${FORMES_PARTIE.collectivite.de}`,
  etat: `un signataire ${FORMES_PARTIE.etat.de}`,
};

/** Signature non invalidée de cette partie, portant sur le contenu actuel. */
export function signatureValide(faits: FaitsR6, partie: PartieSignataire): boolean {
  return faits.hashContenu !== null && faits.signatures.some((s) => s.partie === partie && !s.invalidee && s.hashContenu === faits.hashContenu);
}

/** Statut après une signature : `signee` quand les deux parties ont signé le même contenu. */
export function statutApresSignature(faits: FaitsR6): Extract<StatutCandidature, "brouillon" | "signee"> {
  return PARTIES_SIGNATAIRES.every((p) => signatureValide(faits, p)) ? "signee" : "brouillon";
}

export function regleR6Signatures(faits: FaitsR6): ElementChecklist[] {
  return PARTIES_SIGNATAIRES.map((partie) => {
    if (signatureValide(faits, partie)) {
      return element("R6", "R6_SIGNATURE_OK", "ok", `Signée par ${FORMES_PARTIE[partie].nom} sur le contenu actuel.`, { partie });
    }
    // Une signature invalidée ou portant sur une ancienne empreinte : le contenu a changé depuis.
    if (faits.signatures.some((s) => s.partie === partie)) {
      return element(
        "R6",
        "R6_SIGNATURE_A_RENOUVELER",
        "manquant",
        `Signature ${FORMES_PARTIE[partie].de} à renouveler : le contenu a changé depuis. ${majuscule(SIGNATAIRE[partie])} doit signer à nouveau.`,
        { partie },
      );
    }
    return element("R6", "R6_SIGNATURE_MANQUANTE", "manquant", `Signature manquante : ${SIGNATAIRE[partie]} doit signer la candidature.`, { partie });
  });
}

/** Le statut permet-il le dépôt ? (Seulement pour `peutDeposer` : la liste de contrôle ne le montre pas.) */
export function regleR6Statut(faits: Pick<FaitsCandidature, "statut">): ElementChecklist[] {
  if (transitionsDepuis(faits.statut).some((t) => t.action === "deposer")) return [];
  return [
    element(
      "R6",
      "R6_STATUT_INCOMPATIBLE",
      "refuse",
      `La candidature est au statut « ${LIBELLES_STATUT_CANDIDATURE[faits.statut]} » : seule une candidature signée par les deux parties peut être déposée.`,
    ),
  ];
}
