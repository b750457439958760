// Le sens inverse des portées de politique.ts : pour UNE candidature, quels utilisateurs un droit
// de la politique désigne. `candidatures()` (politique.ts) part de l'acteur et rend les lignes qu'il
// atteint ; ici on part de la ligne et on rend les personnes qui l'atteignent, lien par lien, si
// bien que « qui sera prévenu » se déduit des mêmes entrées de POLITIQUE que « qui peut lire ».
// La concordance des deux sens est vérifiée par tests/integration/messages.test.ts. Module pur.
import type { Prisma, RoleAppartenance, TypeOrganisation } from "@/lib/generated/prisma/client";
import { PROFIL_DU_TYPE, type Droits, type ProfilOrganisation } from "./politique";

export type CandidatureCible = {
  id: string;
  collectivitePrincipaleId: string;
  porteuseIds: readonly string[];
  serviceEtatId: string;
  codeDepartement: string;
};

const TYPES = Object.keys(PROFIL_DU_TYPE) as TypeOrganisation[];
const typesDu = (profil: ProfilOrganisation) => TYPES.filter((t) => PROFIL_DU_TYPE[t] === profil);

function membres(profil: ProfilOrganisation, roles: readonly RoleAppartenance[], organisation: Prisma.OrganisationWhereInput): Prisma.UtilisateurWhereInput {
  return {
    appartenances: {
      some: { role: { in: [...roles] }, organisation: { AND: [{ type: { in: typesDu(profil) } }, organisation] } },
    },
  };
}

/** Les utilisateurs (actifs ou non) qu'un droit sur les candidatures désigne pour cette candidature. */
export function titulairesSurCandidature(d: Droits["candidature"], c: CandidatureCible): Prisma.UtilisateurWhereInput {
  switch (d.profil) {
    case "collectivite":
      return membres("collectivite", d.roles, {
        id: { in: d.lien === "principale" ? [c.collectivitePrincipaleId] : [c.collectivitePrincipaleId, ...c.porteuseIds] },
      });
    case "etat":
      // Miroir de `candidatures()` : le service compétent, ou tout service de l'État du département.
      return membres("etat", d.roles, d.lien === "competent" ? { id: c.serviceEtatId } : { OR: [{ id: c.serviceEtatId }, { codeDepartement: c.codeDepartement }] });
    case "dgaln":
      return membres("dgaln", d.roles, {});
    case "jure":
      return { membresJury: { some: { affectations: { some: { candidatureId: c.id } } } } };
    case "expert":
      // Miroir du profil `expert` : une demande d'avis non annulée sur cette candidature.
      return { demandesAvisRecues: { some: { candidatureId: c.id, annuleeLe: null } } };
  }
}
