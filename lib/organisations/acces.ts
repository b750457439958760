// Chargement des organisations et des appartenances dans la portée de l'acteur : la permission fait
// partie du `where` (CONVENTIONS.md), une organisation hors de portée n'est jamais chargée.
import "server-only";
import type { Acteur } from "@/lib/auth/acteur";
import { porteeOrganisation, rolesAttribuables } from "@/lib/autorisations/politique";
import { estIdentifiant, introuvable } from "@/lib/autorisations/exiger";
import { AppError } from "@/lib/errors";
import type { Prisma, RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

type Client = Prisma.TransactionClient;
export type ActionOrganisation = Parameters<typeof porteeOrganisation>[1];

export const SELECTION_CIBLE = {
  id: true,
  type: true,
  nom: true,
  siren: true,
  codeInsee: true,
  codeDepartement: true,
  codeRegion: true,
} as const satisfies Prisma.OrganisationSelect;

export type OrganisationCible = {
  id: string;
  type: TypeOrganisation;
  nom: string;
  siren: string | null;
  codeInsee: string | null;
  codeDepartement: string | null;
  codeRegion: string | null;
};

export const MESSAGE_GESTION_REFUSEE =
  "Vous n'avez pas le droit de gérer les membres de cette organisation. Adressez-vous à l'un de ses signataires ou à l'administration de la DGALN.";

/**
 * L'organisation si l'acteur peut la voir, INTROUVABLE sinon (sans révéler si elle existe) ;
 * ACCES_REFUSE si elle est visible mais que l'action demandée ne lui est pas permise.
 */
export async function organisationAccessible(
  client: Client,
  acteur: Acteur,
  organisationId: string,
  action: ActionOrganisation,
  messageRefus = MESSAGE_GESTION_REFUSEE,
): Promise<OrganisationCible> {
  if (!estIdentifiant(organisationId)) throw introuvable();
  const organisation = await client.organisation.findFirst({
    where: { AND: [{ id: organisationId }, porteeOrganisation(acteur, "lire")] },
    select: SELECTION_CIBLE,
  });
  if (!organisation) throw introuvable();
  if (action !== "lire") {
    const permise = await client.organisation.count({
      where: { AND: [{ id: organisationId }, porteeOrganisation(acteur, action)] },
    });
    if (permise === 0) throw new AppError("ACCES_REFUSE", messageRefus);
  }
  return organisation;
}

/** Refuse un rôle que l'acteur ne peut pas attribuer dans cette organisation (ni retirer à quelqu'un). */
export function exigerRoleAttribuable(acteur: Acteur, organisation: OrganisationCible, role: RoleAppartenance): void {
  const permis = rolesAttribuables(acteur, organisation);
  if (permis.length === 0) throw new AppError("ACCES_REFUSE", MESSAGE_GESTION_REFUSEE);
  if (!permis.includes(role)) {
    const message = `Vous ne pouvez pas attribuer le rôle « ${LIBELLES_ROLE[role]} » dans ${organisation.nom}. Rôles possibles : ${permis.map((r) => `« ${LIBELLES_ROLE[r]} »`).join(", ")}.`;
    throw new AppError("ACCES_REFUSE", message, { role: [message] });
  }
}

/**
 * Sérialise les changements de membres d'une organisation (toutes instances confondues) : sans ce
 * verrou, deux administrateurs qui se rétrogradent l'un l'autre au même instant laisseraient la
 * DGALN sans administrateur.
 */
export async function verrouillerMembres(tx: Client, organisationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('appartenances:' || ${organisationId}))`;
}

/** Charge une appartenance dont l'organisation est dans la portée « gerer_membres » de l'acteur. */
export async function appartenanceGerable(client: Client, acteur: Acteur, appartenanceId: string) {
  const appartenance = await client.appartenance.findFirst({
    where: { id: appartenanceId, organisation: porteeOrganisation(acteur, "lire") },
    select: {
      id: true,
      role: true,
      utilisateurId: true,
      organisation: { select: SELECTION_CIBLE },
      utilisateur: { select: { email: true, prenom: true, nom: true } },
    },
  });
  if (!appartenance) throw introuvable();
  await organisationAccessible(client, acteur, appartenance.organisation.id, "gerer_membres");
  return appartenance;
}

/** « Jean Dupont » ou, à défaut de nom, l'adresse électronique. */
export function nomAffiche(personne: { email: string; prenom: string | null; nom: string | null }): string {
  const nom = [personne.prenom, personne.nom].filter(Boolean).join(" ");
  return nom || personne.email;
}

/** Dernier administrateur de la DGALN : on ne peut ni le rétrograder ni le retirer. */
export async function exigerAutreAdministrateur(
  tx: Client,
  organisation: OrganisationCible,
  appartenance: { id: string; role: RoleAppartenance },
): Promise<void> {
  if (organisation.type !== "dgaln" || appartenance.role !== "administrateur") return;
  const autres = await tx.appartenance.count({
    where: { organisationId: organisation.id, role: "administrateur", id: { not: appartenance.id }, utilisateur: { actif: true } },
  });
  if (autres === 0) {
    throw new AppError(
      "REGLE_NON_RESPECTEE",
      "La DGALN doit garder au moins un administrateur : nommez d'abord un autre administrateur.",
    );
  }
}
