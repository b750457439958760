// Changer le rôle d'un membre, dans les limites de ce que l'acteur peut attribuer. On ne change pas
// son propre rôle (un autre responsable doit le faire) et la DGALN garde toujours un administrateur.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { appartenanceGerable, exigerAutreAdministrateur, exigerRoleAttribuable, nomAffiche, verrouillerMembres } from "./acces";
import { modifierRoleSchema } from "./organisations.schema";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

export type RoleModifie = { appartenanceId: string; organisationId: string; ancienRole: RoleAppartenance; role: RoleAppartenance };

export const MESSAGE_PROPRE_ROLE =
  "Vous ne pouvez pas modifier votre propre rôle ni vous retirer vous-même : demandez-le à un autre responsable de l'organisation.";
export const MESSAGE_MEMBRE_MODIFIE =
  "Ce membre vient d'être modifié ou retiré par quelqu'un d'autre : rechargez la page pour voir la situation actuelle.";

export const modifierRole: DefinitionAction<typeof modifierRoleSchema, RoleModifie> = {
  nom: "organisations.modifier-role",
  schema: modifierRoleSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const cible = await appartenanceGerable(tx, acteur, donnees.appartenanceId);
      if (cible.utilisateurId === acteur.id) throw new AppError("REGLE_NON_RESPECTEE", MESSAGE_PROPRE_ROLE);
      // Ni le rôle actuel ni le nouveau ne doivent dépasser ce que l'acteur peut attribuer :
      // un signataire ne rétrograde pas un rôle qu'il n'aurait pas pu donner.
      exigerRoleAttribuable(acteur, cible.organisation, cible.role);
      exigerRoleAttribuable(acteur, cible.organisation, donnees.role);
      const resultat = { appartenanceId: cible.id, organisationId: cible.organisation.id, ancienRole: cible.role, role: donnees.role };
      if (cible.role === donnees.role) return resultat;

      await verrouillerMembres(tx, cible.organisation.id);
      if (donnees.role !== "administrateur") await exigerAutreAdministrateur(tx, cible.organisation, cible);
      // Conditionnelle : si quelqu'un a changé ce rôle depuis la lecture, on ne l'écrase pas.
      const { count } = await tx.appartenance.updateMany({
        where: { id: cible.id, role: cible.role },
        data: { role: donnees.role },
      });
      if (count === 0) throw new AppError("CONFLIT", MESSAGE_MEMBRE_MODIFIE);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "appartenance.role_modifie",
        entite: "appartenance",
        entiteId: cible.id,
        resume: `${nomAffiche(acteur)} fait passer ${nomAffiche(cible.utilisateur)} de « ${LIBELLES_ROLE[cible.role]} » à « ${LIBELLES_ROLE[donnees.role]} » dans ${cible.organisation.nom}.`,
        donnees: { organisationId: cible.organisation.id, utilisateurId: cible.utilisateurId, ancienRole: cible.role, nouveauRole: donnees.role },
      });
      return resultat;
    });
  },
  revalider: (resultat) => [`/admin/organisations/${resultat.organisationId}`, `/organisations/${resultat.organisationId}/membres`],
};
