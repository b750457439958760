import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { redirect } from "next/navigation";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { FicheOrganisation } from "@/components/admin/FicheOrganisation";
import { FormulaireOrganisation } from "@/components/admin/FormulaireOrganisation";
import { GestionMembres } from "@/components/organisations/GestionMembres";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { accesAdministration, trouverDetailOrganisation } from "@/lib/organisations/queries";
import { TYPES_DU_REFERENTIEL } from "@/lib/organisations/roles";
import { inviterMembreAction, modifierRoleAction, retirerMembreAction } from "@/app/organisations/actions";
import { modifierOrganisationAction } from "../actions";

type Parametres = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const acteur = await getActeur();
  if (!acteur) return { title: "Organisation" };
  if (!accesAdministration(acteur)) return { title: "Accès refusé" };
  const detail = await trouverDetailOrganisation(acteur, (await params).id);
  return { title: detail ? `${detail.organisation.nom} — Organisations` : "Organisation introuvable" };
}

export default async function PageOrganisation({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/admin/organisations/${id}`);
  if (!accesAdministration(acteur)) redirect(cheminAccesRefuse("administration")); // servie en 403 (proxy.ts)
  const detail = await trouverDetailOrganisation(acteur, id);
  if (!detail) notFound();
  const { organisation } = detail;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel={organisation.nom}
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Organisations", linkProps: { href: "/admin/organisations" } }]}
      />
      <h1>{organisation.nom}</h1>
      <section aria-labelledby="titre-informations" className={fr.cx("fr-mb-6w")}>
        <h2 id="titre-informations">Informations</h2>
        <FicheOrganisation organisation={organisation} />
        {detail.peutAdministrer && (
          <div className={fr.cx("fr-grid-row")}>
            <div className={fr.cx("fr-col-12", "fr-col-lg-6", "fr-mt-2w")}>
              <FormulaireOrganisation
                nomModifiable={!TYPES_DU_REFERENTIEL.includes(organisation.type)}
                action={modifierOrganisationAction}
                valeurs={{
                  organisationId: organisation.id,
                  modifieLe: organisation.modifieLe.toISOString(),
                  nom: organisation.nom,
                  courriel: organisation.courriel ?? "",
                  siret: organisation.siret ?? "",
                }}
              />
            </div>
          </div>
        )}
      </section>
      <GestionMembres
        detail={detail}
        actions={{ inviterMembre: inviterMembreAction, modifierRole: modifierRoleAction, retirerMembre: retirerMembreAction }}
      />
    </div>
  );
}
