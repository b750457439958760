// Libellés d'affichage des ateliers, en un seul endroit (écrans et exports). Les `Record` exhaustifs
// font échouer la compilation si un statut, une phase ou un contrat n'a pas de libellé.
import type { AlertProps } from "@codegouvfr/react-dsfr/Alert";
import type { RoleEquipe, StatutAtelier, StatutPhase, TypeContrat, TypeLivrable, TypePhase } from "@/lib/generated/prisma/enums";

export { FORMATS } from "@/components/candidatures/libelles";

export const STATUTS_ATELIER: Record<StatutAtelier, { libelle: string; severite: AlertProps.Severity | "new" | undefined }> = {
  en_preparation: { libelle: "En préparation", severite: "new" },
  en_cours: { libelle: "En cours", severite: "info" },
  termine: { libelle: "Terminé", severite: "success" },
  abandonne: { libelle: "Abandonné", severite: undefined },
};

export const PHASES: Record<TypePhase, string> = {
  appropriation: "Appropriation",
  animation: "Animation",
  restitution: "Restitution",
};

export const STATUTS_PHASE: Record<StatutPhase, { libelle: string; severite: AlertProps.Severity | "new" | undefined }> = {
  a_venir: { libelle: "À venir", severite: undefined },
  en_cours: { libelle: "En cours", severite: "info" },
  a_valider: { libelle: "À valider", severite: "new" },
  validee: { libelle: "Validée", severite: "success" },
};

export const CONTRATS: Record<TypeContrat, string> = {
  marche_national: "Marché national",
  marche_subsequent: "Marché subséquent de l'accord-cadre",
  bon_de_commande: "Bon de commande",
};

/**
 * Le contrat tel qu'on le lit : « Bon de commande n° 2026-53-04 » dit déjà son type et se suffit ;
 * sinon « Marché subséquent de l'accord-cadre — MS 2026-12 ». Vide si rien n'est renseigné.
 */
export function libelleContrat(type: TypeContrat | null, reference: string | null): string {
  const libelle = type ? CONTRATS[type] : null;
  if (libelle && reference?.toLowerCase().startsWith(libelle.toLowerCase())) return reference;
  return [libelle, reference].filter(Boolean).join(" — ");
}

export const ROLES_EQUIPE: Record<RoleEquipe, string> = {
  mandataire: "Mandataire",
  cotraitant: "Co-traitant",
  sous_traitant: "Sous-traitant",
};

export const LIVRABLES: Record<TypeLivrable, string> = {
  synthese_enjeux: "Synthèse des enjeux",
  note_de_cadrage: "Note de cadrage",
  carnet_de_suivi: "Carnet de suivi",
  support_atelier: "Supports d'atelier",
  rapport_final: "Rapport final",
  plan_guide: "Plan-guide",
  esquisse_plan_guide: "Esquisse de plan-guide",
  feuille_de_route: "Feuille de route",
  projet_de_territoire: "Projet de territoire",
  cahier_des_charges: "Cahier des charges",
  autre: "Autre document",
};
