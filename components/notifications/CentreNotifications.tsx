import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { ActionServeur } from "@/components/organisations/types";
import { AvisListeBornee } from "@/components/layout/AvisListeBornee";
import { dateIso, formaterDateHeure } from "@/lib/format/dates";
import type { Page } from "@/lib/autorisations/pagination";
import { LienNotification } from "./LienNotification";
import { ToutMarquerCommeLu } from "./ToutMarquerCommeLu";

type Ligne = { id: string; titre: string; texte: string; lien: string; creeLe: Date; lueLe: Date | null };

/** La liste des notifications de la personne : les plus récentes d'abord, les non lues mises en avant. */
export function CentreNotifications({
  resultat,
  marquerLue,
  marquerToutesLues,
}: {
  resultat: Page<Ligne> & { nonLues: number };
  marquerLue: ActionServeur<{ notificationId: string; lien: string }>;
  marquerToutesLues: ActionServeur<{ marquees: number }>;
}) {
  const { lignes, total, nonLues, page, pages } = resultat;
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel="Notifications" homeLinkProps={{ href: "/" }} segments={[]} />
      <div className={fr.cx("fr-grid-row", "fr-grid-row--middle", "fr-mb-2w")} style={{ justifyContent: "space-between", gap: "1rem" }}>
        <h1 className={fr.cx("fr-mb-0")}>Notifications</h1>
        {nonLues > 0 && <ToutMarquerCommeLu action={marquerToutesLues} />}
      </div>
      <p className={fr.cx("fr-text--lead")} role="status">
        {total === 0
          ? "Vous n'avez aucune notification."
          : nonLues === 0
            ? `Toutes vos notifications sont lues (${total} au total).`
            : `${nonLues} notification${nonLues > 1 ? "s" : ""} non lue${nonLues > 1 ? "s" : ""} sur ${total}.`}
      </p>
      {total === 0 ? (
        <p>
          Vous serez prévenu ici des signatures, dépôts, décisions et messages qui concernent vos candidatures.
        </p>
      ) : (
        <ul className={fr.cx("fr-raw-list")} aria-label="Vos notifications, les plus récentes d'abord">
          {lignes.map((n) => {
            const lue = n.lueLe !== null;
            return (
              <li key={n.id} className={fr.cx("fr-mb-2w")}>
                <div
                  className={fr.cx("fr-p-2w")}
                  style={{
                    border: "1px solid var(--border-default-grey)",
                    borderLeft: lue ? "1px solid var(--border-default-grey)" : "4px solid var(--border-active-blue-france)",
                    background: lue ? undefined : "var(--background-alt-blue-france)",
                  }}
                >
                  <h2 className={fr.cx("fr-h6", "fr-mb-1v")}>
                    <LienNotification id={n.id} lien={n.lien} lue={lue} action={marquerLue}>
                      {n.titre}
                    </LienNotification>
                  </h2>
                  <p className={fr.cx("fr-mb-1v")}>{n.texte}</p>
                  <p className={fr.cx("fr-text--sm", "fr-mb-0")} style={{ color: "var(--text-mention-grey)" }}>
                    {!lue && <span className={fr.cx("fr-badge", "fr-badge--sm", "fr-badge--new", "fr-badge--no-icon", "fr-mr-1w")}>Non lue</span>}
                    <time dateTime={dateIso(n.creeLe)}>Le {formaterDateHeure(n.creeLe)}</time>
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {resultat.tronquee && <AvisListeBornee lignes="notifications" moyen="consultez la chronologie de chaque candidature" />}
      {pages > 1 && (
        <Pagination
          count={pages}
          defaultPage={page}
          showFirstLast
          getPageLinkProps={(numero) => ({ href: numero === 1 ? "/notifications" : `/notifications?page=${numero}` })}
          className={fr.cx("fr-mt-4w")}
        />
      )}
    </div>
  );
}
