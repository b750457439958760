// Le suivi des phases d'un atelier : pour chacune, la prochaine étape (qui doit agir), les livrables
// courants à télécharger, les validations (les annulées restent, avec leur motif), le dernier renvoi
// et les gestes offerts à l'acteur (composants clients). Composant serveur : il ne lit pas la base,
// il affiche ce que lib/ateliers/phases/lecture.ts a lu.
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { cheminDepotLivrable, type PhaseLue } from "@/lib/ateliers/phases/lecture";
import { deLaPhase } from "@/lib/ateliers/phases/transitions";
import { FORMES_PARTIE_COURTES } from "@/lib/candidatures/regles/libelles";
import { formaterDateHeure } from "@/lib/format/dates";
import { BadgeStatutPhase } from "../Badges";
import { PHASES } from "../libelles";
import { ActionsPhase, type ActionsServeurPhase } from "./ActionsPhase";
import { DepotLivrable } from "./DepotLivrable";
import { PublicationLivrable, type ActionPublication } from "./PublicationLivrable";

const majuscule = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const Quand = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formaterDateHeure(date)}</time>;

function Livrables({ phase, publier }: { phase: PhaseLue; publier?: ActionPublication }) {
  if (phase.livrables.length === 0) return <p className={fr.cx("fr-text--sm")}>Aucun livrable déposé.</p>;
  return (
    <ul className={fr.cx("fr-mb-2w")}>
      {phase.livrables.map((l) => (
        <li key={l.id}>
          <strong>{majuscule(l.libelleType)}</strong> — {l.titre} (version {l.version})
          {l.lien && l.nomFichier && (
            <>
              {" : "}
              <a className={fr.cx("fr-link", "fr-link--sm")} href={l.lien} download>
                {l.nomFichier}
              </a>
            </>
          )}
          <span className={fr.cx("fr-text--sm")}>
            {" "}
            — déposé{l.deposePar ? ` par ${l.deposePar}` : ""} le <Quand date={l.deposeLe} />
          </span>
          <PublicationLivrable livrableId={l.id} titre={l.titre} publiable={l.publiable} peutPublier={l.peutPublier} publier={publier} />
        </li>
      ))}
    </ul>
  );
}

function Validations({ phase }: { phase: PhaseLue }) {
  if (phase.validations.length === 0) return null;
  return (
    <>
      <p className={fr.cx("fr-text--bold", "fr-mb-1w")}>Validations</p>
      <ul className={fr.cx("fr-mb-2w")}>
        {phase.validations.map((v) => (
          <li key={v.id}>
            {v.annulation ? (
              <>
                <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--no-icon")}>Annulée</span> Validation pour{" "}
                {FORMES_PARTIE_COURTES[v.partie].nom} par {v.par} ({v.organisation}) le <Quand date={v.le} />, annulée le <Quand date={v.annulation.le} /> :{" "}
                {v.annulation.motif}.
              </>
            ) : (
              <>
                Validée pour {FORMES_PARTIE_COURTES[v.partie].nom} par {v.par} ({v.organisation}) le <Quand date={v.le} />
                {v.commentaire ? <> : « {v.commentaire} »</> : "."}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Phase({ phase, actions, publier }: { phase: PhaseLue; actions: ActionsServeurPhase; publier?: ActionPublication }) {
  const de = deLaPhase(phase.type);
  const depot = phase.offres.find((o) => o.geste === "deposer");
  const enCours = phase.validations.filter((v) => !v.annulation).map((v) => `la validation ${FORMES_PARTIE_COURTES[v.partie].de}`);
  const { prochaineEtape: etape, dernierRenvoi: renvoi } = phase;
  return (
    <section aria-labelledby={`phase-${phase.id}`} className={fr.cx("fr-mb-5w")}>
      <h3 id={`phase-${phase.id}`} className={fr.cx("fr-h5", "fr-mb-1w")}>
        {PHASES[phase.type]} <BadgeStatutPhase statut={phase.statut} small />
      </h3>
      <div className={fr.cx("fr-callout", "fr-py-2w", "fr-mb-2w")}>
        <p className={fr.cx("fr-text--bold", "fr-mb-1w")}>Prochaine étape : {etape.titre}</p>
        <p className={fr.cx("fr-mb-0")}>
          {etape.description}
          {etape.pourVous && <strong> C&apos;est à vous d&apos;agir.</strong>}
        </p>
      </div>
      {renvoi && phase.statut === "en_cours" && (
        <Alert
          small
          severity="warning"
          className={fr.cx("fr-mb-2w")}
          description={
            <>
              Renvoyée par {renvoi.par} ({renvoi.organisation}) le <Quand date={renvoi.le} /> : « {renvoi.commentaire} »
            </>
          }
        />
      )}
      <p className={fr.cx("fr-text--bold", "fr-mb-1w")}>Livrables</p>
      <Livrables phase={phase} publier={publier} />
      <Validations phase={phase} />
      <ActionsPhase phaseId={phase.id} dePhase={de} version={phase.version} empreinte={phase.empreinte} offres={phase.offres} actions={actions} />
      {depot && (
        <DepotLivrable
          adresse={cheminDepotLivrable(phase.id)}
          dePhase={de}
          typesAdmis={phase.typesAdmis}
          validationsAnnulees={enCours.length ? enCours.join(" et ") : null}
        />
      )}
    </section>
  );
}

/** Le suivi des trois phases, dans l'ordre, et ce que l'acteur peut y faire. */
export function SuiviPhases({ phases, actions, publier }: { phases: PhaseLue[]; actions: ActionsServeurPhase; publier?: ActionPublication }) {
  return (
    <section aria-labelledby="titre-suivi-phases" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-suivi-phases">Suivi des phases</h2>
      {phases.map((p) => (
        <Phase key={p.id} phase={p} actions={actions} publier={publier} />
      ))}
    </section>
  );
}
