// L'acteur : l'utilisateur connecté et tout ce qui borne ses droits, chargé une fois par requête.
import type { RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";

export type AppartenanceActeur = {
  organisationId: string;
  organisationNom: string;
  typeOrganisation: TypeOrganisation;
  role: RoleAppartenance;
  /** Département de la collectivité ou de compétence du service de l'État. */
  codeDepartement: string | null;
};

export type Acteur = {
  id: string;
  email: string;
  prenom: string | null;
  nom: string | null;
  appartenances: AppartenanceActeur[];
  /** Sessions nationales dont l'acteur est juré. */
  jury: { sessionId: string; membreJuryId: string }[];
  /** Sollicité pour au moins un avis d'expert non annulé (profil `expert` de la politique, issue 12). */
  expert: boolean;
  /**
   * R4 : pour chaque département d'un service de l'État de l'acteur, les collectivités sur ce
   * département et au moins un autre (EPCI à cheval, région, Collectivité européenne d'Alsace),
   * en identifiants d'organisation. Leurs candidatures sont lisibles par les services de tous
   * leurs départements (décision 026). Absent : aucune.
   */
  collectivitesACheval?: Record<string, string[]>;
};
