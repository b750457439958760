import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { FormulaireContrat } from "@/components/ateliers/FormulaireContrat";
import { lireContratASaisir } from "@/lib/ateliers/contrat/lecture";
import { requireActeur } from "@/lib/auth/session";
import { renseignerContratAction } from "./actions";

export const metadata: Metadata = { title: "Contrat et équipe de l'atelier" };

type Parametres = { params: Promise<{ id: string }> };

/** Saisie du contrat et de l'équipe : service de l'État pilote et DGALN ; pour les autres, 404. */
export default async function PageContratAtelier({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/ateliers/${id}/contrat`);
  const contrat = await lireContratASaisir(acteur, id);
  if (!contrat) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Contrat et équipe"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Mes ateliers", linkProps: { href: "/ateliers" } },
          { label: contrat.titre, linkProps: { href: `/ateliers/${contrat.atelierId}` } },
        ]}
      />
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-9")}>
          <h1>{contrat.renseigne ? "Modifier le contrat et l'équipe" : "Renseigner le contrat et l'équipe"}</h1>
          <p className={fr.cx("fr-text--lead")}>{contrat.titre}</p>
          <FormulaireContrat valeurs={contrat.valeurs} action={renseignerContratAction} />
        </div>
      </div>
    </div>
  );
}
