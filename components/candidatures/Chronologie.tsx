import { fr } from "@codegouvfr/react-dsfr";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";

export type EvenementAffiche = {
  id: string;
  libelle: string;
  survenuLe: Date;
  acteur: string | null;
  resume: string;
  signaturesAnnulees?: string | null;
  lien?: { href: string; libelle: string };
};

/** Le journal de la candidature, du plus récent au plus ancien : une action par ligne. */
export function Chronologie({ evenements }: { evenements: EvenementAffiche[] }) {
  return (
    <section aria-labelledby="titre-chronologie" className={fr.cx("fr-mb-6w")}>
      <h2 id="titre-chronologie">Chronologie</h2>
      {evenements.length === 0 ? (
        <p>Aucun événement n&apos;est encore enregistré.</p>
      ) : (
        <ol className={fr.cx("fr-raw-list")}>
          {[...evenements].reverse().map((e) => (
            <li key={e.id} className={fr.cx("fr-pb-2w", "fr-mb-2w")} style={{ borderBottom: "1px solid var(--border-default-grey)" }}>
              <p className={fr.cx("fr-text--sm", "fr-mb-1v")}>
                <time dateTime={dateIso(e.survenuLe)}>{formaterDateHeure(e.survenuLe)}</time> — {e.acteur ?? "Système"}
              </p>
              <p className={fr.cx("fr-mb-0")}>
                <strong>{e.libelle}</strong> : {e.resume}
              </p>
              {e.lien && (
                <p className={fr.cx("fr-mb-0", "fr-mt-1v")}>
                  <a className={fr.cx("fr-link", "fr-link--sm", "fr-link--download")} href={e.lien.href}>
                    {e.lien.libelle}
                    <span className={fr.cx("fr-link__detail")}>PDF</span>
                  </a>
                </p>
              )}
              {e.signaturesAnnulees && (
                <p className={fr.cx("fr-mb-0", "fr-mt-1v", "fr-text--sm")}>
                  <span className={fr.cx("fr-icon-warning-line", "fr-icon--sm", "fr-mr-1v")} aria-hidden="true" />
                  {e.signaturesAnnulees}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
