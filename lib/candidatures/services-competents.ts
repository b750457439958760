// R4 : les services de l'État entre lesquels choisir le service compétent d'une candidature — ceux
// des départements de la collectivité principale, celui du siège d'abord (décision 026). Données
// publiques du référentiel ; un agent de l'État qui crée pour son service ne se voit proposer que
// le sien.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { organisationsDe, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { estIdentifiant } from "@/lib/autorisations/exiger";
import { prisma } from "@/lib/db";
import { departementsDeCollectivite, serviceEtatCompetent } from "@/lib/referentiel/recherche";

export type ServiceCompetentPropose = {
  id: string;
  nom: string;
  departement: { code: string; nom: string };
  /** Département du siège de la collectivité : proposé par défaut. */
  siege: boolean;
};

/** Tous les services compétents possibles pour la collectivité, le siège d'abord. */
export async function servicesCompetents(collectiviteId: string): Promise<ServiceCompetentPropose[]> {
  if (!estIdentifiant(collectiviteId)) return [];
  const competent = await serviceEtatCompetent(prisma, collectiviteId);
  if (!competent?.service) return [];
  const departements = await departementsDeCollectivite(prisma, collectiviteId);
  const nomDe = new Map(departements.map((d) => [d.code, d.nom]));
  return [competent.service, ...competent.alternatives].map((s, i) => ({
    id: s.id,
    nom: s.nom,
    departement: { code: s.codeDepartement, nom: nomDe.get(s.codeDepartement) ?? s.codeDepartement },
    siege: i === 0,
  }));
}

/** Ce que le formulaire de création propose à cet acteur. */
export async function servicesCompetentsProposes(acteur: Acteur, collectiviteId: string): Promise<ServiceCompetentPropose[]> {
  const tous = await servicesCompetents(collectiviteId);
  if (organisationsDe(acteur, "collectivite", ROLES_PAR_PROFIL.collectivite).includes(collectiviteId)) return tous;
  const siens = organisationsDe(acteur, "etat", ROLES_PAR_PROFIL.etat);
  const propres = tous.filter((s) => siens.includes(s.id));
  return propres.length > 0 ? propres : tous;
}
