import { fr } from "@codegouvfr/react-dsfr";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { BadgeStatutAtelier } from "@/components/ateliers/Badges";
import { FORMATS } from "@/components/ateliers/libelles";
import { CHEMIN_ATELIERS_REALISES, ecrireFiltresPublics, type AtelierPublic, type FiltresPublics } from "@/lib/ateliers/publics";
import { formaterTaille } from "@/lib/fichiers/type-fichier";
import { dateIso, formaterDate } from "@/lib/format/dates";
import { compter } from "@/lib/format/pluriel";

const Jour = ({ date }: { date: Date }) => <time dateTime={dateIso(date)}>{formaterDate(date)}</time>;

function Dates({ a }: { a: AtelierPublic }) {
  if (!a.debut && !a.fin) return null;
  return (
    <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>
      {a.debut && (
        <>
          Début : <Jour date={a.debut} />
        </>
      )}
      {a.debut && a.fin && " — "}
      {a.fin && (
        <>
          {a.finReelle ? "Fin" : "Fin prévue"} : <Jour date={a.fin} />
        </>
      )}
    </p>
  );
}

function Atelier({ a }: { a: AtelierPublic }) {
  return (
    <li className={fr.cx("fr-mb-4w")}>
      <article aria-labelledby={`atelier-${a.id}`}>
        <h3 id={`atelier-${a.id}`} className={fr.cx("fr-h5", "fr-mb-1w")}>
          {a.titre}
        </h3>
        <ul className={fr.cx("fr-badges-group", "fr-mb-1w")}>
          <li>
            <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--no-icon")}>{FORMATS[a.format]}</span>
          </li>
          <li>
            <BadgeStatutAtelier statut={a.statut} small />
          </li>
        </ul>
        <p className={fr.cx("fr-mb-1w")}>
          {a.collectivites.join(", ")}
          <br />
          <span className={fr.cx("fr-text--sm")}>
            {a.departement} — {a.region}
          </span>
        </p>
        <Dates a={a} />
        {a.livrables.map((l) => (
          <p key={l.id} className={fr.cx("fr-mb-1w")}>
            {/* Lien de téléchargement DSFR : le détail (format, poids) est lu avec l'intitulé. */}
            <a className={fr.cx("fr-link", "fr-link--download")} href={l.lien} download>
              {l.libelleType} : {l.titre}
              <span className={fr.cx("fr-link__detail")}>
                {l.nomFichier.split(".").pop()?.toUpperCase()} – {formaterTaille(l.taille)}
              </span>
            </a>
          </p>
        ))}
      </article>
    </li>
  );
}

/** Les ateliers de la page, par année de création (la plus récente d'abord). */
export function ListeAteliersRealises({ lignes, total, page, pages, filtres }: { lignes: AtelierPublic[]; total: number; page: number; pages: number; filtres: FiltresPublics }) {
  const annees = [...new Set(lignes.map((a) => a.annee))];
  return (
    <>
      <p role="status" className={fr.cx("fr-text--bold")}>
        {compter(total, "atelier")}
        {pages > 1 ? ` — page ${page} sur ${pages}` : ""}
      </p>
      {annees.map((annee) => (
        <section key={annee} aria-labelledby={`annee-${annee}`}>
          <h2 id={`annee-${annee}`}>{annee}</h2>
          <ul className={fr.cx("fr-raw-list")}>
            {lignes
              .filter((a) => a.annee === annee)
              .map((a) => (
                <Atelier key={a.id} a={a} />
              ))}
          </ul>
        </section>
      ))}
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(numero) => {
            const q = ecrireFiltresPublics({ ...filtres, page: numero });
            return { href: q ? `${CHEMIN_ATELIERS_REALISES}?${q}` : CHEMIN_ATELIERS_REALISES };
          }}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </>
  );
}
