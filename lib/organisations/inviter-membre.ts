// Inviter une personne à rejoindre une organisation, par courriel (DESIGN.md §4). Le rôle proposé est
// borné par l'organisation et le rôle de l'invitant (rolesAttribuables). Une nouvelle invitation de
// la même adresse dans la même organisation remplace celle qui attendait : l'ancien lien ne sert plus.
import "server-only";
import type { DefinitionAction } from "@/lib/actions/pipeline";
import { prisma } from "@/lib/db";
import { creerInvitation, type InvitationEnvoyee } from "@/lib/invitations/creer-invitation";
import { exigerRoleAttribuable, organisationAccessible } from "./acces";
import { inviterMembreSchema } from "./organisations.schema";

export type { InvitationEnvoyee };

export const inviterMembre: DefinitionAction<typeof inviterMembreSchema, InvitationEnvoyee> = {
  nom: "organisations.inviter-membre",
  schema: inviterMembreSchema,
  async executer({ acteur, donnees }) {
    const organisation = await organisationAccessible(prisma, acteur, donnees.organisationId, "gerer_membres");
    exigerRoleAttribuable(acteur, organisation, donnees.role);
    return creerInvitation({ acteur, organisation, email: donnees.email, role: donnees.role });
  },
  revalider: (_resultat, donnees) => [
    `/admin/organisations/${donnees.organisationId}`,
    `/organisations/${donnees.organisationId}/membres`,
  ],
};
