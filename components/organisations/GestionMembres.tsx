import { fr } from "@codegouvfr/react-dsfr";
import type { DetailOrganisation } from "@/lib/organisations/queries";
import { accorder } from "@/lib/format/nombres";
import { FormulaireInvitation } from "./FormulaireInvitation";
import { InvitationsEnAttente } from "./InvitationsEnAttente";
import { MembresOrganisation } from "./MembresOrganisation";
import type { ActionServeur } from "./types";

const CADRE = { border: `1px solid ${fr.colors.decisions.border.default.grey.default}` };

export type ActionsMembres = {
  inviterMembre: ActionServeur<{ email: string; remplacees: number; courrielEnvoye: boolean }>;
  modifierRole: ActionServeur<unknown>;
  retirerMembre: ActionServeur<unknown>;
};

/** Membres, invitation et invitations en attente : commun à l'administration et à « Membres ». */
export function GestionMembres({ detail, actions }: { detail: DetailOrganisation; actions: ActionsMembres }) {
  const { organisation, membres, invitations, peutGererMembres, rolesAttribuables } = detail;
  const gere = peutGererMembres && rolesAttribuables.length > 0;
  return (
    <>
      <section aria-labelledby="titre-membres" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-membres">Membres</h2>
        <p>{membres.length === 0 ? "Aucun membre." : `${accorder(membres.length, "membre")}.`}</p>
        <MembresOrganisation
          organisation={organisation.nom}
          membres={membres}
          roles={rolesAttribuables}
          actions={gere ? { modifierRole: actions.modifierRole, retirerMembre: actions.retirerMembre } : undefined}
        />
      </section>
      {gere && (
        <>
          <div className={fr.cx("fr-grid-row", "fr-mb-6w")}>
            <section className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6", "fr-p-3w")} aria-labelledby="titre-invitation" style={CADRE}>
              <FormulaireInvitation
                organisationId={organisation.id}
                organisationNom={organisation.nom}
                roles={rolesAttribuables}
                action={actions.inviterMembre}
              />
            </section>
          </div>
          <section aria-labelledby="titre-invitations" className={fr.cx("fr-mb-6w")}>
            <h2 id="titre-invitations">Invitations en attente</h2>
            <InvitationsEnAttente organisation={organisation.nom} invitations={invitations} />
          </section>
        </>
      )}
    </>
  );
}
