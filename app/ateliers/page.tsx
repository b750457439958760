import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { adresseCarteAteliers } from "@/components/ateliers/adresses";
import { EtatVideAteliers, type Lecteur } from "@/components/ateliers/EtatVideAteliers";
import { FiltresAteliers } from "@/components/ateliers/FiltresAteliers";
import { StatutsAteliers } from "@/components/ateliers/StatutsAteliers";
import { ResumeAteliers, TableauAteliers } from "@/components/ateliers/TableauAteliers";
import { lireFiltresAteliers } from "@/lib/ateliers/filtres";
import { lireListeAteliers, optionsListeAteliers } from "@/lib/ateliers/liste";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { aUnDroit, droitsDe, remplitProfil } from "@/lib/autorisations/politique";
import type { Acteur } from "@/lib/auth/acteur";

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITRE = "Mes ateliers";

const INTRODUCTION: Record<Lecteur, string> = {
  dgaln: "Tous les ateliers du programme : filtrez, repérez les phases en retard, exportez la sélection ou ouvrez un atelier.",
  etat: "Les ateliers de votre département, que votre service pilote avec les collectivités : leur phase en cours et son échéance.",
  collectivite: "Les ateliers que porte votre collectivité, seule ou avec d'autres : leur phase en cours et son échéance.",
};

/** Le plus large des profils qui donnent à l'acteur la lecture des ateliers (pour les textes). */
function lecteur(acteur: Acteur): Lecteur {
  const profils = droitsDe("atelier", "lire").filter((d) => remplitProfil(acteur, d)).map((d) => d.profil);
  return profils.includes("dgaln") ? "dgaln" : profils.includes("etat") ? "etat" : "collectivite";
}

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !aUnDroit(acteur, "atelier", "lire") ? "Accès refusé" : TITRE };
}

export default async function PageAteliers({ searchParams }: Parametres) {
  const acteur = await requireActeur("/ateliers");
  if (!aUnDroit(acteur, "atelier", "lire")) redirect(cheminAccesRefuse("ateliers")); // servie en 403 (proxy.ts)
  const filtres = lireFiltresAteliers(await searchParams);
  const [liste, options] = await Promise.all([lireListeAteliers(acteur, filtres), optionsListeAteliers(acteur)]);
  const qui = lecteur(acteur);
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>{INTRODUCTION[qui]}</p>
      {aUnDroit(acteur, "atelier", "statistiques") && (
        <p>
          <Button priority="secondary" iconId="fr-icon-map-pin-2-line" linkProps={{ href: adresseCarteAteliers(filtres) }}>
            Carte et statistiques nationales
          </Button>
        </p>
      )}
      <FiltresAteliers filtres={filtres} options={options} />
      <StatutsAteliers filtres={filtres} parStatut={liste.parStatut} />
      {liste.total === 0 ? (
        <EtatVideAteliers filtres={filtres} lecteur={qui} />
      ) : (
        <>
          <ResumeAteliers filtres={filtres} liste={liste} />
          <TableauAteliers liste={liste} filtres={filtres} />
        </>
      )}
    </div>
  );
}
