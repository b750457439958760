import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { Tableau } from "@/components/layout/Tableau";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { requireActeur } from "@/lib/auth/session";
import { STATUTS } from "@/components/candidatures/libelles";
import { DecisionsSession } from "@/components/selection/DecisionsSession";
import { LIBELLES_ISSUE } from "@/lib/selection/libelles";
import { compter } from "@/lib/format/pluriel";
import { tableauDeliberation } from "@/lib/jury/deliberation";
import { preparerDecisionsSessionAction } from "./actions";

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
        {t.quota !== null ? `, ${t.quota} lauréat${t.quota > 1 ? "s" : ""} prévu${t.quota > 1 ? "s" : ""}` : ""}.
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
        {t.evaluationsManquantes === 0 ? "Toutes les évaluations attendues sont soumises." : `${compter(t.evaluationsManquantes, "évaluation attendue n'est", "évaluations attendues ne sont")} pas encore soumise${t.evaluationsManquantes > 1 ? "s" : ""}.`} Note
        pondérée sur 5 ; « Désaccord » : deux jurés s&apos;écartent d&apos;au moins 2 points sur un critère.
      </p>
      <Tableau
        titre="Classement des candidatures"
        entetes={["Rang", "Candidature", "Moyenne", "Notes des jurés", "À vérifier"]}
        multilignes={[false, true, false, true, true]}
        lignes={t.lignes.map((l, i) => [
          <>
            {l.rang ?? "Non classée"}
            {l.dansLeQuota && (
              <p className={fr.cx("fr-badge", "fr-badge--success", "fr-badge--sm", "fr-badge--no-icon", "fr-mt-1w", "fr-ml-1w")}>{i === dernierDansQuota ? "Dernier dans le quota" : "Dans le quota"}</p>
            )}
          </>,
          <>
            <Link href={`/candidatures/${l.candidatureId}`}>{l.reference}</Link>
            <br />
            {l.collectivite}, {l.departement}
            <br />
            <span className={fr.cx("fr-text--sm")}>{l.region}</span>
          </>,
          <strong key="moyenne">{note(l.moyenne)}</strong>,
          l.notesParJure.length === 0 ? (
            "Aucune évaluation soumise"
          ) : (
            <ul className={fr.cx("fr-mb-0")}>
              {l.notesParJure.map((n) => (
                <li key={n.membreJuryId}>
                  {n.jure} : {note(n.note)}
                </li>
              ))}
            </ul>
          ),
          <>
            {l.statut !== "en_instruction" && (
              <p className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--no-icon", "fr-mb-1w")}>{STATUTS[l.statut].libelle}</p>
            )}
            {l.projet && l.statut === "en_instruction" && <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>Décision préparée : {LIBELLES_ISSUE[l.projet.action].toLowerCase()}</p>}
            {l.desaccords.length > 0 && (
              <p className={fr.cx("fr-badge", "fr-badge--warning", "fr-badge--sm")}>Désaccord : {l.desaccords.map((c) => libelleCritere.get(c)).join(", ")}</p>
            )}
            {l.manquants.length > 0 && <p className={fr.cx("fr-text--sm", "fr-mb-0")}>{compter(l.manquants.length, "évaluation manquante")}</p>}
          </>,
        ])}
      />
      {t.statut === "en_deliberation" ? (
        <>
          <p className={fr.cx("fr-mt-4w")}>
            Décisions préparées : {compter(t.decomptes.retenir, "retenue")}
            {t.quota !== null ? ` pour ${compter(t.quota, "place")}` : ""}, {compter(t.decomptes.ne_pas_retenir, "non retenue", "non retenues")},{" "}
            {t.decomptes.inscrire_liste_complementaire} en liste complémentaire ; {t.decomptes.aDecider} sans décision.
            {t.quota !== null && t.decomptes.retenir > t.quota ? " Attention : plus de candidatures retenues que de places prévues." : ""}
          </p>
          <DecisionsSession
            sessionId={t.sessionId}
            quota={t.quota}
            enregistrer={preparerDecisionsSessionAction}
            lignes={t.lignes
              .filter((l) => l.statut === "en_instruction")
              .map((l) => ({
                candidatureId: l.candidatureId,
                reference: l.reference,
                collectivite: l.collectivite,
                departement: l.departement,
                rang: l.rang,
                moyenne: l.moyenne,
                dansLeQuota: l.dansLeQuota,
                projet: l.projet && { action: l.projet.action, motivation: l.projet.motivation, version: l.projet.version, auteur: l.projet.par },
              }))}
          />
          <p className={fr.cx("fr-mt-2w")}>
            Une fois toutes les candidatures décidées, publiez les résultats <Link href={`/admin/sessions/${t.sessionId}`}>depuis la page de la session</Link>.
          </p>
        </>
      ) : t.statut === "resultats_publies" ? (
        <p className={fr.cx("fr-mt-4w")}>
          Résultats publiés : {compter(t.decomptes.retenir, "retenue")}, {compter(t.decomptes.ne_pas_retenir, "non retenue", "non retenues")},{" "}
          {t.decomptes.inscrire_liste_complementaire} en liste complémentaire. Les lettres de décision sont envoyées aux deux parties de chaque candidature.
        </p>
      ) : null}
      <h2>Répartition par région</h2>
      <Tableau
        titre="Candidatures évaluées et dans le quota, par région"
        entetes={["Région", "Candidatures", "Dans le quota"]}
        lignes={t.parRegion.map((r) => [r.region, r.candidatures, r.dansLeQuota])}
      />
    </div>
  );
}
