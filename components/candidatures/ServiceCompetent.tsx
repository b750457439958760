// Le service de l'État compétent d'une candidature dont la collectivité principale s'étend sur
// plusieurs départements (R4, décision 026) : qui rédige et cosigne, qui peut suivre ; et, pour la
// DGALN avant le dépôt, le changement de service.
import { fr } from "@codegouvfr/react-dsfr";
import { majuscule, nomAvecArticle } from "@/lib/candidatures/regles/libelles";
import { servicesCompetents } from "@/lib/candidatures/services-competents";
import type { ResultatAction } from "@/lib/errors";
import { ChangerServiceCompetent } from "./ChangerServiceCompetent";

type Props = {
  candidature: { id: string; collectivitePrincipaleId: string; serviceEtatId: string };
  peutChanger: boolean;
  changer: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

/** « La DDT de la Côte-d'Or », en tête de phrase. */
const service = (nom: string) => majuscule(nomAvecArticle(nom, { service: true }));

function enumerer(noms: string[]): string {
  return noms.length <= 1 ? (noms[0] ?? "") : `${noms.slice(0, -1).join(", ")} et ${noms.at(-1)}`;
}

export async function ServiceCompetent({ candidature: c, peutChanger, changer }: Props) {
  const services = await servicesCompetents(c.collectivitePrincipaleId);
  if (services.length < 2) return null;
  const competent = services.find((s) => s.id === c.serviceEtatId);
  const autres = services.filter((s) => s.id !== c.serviceEtatId);
  return (
    <section aria-labelledby="service-competent-titre" className={fr.cx("fr-callout", "fr-callout--blue-cumulus", "fr-mb-4w")}>
      <h2 id="service-competent-titre" className={fr.cx("fr-callout__title", "fr-h5")}>
        Service de l&apos;État compétent
      </h2>
      <p className={fr.cx("fr-mb-1w")}>
        La collectivité principale s&apos;étend sur plusieurs départements ({enumerer(services.map((s) => s.departement.nom))}).{" "}
        {competent ? (
          <>
            <strong>{service(competent.nom)}</strong> est le service compétent : ses agents rédigent la candidature avec la collectivité, ses
            signataires la cosignent et la déposent.
          </>
        ) : (
          "Son service compétent n'est celui d'aucun de ces départements : la DGALN doit le changer."
        )}
      </p>
      <p className={fr.cx("fr-mb-0")}>
        {autres.length === 1 ? `${service(autres[0]!.nom)} peut` : `${service(enumerer(autres.map((s) => nomAvecArticle(s.nom, { service: true }))))} peuvent`} consulter la candidature et la
        suivre.
      </p>
      {peutChanger && <ChangerServiceCompetent candidatureId={c.id} services={autres} changer={changer} />}
    </section>
  );
}
