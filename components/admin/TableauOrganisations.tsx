import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { AvisListeBornee } from "@/components/layout/AvisListeBornee";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { accorder, formaterNombre } from "@/lib/format/nombres";
import type { PageOrganisations } from "@/lib/organisations/queries";
import { LIBELLES_TYPE_ORGANISATION } from "@/lib/auth/libelles";
import type { ValeursFiltres } from "./FiltresOrganisations";

function adressePage(filtres: ValeursFiltres, page: number): string {
  const parametres = new URLSearchParams();
  for (const [cle, valeur] of Object.entries(filtres)) if (valeur) parametres.set(cle, valeur);
  if (page > 1) parametres.set("page", String(page));
  const requete = parametres.toString();
  return `/admin/organisations${requete ? `?${requete}` : ""}`;
}

/** Résultats de la recherche : nombre, tableau DSFR, pagination DSFR. */
export function TableauOrganisations({ resultat, filtres }: { resultat: PageOrganisations; filtres: ValeursFiltres }) {
  const { organisations, total, page, pages, parPage, tronquee } = resultat;
  const premier = (page - 1) * parPage + 1;
  const dernier = premier + organisations.length - 1;
  return (
    <>
      <p className={fr.cx("fr-text--lg", "fr-mb-2w")} role="status">
        {total === 0 ? "Aucune organisation ne correspond à votre recherche." : accorder(total, "organisation")}
        {pages > 1 && (
          <span className={fr.cx("fr-text--sm")}>
            {" "}
            — affichage de {formaterNombre(premier)} à {formaterNombre(dernier)}, page {formaterNombre(page)} sur {formaterNombre(pages)}
          </span>
        )}
      </p>
      {tronquee && <AvisListeBornee lignes="organisations (par ordre alphabétique)" moyen="précisez la recherche, le type ou le département" />}
      {total > 0 && (
        <Table
          caption="Organisations"
          noCaption
          headers={["Nom", "Type", "Département", "SIREN ou code INSEE", "Membres"]}
          data={organisations.map((o) => [
            <Link key="nom" href={`/admin/organisations/${o.id}`}>
              {o.nom}
            </Link>,
            o.typeServiceEtat ?? LIBELLES_TYPE_ORGANISATION[o.type],
            o.codeDepartement ?? "—",
            o.codeInsee ? `INSEE ${o.codeInsee}` : (o.siren ?? "—"),
            formaterNombre(o.membres),
          ])}
        />
      )}
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(numero) => ({ href: adressePage(filtres, numero) })}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </>
  );
}
