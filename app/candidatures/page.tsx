import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { FiltresCandidatures, type ValeursFiltresCandidatures } from "@/components/candidatures/FiltresCandidatures";
import { TableauCandidatures } from "@/components/candidatures/TableauCandidatures";
import { FORMATS, STATUTS, TRIS } from "@/components/candidatures/libelles";
import { requireActeur } from "@/lib/auth/session";
import { aUnDroit } from "@/lib/autorisations/politique";
import { listerMesCandidatures } from "@/lib/candidatures/liste";

export const metadata: Metadata = { title: "Mes candidatures" };

type Parametres = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function un(valeur: string | string[] | undefined): string {
  return (Array.isArray(valeur) ? valeur[0] : valeur) ?? "";
}

/** Une valeur d'URL inconnue est ignorée (aucun filtre) plutôt que refusée. */
function parmi<K extends string>(valeurs: Record<K, unknown>, brut: string): K | "" {
  return Object.hasOwn(valeurs, brut) ? (brut as K) : "";
}

export default async function PageCandidatures({ searchParams }: Parametres) {
  const acteur = await requireActeur("/candidatures");
  const sp = await searchParams;
  const peutCreer = aUnDroit(acteur, "candidature", "creer");
  const filtres: ValeursFiltresCandidatures = {
    statut: parmi(STATUTS, un(sp.statut)),
    format: parmi(FORMATS, un(sp.format)),
    tri: parmi(TRIS, un(sp.tri)) || "modification",
  };
  const resultat = await listerMesCandidatures(acteur, {
    statut: filtres.statut || undefined,
    format: filtres.format || undefined,
    tri: filtres.tri,
    page: Number(un(sp.page)) || 1,
  });
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Mes candidatures" homeLinkProps={{ href: "/" }} segments={[]} />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--middle", "fr-mb-2w")} style={{ justifyContent: "space-between", gap: "1rem" }}>
        <h1 className={fr.cx("fr-mb-0")}>Mes candidatures</h1>
        {peutCreer && (
          <Button iconId="fr-icon-add-line" iconPosition="left" linkProps={{ href: "/candidatures/nouvelle" }}>
            Nouvelle candidature
          </Button>
        )}
      </div>
      <p className={fr.cx("fr-text--lead")}>
        Les candidatures que vous préparez, co-signez ou suivez : celles de vos collectivités, celles du département de votre service de
        l&apos;État, ou toutes pour la DGALN.
      </p>
      <FiltresCandidatures valeurs={filtres} />
      <TableauCandidatures resultat={resultat} filtres={filtres} peutCreer={peutCreer} />
    </div>
  );
}
