import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { requireActeur } from "@/lib/auth/session";
import { tableauDeliberation } from "@/lib/jury/deliberation";

type Parametres = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Tableau de délibération" };

const note = (n: number | null) => (n === null ? "—" : n.toLocaleString("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

export default async function PageDeliberation({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/admin/sessions/${id}/deliberation`);
  const t = await tableauDeliberation(acteur, id);
  if (!t) notFound();
  const libelleCritere = new Map(t.criteres.map((c) => [c.id, c.libelle]));
  const classees = t.lignes.filter((l) => l.rang !== null);
  const dernierDansQuota = t.quota === null ? -1 : classees.filter((l) => l.dansLeQuota).length - 1;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Délibération"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Administration", linkProps: { href: "/admin/organisations" } },
          { label: "Sessions nationales", linkProps: { href: "/admin/sessions" } },
          { label: t.theme, linkProps: { href: `/admin/sessions/${t.sessionId}` } },
        ]}
      />
      <h1>Tableau de délibération</h1>
      <p className={fr.cx("fr-text--lead")}>
        Session « {t.theme} » — {t.lignes.length} candidature{t.lignes.length > 1 ? "s" : ""}
        {t.quota !== null ? `, ${t.quota} lauréats prévus` : ""}.
      </p>
      <BadgeStatutSession statut={t.statut} />
      {t.statut !== "en_deliberation" && t.statut !== "resultats_publies" && (
        <div className={fr.cx("fr-callout", "fr-my-3w")}>
          <p className={fr.cx("fr-callout__text")}>
            La délibération n&apos;est pas ouverte : les jurés ne voient que leurs propres notes. Ce tableau ne montre que les évaluations
            déjà soumises. <Link href={`/admin/sessions/${t.sessionId}`}>Ouvrir la délibération depuis la page de la session</Link>.
          </p>
        </div>
      )}
      <p className={fr.cx("fr-mt-2w")}>
        {t.evaluationsManquantes === 0 ? "Toutes les évaluations attendues sont soumises." : `${t.evaluationsManquantes} évaluation(s) attendue(s) ne sont pas encore soumises.`} Note
        pondérée sur 5 ; « Désaccord » : deux jurés s&apos;écartent d&apos;au moins 2 points sur un critère.
      </p>
      <div className={fr.cx("fr-table")}>
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Classement des candidatures</caption>
                <thead>
                  <tr>
                    <th scope="col">Rang</th>
                    <th scope="col">Candidature</th>
                    <th scope="col">Moyenne</th>
                    <th scope="col">Notes des jurés</th>
                    <th scope="col">À vérifier</th>
                  </tr>
                </thead>
                <tbody>
                  {t.lignes.map((l, i) => (
                    <Fragment key={l.candidatureId}>
                      <tr>
                        <td>{l.rang ?? "Non classée"}</td>
                        <td>
                          <Link href={`/candidatures/${l.candidatureId}`}>{l.reference}</Link>
                          <br />
                          {l.collectivite}, {l.departement}
                          <br />
                          <span className={fr.cx("fr-text--sm")}>{l.region}</span>
                        </td>
                        <td>
                          <strong>{note(l.moyenne)}</strong>
                        </td>
                        <td>
                          {l.notesParJure.length === 0 ? (
                            "Aucune évaluation soumise"
                          ) : (
                            <ul className={fr.cx("fr-mb-0")}>
                              {l.notesParJure.map((n) => (
                                <li key={n.membreJuryId}>
                                  {n.jure} : {note(n.note)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>
                          {l.desaccords.length > 0 && (
                            <p className={fr.cx("fr-badge", "fr-badge--warning", "fr-badge--sm")}>Désaccord : {l.desaccords.map((c) => libelleCritere.get(c)).join(", ")}</p>
                          )}
                          {l.manquants.length > 0 && <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{l.manquants.length} évaluation(s) manquante(s)</p>}
                        </td>
                      </tr>
                      {i === dernierDansQuota && (
                        <tr>
                          <td colSpan={5}>
                            <strong>Ligne du quota : {t.quota} lauréats</strong>
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <h2>Répartition par région</h2>
      <div className={fr.cx("fr-table")}>
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Candidatures évaluées et dans le quota, par région</caption>
                <thead>
                  <tr>
                    <th scope="col">Région</th>
                    <th scope="col">Candidatures</th>
                    <th scope="col">Dans le quota</th>
                  </tr>
                </thead>
                <tbody>
                  {t.parRegion.map((r) => (
                    <tr key={r.region}>
                      <td>{r.region}</td>
                      <td>{r.candidatures}</td>
                      <td>{r.dansLeQuota}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
