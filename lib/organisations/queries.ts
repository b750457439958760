// Lectures des organisations, toujours dans la portée de l'acteur (porteeOrganisation) : la liste
// paginée de l'administration et le détail d'une organisation avec ses membres.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { pageDans, type Page } from "@/lib/autorisations/pagination";
import { peutAdministrer, porteeOrganisation, rolesAttribuables } from "@/lib/autorisations/politique";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, RoleAppartenance, TypeOrganisation, TypeServiceEtat } from "@/lib/generated/prisma/client";
import { TypeOrganisation as TYPES } from "@/lib/generated/prisma/enums";
import { analyserSaisie } from "@/lib/referentiel/recherche";
import { organisationAccessible } from "./acces";

/** Comme la recherche du référentiel : en début de mot à partir de 3 caractères (« mans » → Le Mans). */
const LONGUEUR_MIN_DEBUT_DE_MOT = 3;

export type FiltresOrganisations = {
  recherche?: string;
  type?: string;
  departement?: string;
  page?: number;
  parPage?: number;
};

export type LigneOrganisation = {
  id: string;
  nom: string;
  type: TypeOrganisation;
  typeServiceEtat: TypeServiceEtat | null;
  siren: string | null;
  codeInsee: string | null;
  codeDepartement: string | null;
  population: number | null;
  membres: number;
};

export type PageOrganisations = Omit<Page<LigneOrganisation>, "lignes"> & { organisations: LigneOrganisation[] };

function estType(valeur: string | undefined): valeur is TypeOrganisation {
  return !!valeur && Object.hasOwn(TYPES, valeur);
}

/** Condition de recherche : nom (sans accents ni casse), SIREN, code INSEE ou code de département. */
export function conditionRecherche(texte: string): Prisma.OrganisationWhereInput | null {
  const saisie = analyserSaisie(texte);
  if (!saisie) return null;
  switch (saisie.genre) {
    case "siren":
      return { siren: saisie.valeur };
    case "insee":
      return { codeInsee: saisie.valeur };
    case "departement":
      return { codeDepartement: saisie.valeur };
    case "debutInsee":
      return { codeInsee: { startsWith: saisie.valeur } };
    case "nom": {
      // La saisie normalisée ne contient que lettres, chiffres et espaces : rien à échapper pour LIKE.
      const debutDuNom: Prisma.OrganisationWhereInput = { nomRecherche: { startsWith: saisie.valeur } };
      return saisie.valeur.length >= LONGUEUR_MIN_DEBUT_DE_MOT
        ? { OR: [debutDuNom, { nomRecherche: { contains: ` ${saisie.valeur}` } }] }
        : debutDuNom;
    }
  }
}

/**
 * Organisations visibles par l'acteur, filtrées et paginées, par ordre alphabétique. Une recherche
 * sans lettre ni code reconnaissable ne renvoie rien plutôt que tout.
 */
