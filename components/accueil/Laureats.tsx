import { fr } from "@codegouvfr/react-dsfr";
import type { SessionLaureats } from "@/lib/sessions/queries";
import { nomCollectiviteDeveloppe } from "@/lib/format/collectivites";
import { formaterAnnee, formaterDate } from "@/lib/format/dates";
import { accorder } from "@/lib/format/nombres";
import { Section } from "@/components/ui/Section";
import { ANCRES } from "./ancres";

export function Laureats({ sessions }: { sessions: SessionLaureats[] }) {
  const avecLaureats = sessions.filter((s) => s.laureats.length > 0);
  if (avecLaureats.length === 0) return null;

  return (
    <Section id={ANCRES.laureats} titre="Lauréats des sessions précédentes" fond="gris">
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        {avecLaureats.map((session) => (
          <div key={session.id} className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <h3 className={fr.cx("fr-h5", "fr-mb-1w")}>{session.theme}</h3>
            <p className={fr.cx("fr-text--sm", "fr-mb-2w")}>
              {/* Le nombre vient des lauréats listés : il ne peut pas les contredire. */}
              Session {formaterAnnee(session.ouvertureLe)} — {accorder(session.laureats.length, "lauréat")}
              {session.selectionLe && <>, {session.laureats.length > 1 ? "désignés" : "désigné"} le {formaterDate(session.selectionLe)}</>}
            </p>
            <ul>
              {session.laureats.map((laureat) => (
                <li key={laureat.id}>
                  {nomCollectiviteDeveloppe(laureat.collectivite)}
                  {laureat.departement && <> — {laureat.departement}</>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  );
}
