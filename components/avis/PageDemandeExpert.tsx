// Une demande d'avis, vue par l'expert : la question et l'échéance, son avis (formulaire avant
// l'échéance, lecture seule ensuite), l'avis du service de l'État, puis la candidature en lecture
// seule avec ses pièces (le rendu du contenu signé, comme la page de signature).
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { ContenuCandidature } from "@/components/candidatures/ContenuCandidature";
import type { Acteur } from "@/lib/auth/acteur";
import type { AvisServiceEtat as AvisEtat, MaDemandeAvis } from "@/lib/avis/queries";
import { refusRendreAvis } from "@/lib/avis/regles";
import type { ResultatAction } from "@/lib/errors";
import { dateIso, formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { AvisServiceEtat } from "./AvisServiceEtat";
import { BadgeEtatDemande } from "./BadgeEtatDemande";
import { BadgeSens } from "./BadgeSens";
import { FormulaireAvisExpert } from "./FormulaireAvisExpert";

type Props = {
  acteur: Acteur;
  demande: MaDemandeAvis;
  avisEtat: AvisEtat | null;
  annonce: boolean;
  maintenant: Date;
  rendre: (entree: unknown) => Promise<ResultatAction<unknown>>;
};

export function PageDemandeExpert({ acteur, demande: d, avisEtat, annonce, maintenant, rendre }: Props) {
  const refus = d.etat === "rendu" ? null : refusRendreAvis(d, maintenant);
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={`Avis sur ${d.candidature.reference}`} homeLinkProps={{ href: "/" }} segments={[{ label: "Mes demandes d'avis", linkProps: { href: "/mes-avis" } }]} />
      {annonce && <Alert severity="success" small role="status" description="Votre avis est enregistré : la DGALN en est prévenue." className={fr.cx("fr-mb-3w")} />}
      <h1>
        Avis sur la candidature {d.candidature.reference}
      </h1>
      <p className={fr.cx("fr-text--lead", "fr-mb-2w")}>{d.candidature.collectivite}</p>
      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters")}>
        <div className={fr.cx("fr-col-12", "fr-col-lg-5")}>
          <section aria-labelledby="titre-demande" className={fr.cx("fr-p-3w", "fr-mb-4w")} style={{ border: "1px solid var(--border-default-blue-france)", overflowWrap: "anywhere" }}>
            <h2 id="titre-demande" className={fr.cx("fr-h4")}>
              La demande
            </h2>
            <p className={fr.cx("fr-mb-1w")}>
              <BadgeEtatDemande etat={d.etat} renduLe={d.renduLe} />
            </p>
            <p className={fr.cx("fr-mb-1w")}>
              Demandée par {d.demandePar} (DGALN) le <time dateTime={dateIso(d.creeLe)}>{formaterDate(d.creeLe)}</time>. Avis attendu au plus tard le{" "}
              <strong>
                <time dateTime={dateIso(d.echeance)}>{formaterDate(d.echeance)}</time>
              </strong>
              .
            </p>
            <p className={fr.cx("fr-mb-0")} style={{ whiteSpace: "pre-line" }}>
              <strong>Question :</strong> {d.question}
            </p>
          </section>
          {d.sens || refus ? (
            <section aria-labelledby="titre-mon-avis" className={fr.cx("fr-mb-4w")}>
              <h2 id="titre-mon-avis" className={fr.cx("fr-h4")}>
                Votre avis
              </h2>
              {d.sens ? (
                <>
                  <p className={fr.cx("fr-mb-1w")}>
                    <BadgeSens sens={d.sens} />
                  </p>
                  {d.avis && <blockquote className={fr.cx("fr-ml-0")} style={{ whiteSpace: "pre-line" }}>{d.avis}</blockquote>}
                  {d.renduLe && <p className={fr.cx("fr-text--sm")}>Rendu le {formaterDateHeure(d.renduLe)} ; il ne peut plus être modifié.</p>}
                </>
              ) : (
                <Alert severity="warning" small description={refus ?? ""} />
              )}
            </section>
          ) : (
            <div className={fr.cx("fr-mb-4w")}>
              <FormulaireAvisExpert demandeId={d.id} rendre={rendre} />
            </div>
          )}
          <section aria-labelledby="titre-avis-etat" className={fr.cx("fr-mb-4w")}>
            <h2 id="titre-avis-etat" className={fr.cx("fr-h4")}>
              Avis du service de l&apos;État
            </h2>
            <AvisServiceEtat avis={avisEtat} titre={null} />
          </section>
        </div>
        <div className={fr.cx("fr-col-12", "fr-col-lg-7")}>
          <ContenuCandidature acteur={acteur} candidatureId={d.candidature.id} empreinte={false} />
        </div>
      </div>
    </div>
  );
}
