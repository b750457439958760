// « Mes demandes d'avis » : les demandes adressées à l'expert, les plus urgentes d'abord.
import { fr } from "@codegouvfr/react-dsfr";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { MaDemandeAvis } from "@/lib/avis/queries";
import { formaterDate } from "@/lib/format/dates";
import { BadgeEtatDemande } from "./BadgeEtatDemande";

export function ListeMesDemandesAvis({ demandes }: { demandes: MaDemandeAvis[] }) {
  if (demandes.length === 0) {
    return <p>Aucune demande d&apos;avis ne vous est adressée pour le moment. Les demandes annulées par la DGALN n&apos;apparaissent plus.</p>;
  }
  return (
    <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-raw-list")}>
      {demandes.map((d) => (
        <li key={d.id} className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Card
            title={`${d.candidature.reference} — ${d.candidature.collectivite}`}
            titleAs="h2"
            linkProps={{ href: `/mes-avis/${d.id}` }}
            enlargeLink
            size="small"
            desc={`Question : ${d.question.length > 160 ? `${d.question.slice(0, 157)}…` : d.question}`}
            start={<BadgeEtatDemande etat={d.etat} renduLe={d.renduLe} />}
            detail={`Demandé par ${d.demandePar} · échéance le ${formaterDate(d.echeance)}`}
          />
        </li>
      ))}
    </ul>
  );
}
