import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { ANCRES } from "@/components/accueil/ancres";
import { FiltresAteliersRealises } from "@/components/ateliers-publics/FiltresPublics";
import { ListeAteliersRealises } from "@/components/ateliers-publics/ListeAteliersRealises";
import { lireAteliersPublics, lireFiltresPublics } from "@/lib/ateliers/publics";

export const metadata: Metadata = {
  title: "Ateliers réalisés",
  description: "Les Ateliers des territoires en cours et terminés : territoires, formats, dates et livrables finals publiés.",
};

// Page publique, lue sans connexion ; les filtres sont dans l'adresse.
export const dynamic = "force-dynamic";

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PageAteliersRealises({ searchParams }: Parametres) {
  const filtres = lireFiltresPublics(await searchParams);
  const { lignes, total, page, pages, options } = await lireAteliersPublics(filtres);
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Ateliers réalisés" homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>Ateliers réalisés</h1>
      <div className={fr.cx("fr-grid-row")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-9")}>
          <p className={fr.cx("fr-text--lead")}>
            Voici les territoires déjà accompagnés par un Atelier des territoires, en cours ou terminés, avec le livrable final
            quand la DGALN l&apos;a publié : de quoi voir ce qu&apos;un atelier produit avant de candidater.
          </p>
          <p>
            Votre collectivité veut se lancer ? Consultez les{" "}
            <Link href={`/#${ANCRES.sessions}`}>sessions nationales ouvertes</Link>, puis{" "}
            <Link href={`/#${ANCRES.commentCandidater}`}>comment candidater</Link> avec le service de l&apos;État de votre
            département.
          </p>
        </div>
      </div>
      <FiltresAteliersRealises filtres={filtres} options={options} />
      {total === 0 ? (
        <Alert
          severity="info"
          as="h2"
          title="Aucun atelier ne correspond à ces filtres"
          description={<Link href="/ateliers-realises">Voir tous les ateliers réalisés</Link>}
        />
      ) : (
        <ListeAteliersRealises lignes={lignes} total={total} page={page} pages={pages} filtres={filtres} />
      )}
    </div>
  );
}
