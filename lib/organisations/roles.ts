// Descriptions et rangs des rôles (DESIGN.md §4) ; les libellés sont dans lib/auth/libelles.ts.
// Sans `server-only` : repris par les formulaires côté navigateur. Les `Record` exhaustifs font
// échouer la compilation tant qu'un nouveau rôle n'est pas décrit.
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/enums";

/** Ce que le rôle permet, à l'infinitif (« pour … ») : aide des listes de choix, courriel et page d'invitation. */
export const DESCRIPTIONS_ROLES: Record<RoleAppartenance, string> = {
  membre: "préparer et suivre les candidatures de la collectivité",
  signataire: "signer les candidatures au nom de la collectivité (élu ou délégataire)",
  agent: "co-rédiger les candidatures et suivre les ateliers du service",
  signataire_etat: "co-signer les candidatures au nom du service de l'État",
  referent: "instruire les candidatures et suivre les ateliers au niveau national",
  administrateur: "administrer les organisations, les comptes et les sessions",
};

/**
 * Rang d'un rôle dans son organisation : une invitation acceptée ne fait jamais descendre un
 * membre (un signataire invité comme membre reste signataire).
 */
export const RANGS_ROLES: Record<RoleAppartenance, number> = {
  membre: 1,
  signataire: 2,
  agent: 1,
  signataire_etat: 2,
  referent: 1,
  administrateur: 2,
};

/**
 * Organisations entretenues par l'import du référentiel (COG, services de l'État, DGALN) : leur nom
 * y est recalculé à chaque import, il ne se modifie donc pas dans l'application.
 */
export const TYPES_DU_REFERENTIEL: readonly TypeOrganisation[] = [
  "commune", "epci", "departement", "region", "service_etat", "dgaln",
];
