// Retirer un membre d'une organisation. Mêmes bornes que le changement de rôle : seulement un rôle
// que l'acteur pourrait attribuer, jamais soi-même, jamais le dernier administrateur de la DGALN.
import "server-only";
import { enregistrerEvenement } from "@/lib/audit/journal";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appartenanceGerable, exigerAutreAdministrateur, exigerRoleAttribuable, nomAffiche, verrouillerMembres } from "./acces";
import { MESSAGE_MEMBRE_MODIFIE, MESSAGE_PROPRE_ROLE } from "./modifier-role";
import { retirerMembreSchema } from "./organisations.schema";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";

export type MembreRetire = { appartenanceId: string; organisationId: string };

export const retirerMembre: DefinitionAction<typeof retirerMembreSchema, MembreRetire> = {
  nom: "organisations.retirer-membre",
  schema: retirerMembreSchema,
  async executer({ acteur, donnees }) {
    return prisma.$transaction(async (tx) => {
      const cible = await appartenanceGerable(tx, acteur, donnees.appartenanceId);
      if (cible.utilisateurId === acteur.id) throw new AppError("REGLE_NON_RESPECTEE", MESSAGE_PROPRE_ROLE);
      exigerRoleAttribuable(acteur, cible.organisation, cible.role);

      await verrouillerMembres(tx, cible.organisation.id);
      await exigerAutreAdministrateur(tx, cible.organisation, cible);
      const { count } = await tx.appartenance.deleteMany({ where: { id: cible.id, role: cible.role } });
      if (count === 0) throw new AppError("CONFLIT", MESSAGE_MEMBRE_MODIFIE);
      await enregistrerEvenement(tx, {
        acteurId: acteur.id,
        type: "appartenance.retiree",
        entite: "appartenance",
        entiteId: cible.id,
        resume: `${nomAffiche(acteur)} retire ${nomAffiche(cible.utilisateur)} (${LIBELLES_ROLE[cible.role]}) des membres : ${cible.organisation.nom}.`,
        donnees: { organisationId: cible.organisation.id, utilisateurId: cible.utilisateurId, email: cible.utilisateur.email, ancienRole: cible.role },
      });
      return { appartenanceId: cible.id, organisationId: cible.organisation.id };
    });
  },
  revalider: (resultat) => [`/admin/organisations/${resultat.organisationId}`, `/organisations/${resultat.organisationId}/membres`],
};
