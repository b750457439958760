import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { DescriptionAtelier, EnTeteAtelier, EquipeAtelier } from "@/components/ateliers/FicheAtelier";
import { PhasesAtelier } from "@/components/ateliers/PhasesAtelier";
import { SuiviPhases } from "@/components/ateliers/phases/SuiviPhases";
import { AteliersInSitu } from "@/components/ateliers/in-situ/AteliersInSitu";
import { CoutsAtelier } from "@/components/ateliers/in-situ/CoutsAtelier";
import { Chronologie } from "@/components/candidatures/Chronologie";
import { peutModifierAtelier } from "@/lib/ateliers/contrat/lecture";
import { lireFicheAtelier } from "@/lib/ateliers/fiche";
import { lirePhasesAtelier } from "@/lib/ateliers/phases/lecture";
import { lireAteliersInSitu } from "@/lib/ateliers/in-situ/lecture";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { demarrerPhaseAction, publierLivrableAction, renvoyerPhaseAction, soumettrePhaseAction, validerPhaseAction } from "./actions";
import * as actionsInSitu from "./actions-in-situ";

const ACTIONS_PHASE = { demarrer: demarrerPhaseAction, soumettre: soumettrePhaseAction, valider: validerPhaseAction, renvoyer: renvoyerPhaseAction };
const ACTIONS_IN_SITU = {
  enregistrer: actionsInSitu.enregistrerAtelierInSituAction,
  modifier: actionsInSitu.modifierAtelierInSituAction,
  supprimer: actionsInSitu.supprimerAtelierInSituAction,
  retirerSupport: actionsInSitu.retirerSupportAction,
  ajouterFrais: actionsInSitu.ajouterFraisAction,
  retirerFrais: actionsInSitu.retirerFraisAction,
};

type Parametres = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

// Métadonnées et page lisent le même atelier, borné par la portée de l'acteur.
async function atelier(id: string) {
  const acteur = await getActeur();
  return acteur ? lireFicheAtelier(acteur, id) : null;
}

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const a = await atelier((await params).id);
  return { title: a ? a.titre : "Atelier introuvable" };
}

/** La fiche d'un atelier, en lecture ; hors de la portée de l'acteur, 404 comme s'il n'existait pas. */
export default async function PageAtelier({ params, searchParams }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/ateliers/${id}`);
  const [a, phases, inSitu, modifiable, sp] = await Promise.all([
    atelier(id),
    lirePhasesAtelier(acteur, id),
    lireAteliersInSitu(acteur, id),
    peutModifierAtelier(acteur, id),
    searchParams,
  ]);
  if (!a || !phases || !inSitu) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={a.titre} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes ateliers", linkProps: { href: "/ateliers" } }]} />
      <EnTeteAtelier atelier={a} />
      {sp?.contrat === "ok" && (
        <Alert severity="success" small description="Le contrat et l'équipe sont enregistrés : ils figurent ci-dessous et dans la chronologie." className={fr.cx("fr-mb-3w")} />
      )}
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <DescriptionAtelier atelier={a} />
          <PhasesAtelier phases={a.phases} />
          <SuiviPhases phases={phases} actions={ACTIONS_PHASE} publier={publierLivrableAction} />
          <AteliersInSitu lus={inSitu} actions={ACTIONS_IN_SITU} />
          <CoutsAtelier lus={inSitu} />
          <EquipeAtelier equipe={a.equipe} saisie={modifiable ? `/ateliers/${a.id}/contrat` : null} contratRenseigne={a.referenceContrat !== null} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <Chronologie evenements={a.evenements} />
        </div>
      </div>
    </div>
  );
}