export async function listerOrganisations(acteur: Acteur, filtres: FiltresOrganisations = {}): Promise<PageOrganisations> {
  const conditions: Prisma.OrganisationWhereInput[] = [porteeOrganisation(acteur, "lire")];
  const recherche = filtres.recherche?.trim();
  if (recherche) conditions.push(conditionRecherche(recherche) ?? { id: { in: [] } });
  if (estType(filtres.type)) conditions.push({ type: filtres.type });
  if (filtres.departement) conditions.push({ codeDepartement: filtres.departement });
  const where: Prisma.OrganisationWhereInput = { AND: conditions };

  const total = await prisma.organisation.count({ where });
  // Au-delà de la dernière page proposée (adresse modifiée à la main), on affiche la dernière.
  const { page, parPage, pages, tronquee, skip, take } = pageDans(filtres, total);
  const lignes = await prisma.organisation.findMany({
    where,
    orderBy: [{ nomRecherche: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true, nom: true, type: true, typeServiceEtat: true, siren: true, codeInsee: true,
      codeDepartement: true, population: true, _count: { select: { appartenances: true } },
    },
  });
  return {
    organisations: lignes.map(({ _count, ...o }) => ({ ...o, membres: _count.appartenances })),
    total,
    page,
    parPage,
    pages,
    tronquee,
  };
}

export type MembreOrganisation = {
  appartenanceId: string;
  utilisateurId: string;
  email: string;
  prenom: string | null;
  nom: string | null;
  role: RoleAppartenance;
  depuisLe: Date;
  /** C'est l'acteur lui-même : ni son rôle ni sa présence ne se modifient ici. */
  estActeur: boolean;
};

export type InvitationEnAttente = { id: string; email: string; role: RoleAppartenance; expireLe: Date; creeLe: Date; invitant: string };

export type DetailOrganisation = Awaited<ReturnType<typeof detailOrganisation>>;

/**
 * Une organisation visible par l'acteur, ses membres, et — pour qui peut gérer ses membres — ses
 * invitations en attente et les rôles que l'acteur peut y attribuer. INTROUVABLE hors de portée.
 */
export async function detailOrganisation(acteur: Acteur, id: string) {
  const cible = await organisationAccessible(prisma, acteur, id, "lire");
  const [organisation, gerable, administrable] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({
      where: { id: cible.id },
      select: {
        id: true, nom: true, type: true, typeServiceEtat: true, siren: true, siret: true, codeInsee: true,
        codeDepartement: true, codeRegion: true, categorieJuridique: true, population: true, courriel: true,
        modifieLe: true,
        appartenances: {
          orderBy: [{ utilisateur: { nom: "asc" } }, { utilisateur: { email: "asc" } }],
          select: { id: true, role: true, creeLe: true, utilisateur: { select: { id: true, email: true, prenom: true, nom: true } } },
        },
      },
    }),
    prisma.organisation.count({ where: { AND: [{ id: cible.id }, porteeOrganisation(acteur, "gerer_membres")] } }),
    prisma.organisation.count({ where: { AND: [{ id: cible.id }, porteeOrganisation(acteur, "administrer")] } }),
  ]);
  const peutGererMembres = gerable > 0;
  const invitations: InvitationEnAttente[] = peutGererMembres
    ? (
        await prisma.invitation.findMany({
          where: { organisationId: cible.id, utiliseeLe: null, expireLe: { gt: new Date() } },
          orderBy: { creeLe: "desc" },
          select: { id: true, email: true, role: true, expireLe: true, creeLe: true, invitant: { select: { email: true, prenom: true, nom: true } } },
        })
      ).map(({ invitant, ...i }) => ({ ...i, invitant: [invitant.prenom, invitant.nom].filter(Boolean).join(" ") || invitant.email }))
    : [];
  const { appartenances, ...champs } = organisation;
  return {
    organisation: champs,
    membres: appartenances.map<MembreOrganisation>((a) => ({
      appartenanceId: a.id,
      utilisateurId: a.utilisateur.id,
      email: a.utilisateur.email,
      prenom: a.utilisateur.prenom,
      nom: a.utilisateur.nom,
      role: a.role,
      depuisLe: a.creeLe,
      estActeur: a.utilisateur.id === acteur.id,
    })),
    invitations,
    peutGererMembres,
    peutAdministrer: administrable > 0,
    rolesAttribuables: peutGererMembres ? rolesAttribuables(acteur, cible) : [],
  };
}

/** Le détail, ou null si l'organisation n'existe pas ou n'est pas visible (la page répond alors 404). */
export async function trouverDetailOrganisation(acteur: Acteur, id: string): Promise<DetailOrganisation | null> {
  try {
    return await detailOrganisation(acteur, id);
  } catch (erreur) {
    if (erreur instanceof AppError && erreur.code === "INTROUVABLE") return null;
    throw erreur;
  }
}

/** L'espace d'administration est réservé aux agents de la DGALN (référents et administrateurs). */
export function accesAdministration(acteur: Acteur): boolean {
  return peutAdministrer(acteur);
}

export async function listerDepartements(): Promise<{ code: string; nom: string }[]> {
  return prisma.departement.findMany({ orderBy: { code: "asc" }, select: { code: true, nom: true } });
}
