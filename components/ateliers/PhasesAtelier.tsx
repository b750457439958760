import { fr } from "@codegouvfr/react-dsfr";
import { Tableau } from "@/components/layout/Tableau";
import type { FicheAtelier } from "@/lib/ateliers/fiche";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { BadgeEnRetard, BadgeStatutPhase } from "./Badges";
import { PHASES } from "./libelles";

function Jour({ date }: { date: Date | null }) {
  return date ? <time dateTime={dateIso(date)}>{formaterDate(date)}</time> : <>—</>;
}

/** Les trois phases : statut, dates prévues et réelles, retard. */
export function PhasesAtelier({ phases }: { phases: FicheAtelier["phases"] }) {
  return (
    <section aria-labelledby="titre-phases" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-phases">Phases</h2>
      <Tableau
        titre="Les trois phases de l'atelier : dates prévues et réelles"
        titreMasque
        enTeteDeLigne
        entetes={["Phase", "Statut", "Début prévu", "Fin prévue", "Début réel", "Fin réelle"]}
        multilignes={[false, true, true, true, true, true]}
        lignes={phases.map((p) => [
          PHASES[p.type],
          <span key="statut">
            <BadgeStatutPhase statut={p.statut} small />
            {p.enRetard && (
              <>
                {" "}
                <BadgeEnRetard small />
              </>
            )}
          </span>,
          <Jour key="dp" date={p.debutPrevu} />,
          <Jour key="fp" date={p.finPrevue} />,
          <Jour key="dr" date={p.debutReel} />,
          <Jour key="fr" date={p.finReelle} />,
        ])}
      />
    </section>
  );
}
