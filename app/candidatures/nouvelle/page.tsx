import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { FormulaireNouvelleCandidature } from "@/components/candidatures/FormulaireNouvelleCandidature";
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";
import { requireActeur } from "@/lib/auth/session";
import { aUnDroit, departementsDe, ROLES_PAR_PROFIL } from "@/lib/autorisations/politique";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { formaterDateHeure } from "@/lib/format/dates";
import { TYPES_COLLECTIVITES } from "@/lib/referentiel/recherche";
import { listerSessionsOuvertes } from "@/lib/sessions/queries";
import { creerCandidatureAction, rechercherCollectivitesAction, servicesCompetentsAction, similairesAction } from "./actions";

export const metadata: Metadata = { title: "Nouvelle candidature" };

export default async function PageNouvelleCandidature() {
  const acteur = await requireActeur("/candidatures/nouvelle");
  // Seuls les porteurs créent une candidature (politique `candidature.creer`) : les autres lisent pourquoi.
  if (!aUnDroit(acteur, "candidature", "creer")) {
    return (
      <div className={fr.cx("fr-container", "fr-pb-8w")}>
        <Breadcrumb currentPageLabel="Nouvelle candidature" homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/candidatures" } }]} />
        <h1>Nouvelle candidature</h1>
        <Alert
          severity="info"
          as="h2"
          title="Une candidature est créée par ses porteurs"
          description="Seuls les membres d'une collectivité et les agents d'un service de l'État (DDT, DDTM, DEAL…) créent une candidature. Votre compte n'en fait pas partie : la DGALN et les jurés consultent les candidatures déposées."
        />
      </div>
    );
  }
  const roles: readonly string[] = ROLES_PAR_PROFIL.collectivite;
  const propres = acteur.appartenances
    .filter((a) => TYPES_COLLECTIVITES.includes(a.typeOrganisation) && roles.includes(a.role))
    .map((a) => ({ id: a.organisationId, nom: a.organisationNom, detail: LIBELLES_TYPE_ORGANISATION[a.typeOrganisation] }));
  const rechercheEtat = departementsDe(acteur, ROLES_PAR_PROFIL.etat).length > 0;
  const sessions = (await listerSessionsOuvertes()).map((s) => ({ id: s.id, theme: s.theme, cloture: formaterDateHeure(s.clotureLe) }));
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Nouvelle candidature" homeLinkProps={{ href: "/" }} segments={[{ label: "Mes candidatures", linkProps: { href: "/candidatures" } }]} />
      <h1>Nouvelle candidature</h1>
      <p className={fr.cx("fr-text--lead")}>
        Choisissez le format de l&apos;atelier et la collectivité porteuse. La candidature est ensuite rédigée à deux, par la collectivité
        et le service de l&apos;État du département, qui sont prévenus par courriel.
      </p>
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-8")}>
          <FormulaireNouvelleCandidature
            collectivitesPropres={propres}
            rechercheEtat={rechercheEtat}
            sessions={sessions}
            creer={creerCandidatureAction}
            rechercher={rechercherCollectivitesAction}
            similaires={similairesAction}
            servicesCompetents={servicesCompetentsAction}
          />
        </div>
      </div>
    </div>
  );
}
