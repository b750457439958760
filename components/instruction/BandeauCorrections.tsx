// La demande de corrections en cours, pour les porteurs (et la DGALN) : de la décision jusqu'au
// dépôt suivant, y compris pendant la nouvelle rédaction (issue 11). Les points, l'échéance, la
// lettre, et ce qu'il faut faire ensuite, dans l'ordre.
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { dateIso, formaterDate, formaterDateHeure } from "@/lib/format/dates";
import type { DemandeCorrections } from "@/lib/instruction/queries";

type Props = { candidatureId: string; demande: DemandeCorrections; peutModifier: boolean; serviceEtat: string };

export function BandeauCorrections({ candidatureId, demande, peutModifier, serviceEtat }: Props) {
  return (
    <section aria-labelledby="titre-corrections" className={fr.cx("fr-alert", "fr-alert--warning", "fr-mb-4w")}>
      <h2 id="titre-corrections" className={fr.cx("fr-alert__title")}>
        La DGALN demande des corrections
      </h2>
      <p className={fr.cx("fr-text--sm")}>
        Demande de {demande.decidePar} le <time dateTime={dateIso(demande.decideeLe)}>{formaterDateHeure(demande.decideeLe)}</time>
        {demande.depotNumero ? `, sur le dépôt n° ${demande.depotNumero}` : ""}.
      </p>
      {demande.echeance && (
        <p>
          <strong>
            À déposer de nouveau avant le <time dateTime={dateIso(demande.echeance)}>{formaterDate(demande.echeance)}</time>.
          </strong>
        </p>
      )}
      <p className={fr.cx("fr-mb-1v")}>
        <strong>Motivation</strong>
      </p>
      <p style={{ whiteSpace: "pre-line" }}>{demande.motivation}</p>
      {demande.points.length > 0 && (
        <>
          <p className={fr.cx("fr-mb-1v")}>
            <strong>Points à corriger</strong>
          </p>
          <ol>
            {demande.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
        </>
      )}
      <p className={fr.cx("fr-mb-1v")}>
        <strong>Et ensuite ?</strong>
      </p>
      <ol>
        <li>Les rédacteurs modifient la candidature selon ces points (toute modification annule les signatures).</li>
        <li>La collectivité et le service de l&apos;État la signent à nouveau.</li>
        <li>Un signataire de la {serviceEtat} la dépose de nouveau : un nouveau récépissé est délivré et la DGALN reprend l&apos;examen.</li>
      </ol>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--icon-left", "fr-mt-2w")}>
        {peutModifier && (
          <li>
            <Button iconId="fr-icon-edit-line" linkProps={{ href: `/candidatures/${candidatureId}/modifier` }}>
              Corriger la candidature
            </Button>
          </li>
        )}
        {demande.cheminLettre && (
          <li>
            <Button priority="secondary" iconId="fr-icon-download-line" linkProps={{ href: demande.cheminLettre }}>
              Télécharger la lettre de décision (PDF)
            </Button>
          </li>
        )}
      </ul>
    </section>
  );
}
