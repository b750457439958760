// Panneau « Recevabilité » de la DGALN sur une candidature déposée (issue 11) : le dépôt examiné, la
// liste de contrôle telle qu'elle a été jugée au dépôt (résumé ; le détail est dans la fiche), les
// pièces déposées, les deux signatures avec l'avis du service de l'État, puis le formulaire des
// seules décisions offertes à la personne.
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { BadgeSens } from "@/components/avis/BadgeSens";
import { ETATS_CHECKLIST } from "@/components/candidatures/libelles";
import type { RubriqueChecklist } from "@/lib/candidatures/regles";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import type { PanneauRecevabilite } from "@/lib/instruction/queries";
import type { ResultatAction } from "@/lib/errors";
import { FormulaireDecision } from "./FormulaireDecision";

type Props = {
  panneau: PanneauRecevabilite;
  /** La liste de contrôle jugée à la date du dépôt (celle de la fiche). */
  rubriques: RubriqueChecklist[];
  decider: (entree: unknown) => Promise<ResultatAction<{ type: string }>>;
};

const PARTIES = { collectivite: "Collectivité", etat: "Service de l'État" } as const;

/** Résumé des rubriques de la liste de contrôle jugées à la date du dépôt (le détail suit sur la fiche). */
function ResumeChecklist({ rubriques }: { rubriques: RubriqueChecklist[] }) {
  const aVoir = rubriques.filter((r) => r.etat !== "ok");
  if (aVoir.length === 0) return <Badge severity="success" small>{`Les ${rubriques.length} règles étaient satisfaites au dépôt`}</Badge>;
  return (
    <ul>
      {aVoir.map((r) => (
        <li key={r.regle}>
          {r.titre} : <Badge severity={ETATS_CHECKLIST[r.etat].severite} small>{ETATS_CHECKLIST[r.etat].libelle}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function DecisionInstruction({ panneau, rubriques, decider }: Props) {
  const { depot } = panneau;
  return (
    <section aria-labelledby="titre-recevabilite" className={fr.cx("fr-p-3w", "fr-mb-4w")} style={{ border: "1px solid var(--border-default-blue-france)" }}>
      <h2 id="titre-recevabilite">{panneau.statut === "deposee" ? "Recevabilité" : "Décision de la DGALN"}</h2>
      <p>
        Dépôt n° {depot.numero} du <time dateTime={dateIso(depot.deposeLe)}>{formaterDateHeure(depot.deposeLe)}</time> — récépissé{" "}
        <a className={fr.cx("fr-link")} href={`/api/candidatures/${panneau.candidatureId}/recepisse?numero=${depot.numero}`}>
          {depot.numeroRecepisse}
        </a>
      </p>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mb-2w")}>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <h3 className={fr.cx("fr-h6")}>Liste de contrôle au dépôt</h3>
          <ResumeChecklist rubriques={rubriques} />
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <h3 className={fr.cx("fr-h6")}>Pièces déposées</h3>
          {panneau.pieces.length === 0 ? (
            <p>Aucune pièce.</p>
          ) : (
            <ul>
              {panneau.pieces.map((p, i) => (
                <li key={i}>
                  {LIBELLES_PIECES[p.type]} : {p.nomFichier} (version {p.version})
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-md-4")}>
          <h3 className={fr.cx("fr-h6")}>Signatures du contenu déposé</h3>
          <ul>
            {(["collectivite", "etat"] as const).map((partie) => {
              const s = panneau.signatures.find((x) => x.partie === partie);
              return (
                <li key={partie}>
                  {PARTIES[partie]} :{" "}
                  {s ? (
                    <>
                      {s.signataire} ({s.organisation}), le <time dateTime={dateIso(s.signeeLe)}>{formaterDateHeure(s.signeeLe)}</time>
                      {s.avis && (
                        <>
                          {" "}
                          — avis <BadgeSens sens={s.avis} small />
                          {s.avisTexte ? <span style={{ whiteSpace: "pre-line" }}> : {s.avisTexte}</span> : null}
                        </>
                      )}
                    </>
                  ) : (
                    "aucune signature sur le contenu déposé"
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      {/* Une nouvelle décision change le statut : le formulaire repart vide pour la suivante. */}
      <FormulaireDecision
        key={`${panneau.statut}-${depot.numero}`}
        candidatureId={panneau.candidatureId}
        reference={panneau.reference}
        statut={panneau.statut}
        depotNumero={depot.numero}
        decisions={panneau.decisions}
        decider={decider}
      />
    </section>
  );
}
