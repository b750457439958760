import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { StatistiquesAteliers } from "@/components/ateliers/carte/StatistiquesAteliers";
import { FiltresAteliers } from "@/components/ateliers/FiltresAteliers";
import { CHEMIN_ATELIERS } from "@/components/ateliers/adresses";
import { lireFiltresAteliers } from "@/lib/ateliers/filtres";
import { optionsListeAteliers } from "@/lib/ateliers/liste";
import { departementsDeLaCarte, lireStatistiquesAteliers } from "@/lib/ateliers/statistiques";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { aUnDroit } from "@/lib/autorisations/politique";

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITRE = "Carte et statistiques des ateliers";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !aUnDroit(acteur, "atelier", "statistiques") ? "Page non trouvée" : TITRE };
}

/**
 * Vue nationale des ateliers (issue 14, points 6 et 7 ; décision 035), réservée à la DGALN : pour
 * tout autre acteur, la page n'existe pas (404), comme une fiche hors de sa portée.
 */
export default async function PageCarteAteliers({ searchParams }: Parametres) {
  const acteur = await requireActeur("/ateliers/carte");
  if (!aUnDroit(acteur, "atelier", "statistiques")) notFound();
  const filtres = lireFiltresAteliers(await searchParams);
  const [statistiques, noms, options] = await Promise.all([
    lireStatistiquesAteliers(acteur, filtres),
    departementsDeLaCarte(),
    optionsListeAteliers(acteur),
  ]);
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes ateliers", linkProps: { href: CHEMIN_ATELIERS } }]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        Les ateliers du programme sur le territoire, leurs délais et leurs coûts par année. Choisissez un département sur la carte pour en
        ouvrir la liste.
      </p>
      <FiltresAteliers filtres={filtres} options={options} vue="carte" />
      <StatistiquesAteliers statistiques={statistiques} noms={noms} filtres={filtres} />
    </div>
  );
}
