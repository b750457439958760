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
    <Section id={ANCRES.sessions} titre="Sessions nationales ouvertes" fond="gris">
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
  const quota = session.quotaLaureats !== null ? `Jusqu'à ${accorder(session.quotaLaureats, "lauréat")}` : null;
  const budget = session.budgetEuros !== null ? formaterEuros(session.budgetEuros) : null;
  const resume =
    quota && budget ? `${quota}, pour un budget de ${budget}` : quota ?? (budget ? `Budget de ${budget}` : undefined);

  return (
    <Card
      title={session.theme}
      titleAs="h3"
      enlargeLink
      linkProps={{ href: `/sessions/${session.slug}` }}
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
        // Le détail de carte est une boîte flexible : le texte et la date restent dans un même élément.
        <span>
          Ouverte depuis le <time dateTime={dateIso(session.ouvertureLe)}>{formaterDate(session.ouvertureLe)}</time>
        </span>
      }
      end={
        <p className={fr.cx("fr-text--bold", "fr-mb-1w")}>
          Dépôt des candidatures jusqu&apos;au{" "}
          <time dateTime={dateIso(session.clotureLe)}>{formaterDateHeure(session.clotureLe)}</time> (heure de Paris)
        </p>
      }
      endDetail={resume}
    />
  );
}
