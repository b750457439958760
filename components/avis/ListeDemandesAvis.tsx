// Les demandes d'avis d'expert d'une candidature (DGALN) : à qui, quoi, pour quand, état, avis rendu.
import { fr } from "@codegouvfr/react-dsfr";
import type { DemandeAvisAffichee } from "@/lib/avis/queries";
import type { ResultatAction } from "@/lib/errors";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { AnnulerDemandeAvis } from "./AnnulerDemandeAvis";
import { BadgeEtatDemande } from "./BadgeEtatDemande";
import { BadgeSens } from "./BadgeSens";

type Props = {
  demandes: DemandeAvisAffichee[];
  annuler?: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export function ListeDemandesAvis({ demandes, annuler }: Props) {
  if (demandes.length === 0) return <p>Aucun avis d&apos;expert n&apos;a été demandé sur cette candidature.</p>;
  return (
    <ul className={fr.cx("fr-raw-list")} aria-label="Demandes d'avis d'expert">
      {demandes.map((d) => (
        <li key={d.id} className={fr.cx("fr-mb-3w", "fr-pb-2w")} style={{ borderBottom: "1px solid var(--border-default-grey)", overflowWrap: "anywhere" }}>
          <p className={fr.cx("fr-mb-1v")}>
            <strong>{d.expert}</strong>
            {d.exterieur ? " (expert extérieur)" : " (DGALN)"} <BadgeEtatDemande etat={d.etat} renduLe={d.renduLe} />
          </p>
          <p className={fr.cx("fr-text--sm", "fr-mb-1v")}>
            Demandé par {d.demandePar} le <time dateTime={dateIso(d.creeLe)}>{formaterDate(d.creeLe)}</time>, pour le{" "}
            <time dateTime={dateIso(d.echeance)}>{formaterDate(d.echeance)}</time>
            {d.annuleeLe ? `, annulée le ${formaterDate(d.annuleeLe)}` : ""}.
          </p>
          <p className={fr.cx("fr-text--sm", "fr-mb-1w")} style={{ whiteSpace: "pre-line" }}>
            Question : {d.question}
          </p>
          {d.sens && (
            <div className={fr.cx("fr-mb-1w")}>
              <p className={fr.cx("fr-mb-1v")}>
                Avis : <BadgeSens sens={d.sens} small />
              </p>
              {d.avis && <blockquote className={fr.cx("fr-ml-0", "fr-mb-0")} style={{ whiteSpace: "pre-line" }}>{d.avis}</blockquote>}
            </div>
          )}
          {annuler && (d.etat === "en_attente" || d.etat === "en_retard") && <AnnulerDemandeAvis demandeId={d.id} expert={d.expert} annuler={annuler} />}
        </li>
      ))}
    </ul>
  );
}
