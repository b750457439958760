// Libellés français des types d'organisation et des rôles (DESIGN.md §4). Les `Record` exhaustifs
// font échouer la compilation si un nouveau type ou rôle n'a pas de libellé.
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";

export const LIBELLES_TYPE_ORGANISATION: Record<TypeOrganisation, string> = {
  commune: "Commune",
  epci: "Intercommunalité (EPCI)",
  departement: "Département",
  region: "Région",
  syndicat_mixte: "Syndicat mixte",
  petr: "Pôle d'équilibre territorial et rural (PETR)",
  autre_collectivite: "Autre collectivité",
  service_etat: "Service de l'État",
  dgaln: "DGALN",
};

export const LIBELLES_ROLE: Record<RoleAppartenance, string> = {
  membre: "Membre",
  signataire: "Signataire",
  agent: "Agent",
  signataire_etat: "Signataire pour le service de l'État",
  referent: "Référent national",
  administrateur: "Administrateur",
};
