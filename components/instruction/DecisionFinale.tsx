// La décision de la DGALN qui a fixé le statut de la candidature (irrecevable, retenue, non retenue,
// liste complémentaire) : sa date, sa motivation et sa lettre, en tête de la fiche, pour les porteurs
// comme pour la DGALN. La lettre d'une session publiée est produite par la file : en attendant, on le dit.
import { fr } from "@codegouvfr/react-dsfr";
import { dateIso, formaterDate } from "@/lib/format/dates";
import type { DecisionFinale as Decision } from "@/lib/instruction/queries";

export function DecisionFinale({ decision }: { decision: Decision }) {
  return (
    <section aria-labelledby="titre-decision-finale" className={fr.cx("fr-mb-3w")}>
      <h2 id="titre-decision-finale" className={fr.cx("fr-h6", "fr-mb-1w")}>
        Décision de la DGALN du <time dateTime={dateIso(decision.decideeLe)}>{formaterDate(decision.decideeLe)}</time>
      </h2>
      <blockquote className={fr.cx("fr-mb-1w")} style={{ whiteSpace: "pre-line" }}>
        {decision.motivation}
      </blockquote>
      {decision.cheminLettre ? (
        <a className={fr.cx("fr-link", "fr-link--download")} href={decision.cheminLettre}>
          Télécharger la lettre de décision
          <span className={fr.cx("fr-link__detail")}>PDF</span>
        </a>
      ) : (
        <p className={fr.cx("fr-text--sm")}>La lettre de décision est en préparation : elle sera téléchargeable ici dans quelques minutes, et les deux parties la reçoivent par courriel.</p>
      )}
    </section>
  );
}
