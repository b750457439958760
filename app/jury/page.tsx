import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { requireActeur } from "@/lib/auth/session";
import { formaterDateHeure } from "@/lib/format/dates";
import { mesEvaluations, type EtatEvaluation } from "@/lib/jury/mes-evaluations";

export const metadata: Metadata = { title: "Mes évaluations" };

const ETATS: Record<EtatEvaluation, { libelle: string; classe: "fr-badge--warning" | "fr-badge--info" | "fr-badge--success" }> = {
  a_noter: { libelle: "À noter", classe: "fr-badge--warning" },
  brouillon: { libelle: "Brouillon", classe: "fr-badge--info" },
  soumise: { libelle: "Soumise", classe: "fr-badge--success" },
};

export default async function PageMesEvaluations() {
  const acteur = await requireActeur("/jury");
  const lignes = await mesEvaluations(acteur);
  const restantes = lignes.filter((l) => l.etat !== "soumise").length;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Mes évaluations" homeLinkProps={{ href: "/" }} segments={[]} />
      <h1>Mes évaluations</h1>
      {lignes.length === 0 ? (
        <p className={fr.cx("fr-text--lead")}>
          Aucune candidature ne vous est confiée pour l&apos;instant. Quand la DGALN aura réparti les candidatures d&apos;une session
          close, elles apparaîtront ici.
        </p>
      ) : (
        <>
          <p className={fr.cx("fr-text--lead")}>
            {restantes === 0
              ? "Toutes vos évaluations sont soumises. Merci !"
              : `${restantes} évaluation${restantes > 1 ? "s" : ""} à soumettre. Notez chaque critère de 0 à 5 ; vos notes restent scellées jusqu'à l'ouverture de la délibération.`}
          </p>
          <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters")} style={{ listStyle: "none", paddingLeft: 0 }}>
            {lignes.map((l) => (
              <li key={l.candidatureId} className={fr.cx("fr-col-12", "fr-col-md-6")}>
                <div className={fr.cx("fr-card", "fr-enlarge-link")}>
                  <div className={fr.cx("fr-card__body")}>
                    <div className={fr.cx("fr-card__content")}>
                      <h2 className={fr.cx("fr-card__title", "fr-h5")}>
                        <Link href={`/jury/${l.candidatureId}`}>{l.titre}</Link>
                      </h2>
                      <p className={fr.cx("fr-card__desc")}>
                        {l.reference} — {l.collectivite} ({l.departement}). Session « {l.session.theme} ».
                        {l.soumiseLe ? ` Soumise le ${formaterDateHeure(l.soumiseLe)}.` : ""}
                      </p>
                      <div className={fr.cx("fr-card__start")}>
                        <ul className={fr.cx("fr-badges-group")}>
                          <li>
                            <p className={fr.cx("fr-badge", ETATS[l.etat].classe, "fr-badge--no-icon")}>{ETATS[l.etat].libelle}</p>
                          </li>
                          <li>
                            <BadgeStatutSession statut={l.session.statut} />
                          </li>
                        </ul>
                      </div>
                    </div>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
