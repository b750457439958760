// Après une connexion ProConnect : rattachement à l'organisation du SIRET transmis (si
// l'utilisateur n'en est pas déjà membre) et événements d'audit, dans une seule transaction.
import type { Prisma, PrismaClient, RoleAppartenance } from "@/lib/generated/prisma/client";
import { enregistrerEvenement } from "@/lib/audit/journal";
import { LIBELLES_ROLE } from "./libelles";
import { choisirOrganisation, ROLE_PAR_DEFAUT, sirenDuSiret } from "./proconnect-regles";

export type Rattachement =
  | { statut: "rattache"; organisationId: string; organisationNom: string; role: RoleAppartenance; par: "siret" | "siren" }
  | { statut: "deja_membre" | "sans_role_par_defaut"; organisationId: string; organisationNom: string }
  | { statut: "aucune_organisation" | "sans_siret" };

export async function rattacherSelonSiret(
  tx: Prisma.TransactionClient,
  { utilisateurId, siret }: { utilisateurId: string; siret: string | null },
): Promise<Rattachement> {
  if (!siret) return { statut: "sans_siret" };
  const candidates = await tx.organisation.findMany({
    where: { OR: [{ siret }, { siren: sirenDuSiret(siret) }] },
    select: { id: true, type: true, siret: true, siren: true, nom: true },
  });
  const choix = choisirOrganisation(siret, candidates);
  if (!choix) return { statut: "aucune_organisation" };
  const { organisation, par } = choix;
  const role = ROLE_PAR_DEFAUT[organisation.type];
  if (!role) return { statut: "sans_role_par_defaut", organisationId: organisation.id, organisationNom: organisation.nom };

  // Concurrence (deux connexions simultanées) : la contrainte unique utilisateur × organisation
  // tranche ; createMany + skipDuplicates ne lève pas d'erreur, `count` dit qui l'a emporté.
  const { count } = await tx.appartenance.createMany({
    data: [{ utilisateurId, organisationId: organisation.id, role }],
    skipDuplicates: true,
  });
  if (count === 0) return { statut: "deja_membre", organisationId: organisation.id, organisationNom: organisation.nom };
  await enregistrerEvenement(tx, {
    acteurId: utilisateurId,
    type: "appartenance.creee",
    entite: "organisation",
    entiteId: organisation.id,
    resume: `Rattachement à ${organisation.nom} (${LIBELLES_ROLE[role]}) d'après le SIRET transmis par ProConnect`,
    donnees: { utilisateurId, role, origine: "proconnect", siret, par },
  });
  return { statut: "rattache", organisationId: organisation.id, organisationNom: organisation.nom, role, par };
}

export async function finaliserConnexionProConnect(
  prisma: Pick<PrismaClient, "$transaction">,
  { utilisateurId, siret, ip, nouveauCompte }: { utilisateurId: string; siret: string | null; ip?: string; nouveauCompte: boolean },
): Promise<Rattachement> {
  return prisma.$transaction(async (tx) => {
    const rattachement = await rattacherSelonSiret(tx, { utilisateurId, siret });
    await enregistrerEvenement(tx, {
      acteurId: utilisateurId,
      type: "connexion.reussie",
      entite: "utilisateur",
      entiteId: utilisateurId,
      resume: "Connexion par ProConnect",
      donnees: { methode: "proconnect", ip, siret, rattachement: rattachement.statut, ...(nouveauCompte && { nouveauCompte }) },
    });
    return rattachement;
  });
}
