// Libellés d'affichage de la candidature (majuscule initiale, sévérité des badges DSFR). Les
// `Record` exhaustifs font échouer la compilation si un statut ou un format n'a pas de libellé.
import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import type { Tri } from "@/lib/candidatures/liste";
import type { AvisEtat, FormatAtelier, StatutCandidature } from "@/lib/generated/prisma/enums";
import type { EtatElement } from "@/lib/candidatures/regles";

export const FORMATS: Record<FormatAtelier, string> = {
  national: "Atelier national",
  local: "Atelier local",
  flash: "Atelier flash",
};

export const STATUTS: Record<StatutCandidature, { libelle: string; severite: AlertProps.Severity | "new" | undefined }> = {
  brouillon: { libelle: "Brouillon", severite: undefined },
  signee: { libelle: "Signée", severite: "info" },
  deposee: { libelle: "Déposée", severite: "new" },
  en_instruction: { libelle: "En instruction", severite: "info" },
  a_corriger: { libelle: "À corriger", severite: "warning" },
  irrecevable: { libelle: "Irrecevable", severite: "error" },
  retenue: { libelle: "Retenue", severite: "success" },
  non_retenue: { libelle: "Non retenue", severite: "error" },
  liste_complementaire: { libelle: "Liste complémentaire", severite: "warning" },
  retiree: { libelle: "Retirée", severite: undefined },
};

export const ETATS_CHECKLIST: Record<EtatElement, { libelle: string; severite: AlertProps.Severity }> = {
  ok: { libelle: "Conforme", severite: "success" },
  manquant: { libelle: "À compléter", severite: "info" },
  refuse: { libelle: "Refusé", severite: "error" },
  avertissement: { libelle: "Avertissement", severite: "warning" },
};

export const AVIS: Record<AvisEtat, string> = {
  favorable: "Avis favorable",
  reserve: "Avis réservé",
};

/** Tris proposés par la liste, de l'URL (`?tri=`) au libellé. */
export const TRIS = {
  modification: "Dernière modification",
  reference: "Référence",
} as const satisfies Record<Tri, string>;
export type { Tri };
