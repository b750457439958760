import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { GestionMembres } from "@/components/organisations/GestionMembres";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { trouverDetailOrganisation } from "@/lib/organisations/queries";
import { inviterMembreAction, modifierRoleAction, retirerMembreAction } from "@/app/organisations/actions";

type Parametres = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const acteur = await getActeur();
  const detail = acteur ? await trouverDetailOrganisation(acteur, (await params).id) : null;
  return { title: detail ? `Membres — ${detail.organisation.nom}` : "Membres de l'organisation" };
}

/** Membres d'une organisation, pour ses propres membres ; les signataires y invitent et gèrent les rôles. */
export default async function PageMembres({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/organisations/${id}/membres`);
  const detail = await trouverDetailOrganisation(acteur, id);
  if (!detail) notFound();
  const { organisation, peutGererMembres, rolesAttribuables } = detail;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Membres"
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Mon compte", linkProps: { href: "/mon-compte" } }]}
      />
      <h1>Membres — {organisation.nom}</h1>
      <p className={fr.cx("fr-text--lead")}>
        {peutGererMembres && rolesAttribuables.length > 0
          ? "Invitez les personnes qui préparent ou signent les candidatures avec vous, et ajustez leurs rôles."
          : "Les personnes qui représentent cette organisation sur la plateforme. Pour inviter quelqu'un ou changer un rôle, adressez-vous à un signataire de l'organisation."}
      </p>
      <GestionMembres
        detail={detail}
        actions={{ inviterMembre: inviterMembreAction, modifierRole: modifierRoleAction, retirerMembre: retirerMembreAction }}
      />
    </div>
  );
}
