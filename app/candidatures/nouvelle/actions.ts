"use server";
// Actions de la page « Nouvelle candidature » : la création passe par le pipeline unique ; les deux
// lectures (recherche de collectivités, candidatures actives semblables) exigent un acteur et
// restent bornées à sa portée.
import { actionServeur } from "@/lib/actions/serveur";
import { collectivitesACheval, departementsDe, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { getActeur } from "@/lib/auth/session";
import { creerCandidature } from "@/lib/candidatures/creer-candidature";
import { candidaturesActivesSimilaires } from "@/lib/candidatures/lister-similaires";
import { servicesCompetentsProposes, type ServiceCompetentPropose } from "@/lib/candidatures/services-competents";
import type { FormatAtelier } from "@/lib/generated/prisma/enums";
import { rechercherCollectivitesEnBase } from "@/lib/referentiel/recherche-application";

export async function creerCandidatureAction(entree: unknown) {
  return actionServeur(creerCandidature)(entree);
}

export type CollectiviteProposee = { id: string; nom: string; detail: string };

/**
 * Collectivités des départements de l'agent de l'État connecté (R4 : il co-écrit pour son département),
 * y compris celles qui s'étendent aussi sur un autre (EPCI à cheval : décision 026).
 */
export async function rechercherCollectivitesAction(texte: string): Promise<CollectiviteProposee[] | null> {
  const acteur = await getActeur();
  if (!acteur) return null;
  const departements = departementsDe(acteur, ROLES_PAR_PROFIL.etat);
  if (departements.length === 0 || typeof texte !== "string" || texte.trim().length < 2) return [];
  const trouvees = await rechercherCollectivitesEnBase(texte.slice(0, 100), { limite: 15, departements, inclus: collectivitesACheval(acteur, departements) });
  return trouvees.map((c) => ({ id: c.id, nom: c.nom, detail: [c.codeInsee ? `INSEE ${c.codeInsee}` : c.siren && `SIREN ${c.siren}`, c.codeDepartement].filter(Boolean).join(" — ") }));
}

export type Similaire = { id: string; reference: string; titre: string; statut: string };

/** R7 : candidatures actives de la même collectivité et du même format, montrées avant de créer. */
export async function similairesAction(entree: { collectiviteId: string; format: FormatAtelier; sessionId: string | null }): Promise<Similaire[] | null> {
  const acteur = await getActeur();
  if (!acteur) return null;
  if (!["national", "local", "flash"].includes(entree?.format)) return [];
  const lignes = await candidaturesActivesSimilaires(acteur, String(entree.collectiviteId), entree.format, entree.sessionId);
  return lignes.map((c) => ({ id: c.id, reference: c.reference, titre: c.titre, statut: c.statut }));
}


/** R4 : services de l'État entre lesquels choisir le service compétent (siège d'abord) ; `null` sans session. */
export async function servicesCompetentsAction(collectiviteId: unknown): Promise<ServiceCompetentPropose[] | null> {
  const acteur = await getActeur();
  if (!acteur) return null;
  return typeof collectiviteId === "string" ? servicesCompetentsProposes(acteur, collectiviteId) : [];
}
