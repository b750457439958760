import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Tableau } from "@/components/layout/Tableau";
import { formaterDate } from "@/lib/format/dates";
import type { RoleAppartenance } from "@/lib/generated/prisma/enums";
import type { MembreOrganisation } from "@/lib/organisations/queries";
import { LIBELLES_ROLE } from "@/lib/auth/libelles";
import { ChangerRole } from "./ChangerRole";
import { RetirerMembre } from "./RetirerMembre";
import type { ActionServeur } from "./types";

function nomComplet(m: MembreOrganisation): string {
  return [m.prenom, m.nom].filter(Boolean).join(" ") || m.email;
}

/**
 * Membres d'une organisation. Les contrôles (rôle, retrait) n'apparaissent que pour les membres
 * dont l'utilisateur peut attribuer le rôle, jamais sur sa propre ligne ; le serveur vérifie de
 * nouveau chaque action.
 */
export function MembresOrganisation({
  organisation,
  membres,
  roles,
  actions,
}: {
  organisation: string;
  membres: MembreOrganisation[];
  roles: RoleAppartenance[];
  actions?: { modifierRole: ActionServeur<unknown>; retirerMembre: ActionServeur<unknown> };
}) {
  if (membres.length === 0) {
    return <p>Personne n&apos;a encore rejoint cette organisation sur la plateforme.</p>;
  }
  const gerable = (m: MembreOrganisation) => !!actions && !m.estActeur && roles.includes(m.role);
  const avecActions = !!actions && membres.some(gerable);
  return (
    <Tableau
      titre={`Membres — ${organisation}`}
      titreMasque
      entetes={["Nom", "Adresse électronique", "Rôle", "Membre depuis", ...(avecActions ? ["Retrait"] : [])]}
      lignes={membres.map((m) => {
        const personne = nomComplet(m);
        return [
          <span key="nom">
            {[m.prenom, m.nom].filter(Boolean).join(" ") || <span className={fr.cx("fr-text--sm")}>Nom non renseigné</span>}
            {m.estActeur && (
              <Badge small severity="info" className={fr.cx("fr-ml-1w")}>
                Vous
              </Badge>
            )}
          </span>,
          m.email,
          gerable(m) && actions ? (
            <ChangerRole key="role" appartenanceId={m.appartenanceId} personne={personne} role={m.role} roles={roles} action={actions.modifierRole} />
          ) : (
            LIBELLES_ROLE[m.role]
          ),
          formaterDate(m.depuisLe),
          ...(avecActions
            ? [
                gerable(m) && actions ? (
                  <RetirerMembre key="retrait" appartenanceId={m.appartenanceId} personne={personne} organisation={organisation} action={actions.retirerMembre} />
                ) : (
                  "—"
                ),
              ]
            : []),
        ];
      })}
    />
  );
}
