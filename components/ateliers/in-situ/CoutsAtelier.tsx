// Récapitulatif des coûts d'un atelier (issue 14, décision 034) : l'équipe, payée par la DGALN sur
// le contrat, et les frais matériels, payés par la collectivité — par atelier in situ, par nature,
// et au total. Tous les montants viennent de calculerCouts (lib/ateliers/in-situ/couts.ts).
import { fr } from "@codegouvfr/react-dsfr";
import { ZoneDefilante } from "@/components/layout/ZoneDefilante";
import { libelleContrat } from "@/components/ateliers/libelles";
import type { AteliersInSituLus } from "@/lib/ateliers/in-situ/lecture";
import { formaterCentimes } from "@/lib/ateliers/in-situ/montants";
import { LIBELLES_NATURE_FRAIS } from "@/lib/candidatures/regles/libelles";

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

function Tableau({ titre, lignes, total }: { titre: string; lignes: [string, string][]; total?: [string, string] }) {
  return (
    <div className={fr.cx("fr-table", "fr-mb-3w")}>
      <div className={fr.cx("fr-table__wrapper")} style={{ maxWidth: "100%" }}>
        <ZoneDefilante libelle={titre} className={fr.cx("fr-table__container")}>
          <div className={fr.cx("fr-table__content")}>
            <table>
              <caption className={fr.cx("fr-text--md")}>{titre}</caption>
              <thead>
                <tr>
                  <th scope="col">Poste</th>
                  <th scope="col" className={fr.cx("fr-cell--right")}>
                    Montant
                  </th>
                </tr>
              </thead>
              <tbody>
                {lignes.map(([poste, montant]) => (
                  <tr key={poste}>
                    <th scope="row" className={fr.cx("fr-cell--multiline")} style={{ fontWeight: "normal" }}>
                      {poste}
                    </th>
                    <td className={fr.cx("fr-cell--right")}>{montant}</td>
                  </tr>
                ))}
              </tbody>
              {total && (
                <tfoot>
                  <tr>
                    <th scope="row" className={fr.cx("fr-cell--multiline")}>
                      {total[0]}
                    </th>
                    <td className={fr.cx("fr-cell--right")}>
                      <strong>{total[1]}</strong>
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </ZoneDefilante>
      </div>
    </div>
  );
}

export function CoutsAtelier({ lus }: { lus: AteliersInSituLus }) {
  const { couts, contrat } = lus;
  const contratLu = libelleContrat(contrat.type, contrat.reference);
  const equipe = couts.equipeCentimes === null ? "Pas encore connu" : formaterCentimes(couts.equipeCentimes);
  const parAtelier: [string, string][] = lus.ateliersInSitu.map((a) => [a.titre, formaterCentimes(couts.parAtelierInSitu[a.id] ?? 0)]);
  if (couts.horsAtelierInSitu > 0) parAtelier.push(["Hors atelier in situ", formaterCentimes(couts.horsAtelierInSitu)]);
  return (
    <section aria-labelledby="titre-couts" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-couts" className={fr.cx("fr-h4")}>
        Coûts
      </h2>
      <Tableau
        titre="Vue d'ensemble"
        lignes={[
          [`Équipe, prise en charge par la DGALN${contratLu ? ` (${contratLu})` : ""}`, equipe],
          ["Frais matériels, à la charge de la collectivité", formaterCentimes(couts.fraisCentimes)],
        ]}
        total={["Total", formaterCentimes(couts.totalCentimes)]}
      />
      {couts.fraisCentimes > 0 && (
        <>
          <Tableau titre="Frais matériels par atelier in situ" lignes={parAtelier} total={["Total des frais matériels", formaterCentimes(couts.fraisCentimes)]} />
          <Tableau
            titre="Frais matériels par nature"
            lignes={couts.parNature.map((n) => [majuscule(LIBELLES_NATURE_FRAIS[n.nature]), formaterCentimes(n.centimes)])}
            total={["Total des frais matériels", formaterCentimes(couts.fraisCentimes)]}
          />
        </>
      )}
      {couts.equipeCentimes === null && <p className={fr.cx("fr-text--sm")}>Le coût de l&apos;équipe sera connu avec son contrat ; le total ne compte pour l&apos;instant que les frais.</p>}
    </section>
  );
}
