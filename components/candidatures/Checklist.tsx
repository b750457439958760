import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { RubriqueChecklist, Verdict } from "@/lib/candidatures/regles";
import { formaterDateHeure } from "@/lib/format/dates";
import { ETATS_CHECKLIST } from "./libelles";

/**
 * La liste de contrôle calculée sur le serveur par le module de règles (lib/candidatures/regles.ts) :
 * rien n'est recalculé ici, chaque message est affiché tel que la règle l'a écrit.
 */
export function Checklist({
  rubriques,
  depot,
  evalueeLe,
}: {
  rubriques: RubriqueChecklist[];
  depot: Verdict;
  /** Date d'évaluation des règles quand ce n'est pas maintenant (candidature déposée) ; `null` : en préparation. */
  evalueeLe: Date | null;
}) {
  return (
    <section aria-labelledby="titre-checklist" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-checklist">Liste de contrôle</h2>
      {evalueeLe && <p className={fr.cx("fr-text--sm")}>Règles vérifiées à la date du dépôt, le {formaterDateHeure(evalueeLe)}.</p>}
      {evalueeLe ? null : depot.ok ? (
        <Alert severity="success" small description="Toutes les règles sont respectées : la candidature peut être déposée." className={fr.cx("fr-mb-3w")} />
      ) : (
        <Alert
          severity="info"
          small
          description={`${depot.bloquants.length} point${depot.bloquants.length > 1 ? "s" : ""} à régler avant le dépôt.`}
          className={fr.cx("fr-mb-3w")}
        />
      )}
      <ul className={fr.cx("fr-raw-list")}>
        {rubriques.map((r) => (
          <li key={r.regle} className={fr.cx("fr-mb-3w")}>
            <h3 className={fr.cx("fr-h6", "fr-mb-1w")}>
              {r.titre}{" "}
              <Badge as="span" small severity={ETATS_CHECKLIST[r.etat].severite}>
                {ETATS_CHECKLIST[r.etat].libelle}
              </Badge>
            </h3>
            <ul>
              {r.elements.map((e) => (
                <li key={`${e.code}-${e.piece ?? ""}-${e.partie ?? ""}`}>
                  {e.etat !== "ok" && <strong>{ETATS_CHECKLIST[e.etat].libelle} : </strong>}
                  {e.message}
                </li>
              ))}
            </ul>
            <details>
              <summary className={fr.cx("fr-text--xs")}>Source de la règle {r.regle}</summary>
              <p className={fr.cx("fr-text--xs", "fr-mb-0")}>{r.source}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
