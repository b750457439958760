import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { SessionOuverte } from "@/lib/sessions/queries";
import { dateIso, formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { accorder, formaterEuros } from "@/lib/format/nombres";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

export function SessionsOuvertes({ sessions }: { sessions: SessionOuverte[] }) {
  return (
    <Section id={ANCRES.sessions} titre="Sessions nationales ouvertes">
      {sessions.length === 0 ? (
        <Alert
          severity="info"
          as="h3"
          title="Aucune session nationale n'est ouverte en ce moment"
          description="Les prochaines sessions seront annoncées sur cette page. Les ateliers locaux et les ateliers flash restent ouverts à candidature toute l'année."
        />
      ) : (
        <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-raw-list")}>
          {sessions.map((session) => (
            <li key={session.id} className={fr.cx("fr-col-12")}>
              <CarteSession session={session} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function CarteSession({ session }: { session: SessionOuverte }) {
  const details = [
    session.quotaLaureats !== null ? accorder(session.quotaLaureats, "lauréat") + " au plus" : null,
    session.budgetEuros !== null ? `budget de ${formaterEuros(session.budgetEuros)}` : null,
  ].filter((d) => d !== null);

  return (
    <Card
      title={session.theme}
      titleAs="h3"
      desc={session.description}
      start={
        <ul className={fr.cx("fr-badges-group")}>
          <li>
            <Badge small severity="success">
              Candidatures ouvertes
            </Badge>
          </li>
        </ul>
      }
      detail={
        <>
          Ouverte depuis le <time dateTime={dateIso(session.ouvertureLe)}>{formaterDate(session.ouvertureLe)}</time>
        </>
      }
      end={
        <p className={fr.cx("fr-text--bold", "fr-mb-1w")}>
          Dépôt des candidatures jusqu&apos;au{" "}
          <time dateTime={dateIso(session.clotureLe)}>{formaterDateHeure(session.clotureLe)}</time> (heure de Paris)
        </p>
      }
      endDetail={details.length > 0 ? `Session nationale : ${details.join(", ")}` : undefined}
    />
  );
}
