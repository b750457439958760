import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { redirect } from "next/navigation";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { formaterDateHeure } from "@/lib/format/dates";
import { listerSessionsAdministration, peutGererSessions } from "@/lib/sessions/administration";

const TITRE = "Sessions nationales";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !peutGererSessions(acteur) ? "Accès refusé" : TITRE };
}

export default async function PageSessions() {
  const acteur = await requireActeur("/admin/sessions");
  const sessions = await listerSessionsAdministration(acteur);
  if (!sessions) redirect(cheminAccesRefuse("administration"));
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb currentPageLabel={TITRE} homeLinkProps={{ href: "/" }} segments={[{ label: "Administration", linkProps: { href: "/admin/organisations" } }]} />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        Les appels à manifestation d&apos;intérêt des ateliers nationaux : préparez une session, ouvrez-la aux candidatures ; elle se
        ferme d&apos;elle-même à l&apos;heure de clôture.
      </p>
      <p>
        <Link className={fr.cx("fr-btn", "fr-btn--icon-left", "fr-icon-add-line")} href="/admin/sessions/nouvelle">
          Préparer une nouvelle session
        </Link>
      </p>
      {sessions.length === 0 ? (
        <p>Aucune session pour l&apos;instant.</p>
      ) : (
        <ul className={fr.cx("fr-grid-row", "fr-grid-row--gutters")} style={{ listStyle: "none", paddingLeft: 0 }}>
          {sessions.map((s) => (
            <li key={s.id} className={fr.cx("fr-col-12", "fr-col-md-6")}>
              <div className={fr.cx("fr-card", "fr-enlarge-link")}>
                <div className={fr.cx("fr-card__body")}>
                  <div className={fr.cx("fr-card__content")}>
                    <h2 className={fr.cx("fr-card__title", "fr-h5")}>
                      <Link href={`/admin/sessions/${s.id}`}>{s.theme}</Link>
                    </h2>
                    <p className={fr.cx("fr-card__desc")}>
                      Du {formaterDateHeure(s.ouvertureLe)} au {formaterDateHeure(s.clotureLe)} (heure de Paris).
                      <br />
                      {s.candidatures === 0 ? "Aucune candidature" : `${s.candidatures} candidature${s.candidatures > 1 ? "s" : ""}, dont ${s.deposees} déposée${s.deposees > 1 ? "s" : ""}`}
                      {s.quotaLaureats ? `, ${s.quotaLaureats} lauréat${s.quotaLaureats > 1 ? "s" : ""} prévu${s.quotaLaureats > 1 ? "s" : ""}` : ""}.
                    </p>
                    <div className={fr.cx("fr-card__start")}>
                      <BadgeStatutSession statut={s.statut} />
                    </div>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
