import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { EnregistrerVue } from "@/components/instruction/EnregistrerVue";
import { EtatVide } from "@/components/instruction/EtatVide";
import { FiltresInstruction } from "@/components/instruction/FiltresInstruction";
import { LiensExport } from "@/components/instruction/LiensExport";
import { StatutsInstruction } from "@/components/instruction/StatutsInstruction";
import { TableauInstruction } from "@/components/instruction/TableauInstruction";
import { raccourcisPour, VuesInstruction } from "@/components/instruction/VuesInstruction";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { aUnDroit } from "@/lib/autorisations/politique";
import { ecrireFiltres, lireFiltres } from "@/lib/instruction/filtres";
import { libellesTerritoire, lireTableau, optionsTableau } from "@/lib/instruction/tableau";
import { listerVues } from "@/lib/instruction/vues";
import { BilanAnnuel } from "@/components/selection/BilanAnnuel";
import { bilanSelectionAnnuelle } from "@/lib/selection/bilan";
import { enregistrerVueAction, supprimerVueAction } from "./actions";

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITRE = "Tableau d'instruction";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !aUnDroit(acteur, "candidature", "tableau") ? "Accès refusé" : TITRE };
}

export default async function PageInstruction({ searchParams }: Parametres) {
  const acteur = await requireActeur("/instruction");
  if (!aUnDroit(acteur, "candidature", "tableau")) redirect(cheminAccesRefuse("instruction")); // servie en 403 (proxy.ts)
  const filtres = lireFiltres(await searchParams);
  const instruit = aUnDroit(acteur, "candidature", "instruire");
  const [resultat, options, libelles, vues, bilan] = await Promise.all([
    lireTableau(acteur, filtres),
    optionsTableau(acteur),
    libellesTerritoire(filtres),
    listerVues(acteur),
    bilanSelectionAnnuelle(acteur),
  ]);
  const departements = options.departements.map((d) => d.nom).join(", ");
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        {instruit
          ? "Toutes les candidatures du programme : recherchez, filtrez, puis ouvrez une candidature pour l'instruire."
          : `Les candidatures de votre département (${departements}), y compris celles des collectivités qui s'étendent aussi sur un département voisin : celles à co-signer, à déposer, et leur suivi par la DGALN.`}
      </p>
      {bilan && <BilanAnnuel bilan={bilan} />}
      <VuesInstruction raccourcis={raccourcisPour(instruit)} vues={vues} supprimer={supprimerVueAction} />
      <FiltresInstruction filtres={filtres} options={options} libelles={libelles} />
      <StatutsInstruction filtres={filtres} parStatut={resultat.parStatut} />
      {resultat.total === 0 ? (
        <EtatVide filtres={filtres} instruit={instruit} />
      ) : (
        <>
          <LiensExport filtres={filtres} resultat={resultat} />
          <TableauInstruction resultat={resultat} filtres={filtres} />
        </>
      )}
      <section aria-labelledby="titre-enregistrer" className={fr.cx("fr-mt-4w")}>
        <h2 id="titre-enregistrer" className={fr.cx("fr-h6")}>
          Enregistrer cette vue
        </h2>
        <EnregistrerVue parametres={ecrireFiltres(filtres, ["page"])} action={enregistrerVueAction} />
      </section>
    </div>
  );
}
