import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { redirect } from "next/navigation";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { FiltresOrganisations, type ValeursFiltres } from "@/components/admin/FiltresOrganisations";
import { TableauOrganisations } from "@/components/admin/TableauOrganisations";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { peutSuperviserCourriels } from "@/lib/courriels/supervision";
import { accesAdministration, listerDepartements, listerOrganisations } from "@/lib/organisations/queries";

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITRE = "Organisations";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !accesAdministration(acteur) ? "Accès refusé" : TITRE };
}

function texte(valeur: string | string[] | undefined): string {
  return (Array.isArray(valeur) ? valeur[0] : valeur)?.slice(0, 100) ?? "";
}

export default async function PageOrganisations({ searchParams }: Parametres) {
  const acteur = await requireActeur("/admin/organisations");
  if (!accesAdministration(acteur)) redirect(cheminAccesRefuse("administration")); // servie en 403 (proxy.ts)
  const sp = await searchParams;
  const filtres: ValeursFiltres = { q: texte(sp.q), type: texte(sp.type), departement: texte(sp.departement) };
  const [resultat, departements] = await Promise.all([
    listerOrganisations(acteur, { recherche: filtres.q, type: filtres.type, departement: filtres.departement, page: Number(texte(sp.page)) || 1 }),
    listerDepartements(),
  ]);
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        Collectivités du référentiel, services de l&apos;État et DGALN : recherchez une organisation pour voir ses membres,
        modifier leurs rôles ou inviter une personne.
      </p>
      {peutSuperviserCourriels(acteur) ? (
        <p>
          <a className={fr.cx("fr-link", "fr-icon-mail-line", "fr-link--icon-left")} href="/admin/courriels">
            Courriels en échec
          </a>
        </p>
      ) : null}
      <FiltresOrganisations valeurs={filtres} departements={departements} />
      <TableauOrganisations resultat={resultat} filtres={filtres} />
    </div>
  );
}
