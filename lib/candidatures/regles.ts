// Point d'entrée du module de règles de la candidature (DESIGN.md §6, décision 009). Chaque règle
// est une fonction pure des faits que l'appelant a chargés ; elle rend des éléments de liste de
// contrôle (code stable, état, message en français avec les valeurs, source). Les formulaires, les
// actions et la liste de contrôle affichée lisent tous ces mêmes résultats : une règle ne change
// qu'ici. R8 (fichiers) est dans lib/fichiers/type-fichier.ts, la machine à états dans
// regles/transitions.ts.
import { AppError } from "@/lib/errors";
import { regleR1Session, type FaitsR1 } from "./regles/r1-session";
import { regleR2Duree } from "./regles/r2-duree";
import { regleR3Echelle } from "./regles/r3-echelle";
import { regleR4ServiceEtat, type FaitsR4 } from "./regles/r4-service-etat";
import { regleR5Pieces } from "./regles/r5-pieces";
import { regleR6Signatures, regleR6Statut } from "./regles/r6-signatures";
import { regleR7Unicite, type FaitsR7 } from "./regles/r7-unicite";
import { SOURCES, TITRES } from "./regles/sources";
import type { ElementChecklist, EtatElement, FaitsCandidature, Regle, ResultatRegle } from "./regles/types";

export type * from "./regles/types";
export { regleR1Session, regleR2Duree, regleR3Echelle, regleR4ServiceEtat, regleR5Pieces, regleR6Signatures, regleR7Unicite };
export { DUREES_MOIS } from "./regles/r2-duree";
export { COLLECTIVITES_SUPRA_INTERCOMMUNALES, epciCouvertsEntierement } from "./regles/r3-echelle";
export { departementServiceParDefaut, departementsCompetents } from "./regles/r4-service-etat";
export { PARTIES_SIGNATAIRES, signatureValide, statutApresSignature } from "./regles/r6-signatures";
export { candidaturesConcurrentes } from "./regles/r7-unicite";
export { LIBELLES_PIECES, piecesRequises } from "./pieces-requises";
export { SOURCES, TITRES };

const REGLES: Record<Regle, (faits: FaitsCandidature) => ElementChecklist[]> = {
  R1: regleR1Session,
  R2: regleR2Duree,
  R3: regleR3Echelle,
  R4: regleR4ServiceEtat,
  R5: regleR5Pieces,
  R6: regleR6Signatures,
  R7: regleR7Unicite,
};

const ORDRE = Object.keys(REGLES) as Regle[];

function enResultat(e: ElementChecklist): ResultatRegle[] {
  if (e.etat === "ok") return [];
  return [{ ...e, etat: e.etat, severite: e.etat === "avertissement" ? "avertissement" : "bloquant" }];
}

/** Tous les manquements (bloquants et avertissements), dans l'ordre des règles. */
export function evaluerRegles(faits: FaitsCandidature): ResultatRegle[] {
  return ORDRE.flatMap((r) => REGLES[r](faits)).flatMap(enResultat);
}

export type Verdict = { ok: boolean; bloquants: ResultatRegle[]; avertissements: ResultatRegle[] };

function verdict(resultats: ResultatRegle[]): Verdict {
  const bloquants = resultats.filter((r) => r.severite === "bloquant");
  return { ok: bloquants.length === 0, bloquants, avertissements: resultats.filter((r) => r.severite === "avertissement") };
}

/**
 * R6 : le dépôt est possible quand aucune règle ne bloque — R1 à R5 et R7, les deux signatures
 * valides sur le contenu actuel — et que le statut le permet (candidature signée).
 */
export function peutDeposer(faits: FaitsCandidature): Verdict {
  const resultats = evaluerRegles(faits);
  // En brouillon, les signatures manquantes disent déjà ce qu'il faut faire : pas de doublon.
  const signaturesManquent = resultats.some((r) => r.regle === "R6");
  const statut = faits.statut === "brouillon" && signaturesManquent ? [] : regleR6Statut(faits).flatMap(enResultat);
  return verdict([...resultats, ...statut]);
}

/** À la création : la session (R1), le service de l'État choisi (R4) et l'unicité (R7), seuls connus à ce moment. */
export function peutCreer(faits: FaitsR1 & FaitsR4 & FaitsR7): Verdict {
  return verdict([...regleR1Session(faits), ...regleR4ServiceEtat(faits), ...regleR7Unicite(faits)].flatMap(enResultat));
}

export type RubriqueChecklist = {
  regle: Regle;
  titre: string;
  source: string;
  /** L'état le plus grave de la rubrique : refuse > manquant > avertissement > ok. */
  etat: EtatElement;
  elements: ElementChecklist[];
};

const GRAVITE: Record<EtatElement, number> = { ok: 0, avertissement: 1, manquant: 2, refuse: 3 };

/** La liste de contrôle affichée en direct : par règle, ce qui va, ce qui manque, ce qui est refusé et pourquoi. */
export function checklist(faits: FaitsCandidature): RubriqueChecklist[] {
  return ORDRE.map((regle) => {
    const elements = REGLES[regle](faits);
    const etat = elements.reduce<EtatElement>((pire, e) => (GRAVITE[e.etat] > GRAVITE[pire] ? e.etat : pire), "ok");
    return { regle, titre: TITRES[regle], source: SOURCES[regle], etat, elements };
  });
}

/**
 * L'erreur attendue d'une action refusée par les règles : chaque message est une phrase complète ;
 * les codes des règles l'accompagnent (interface, tests) sans dépendre de la rédaction.
 */
export function erreurDeRegles(bloquants: ResultatRegle[]): AppError {
  return new AppError("REGLE_NON_RESPECTEE", bloquants.map((b) => b.message).join(" "), undefined, bloquants.map((b) => b.code));
}
