import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { Tableau } from "@/components/layout/Tableau";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { LIBELLES_PIECES } from "@/lib/candidatures/pieces-requises";
import { dateIso, formaterDate, formaterDateHeure } from "@/lib/format/dates";
import { accorder, formaterEuros } from "@/lib/format/nombres";
import { horlogeSysteme } from "@/lib/horloge";
import { trouverSessionPublique } from "@/lib/sessions/queries";

type Parametres = { params: Promise<{ slug: string }> };

// Le statut dépend de l'heure (clôture automatique) : rendu à chaque requête.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Parametres): Promise<Metadata> {
  const session = await trouverSessionPublique((await params).slug);
  return { title: session ? `Session « ${session.theme} »` : "Session introuvable" };
}

export default async function PageSessionPublique({ params }: Parametres) {
  const session = await trouverSessionPublique((await params).slug);
  if (!session) notFound();
  const ouverte = session.statut === "ouverte" && session.clotureLe.getTime() > horlogeSysteme().getTime();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={session.theme} homeLinkProps={{ href: "/" }} segments={[]} />
      <p className={fr.cx("fr-mb-1w")}>Atelier national — session d&apos;appel à manifestation d&apos;intérêt</p>
      <h1>{session.theme}</h1>
      {ouverte ? <BadgeStatutSession statut="ouverte" /> : <BadgeStatutSession statut={session.statut === "ouverte" ? "cloturee" : session.statut} />}
      <p className={fr.cx("fr-text--lead", "fr-mt-3w")}>{session.description}</p>

      <h2>Calendrier</h2>
      <ul>
        <li>
          Ouverture le <time dateTime={dateIso(session.ouvertureLe)}>{formaterDateHeure(session.ouvertureLe)}</time>
        </li>
        <li>
          <strong>
            Clôture des dépôts le <time dateTime={dateIso(session.clotureLe)}>{formaterDateHeure(session.clotureLe)}</time> (heure de Paris)
          </strong>
        </li>
        {session.selectionLe && (
          <li>
            Sélection des lauréats prévue le <time dateTime={dateIso(session.selectionLe)}>{formaterDate(session.selectionLe)}</time>
          </li>
        )}
        {session.quotaLaureats !== null && <li>Jusqu&apos;à {accorder(session.quotaLaureats, "lauréat")}</li>}
        {session.budgetEuros !== null && <li>Budget de la session : {formaterEuros(session.budgetEuros)}</li>}
      </ul>

      {session.statut === "resultats_publies" ? (
        <>
          <h2>Lauréats</h2>
          {session.laureats.length === 0 ? (
            <p>Aucune candidature n&apos;a été retenue pour cette session.</p>
          ) : (
            <ul>
              {session.laureats.map((l) => (
                <li key={l.id}>
                  {l.collectivite}
                  {l.departement ? ` — ${l.departement}` : ""}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <h2>Comment candidater</h2>
          <p>
            Une candidature est préparée ensemble par la collectivité et le service de l&apos;État de son département (DDT, DDTM,
            DEAL…), signée par les deux, puis déposée par le service de l&apos;État avant l&apos;heure de clôture. Passé cette
            heure, le dépôt est refusé.
          </p>
          <p>Pièces à joindre :</p>
          <ul>
            {session.piecesRequises.map((p) => (
              <li key={p}>{LIBELLES_PIECES[p]}</li>
            ))}
          </ul>
          {ouverte ? (
            <p>
              <Link className={fr.cx("fr-btn", "fr-btn--icon-left", "fr-icon-edit-line")} href="/candidatures/nouvelle">
                Préparer une candidature
              </Link>
            </p>
          ) : (
            <p>La session est close : les candidatures déposées sont en cours d&apos;examen par le jury.</p>
          )}
        </>
      )}

      <h2>Grille d&apos;évaluation</h2>
      <p>Chaque juré note chaque critère de 0 à 5 ; les candidatures sont classées par moyenne pondérée.</p>
      <Tableau
        titre="Critères et poids"
        entetes={["Critère", "Poids"]}
        multilignes={[true, false]}
        lignes={session.criteres.map((c) => [
          <>
            {c.libelle}
            {c.description ? <span className={fr.cx("fr-hint-text")}>{c.description}</span> : null}
          </>,
          `${c.poids} %`,
        ])}
      />
    </div>
  );
}
