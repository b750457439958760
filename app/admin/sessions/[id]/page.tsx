import type { Metadata } from "next";
import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { FormulaireSession } from "@/components/sessions/FormulaireSession";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { TransitionsSession } from "@/components/sessions/TransitionsSession";
import { requireActeur } from "@/lib/auth/session";
import { sessionAAdministrer } from "@/lib/sessions/administration";
import { changerStatutSessionAction, enregistrerSessionAction } from "../actions";

type Parametres = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Session nationale" };

const PROCHAINE_ETAPE = {
  brouillon: "La session est en préparation : vérifiez ses dates et sa grille, puis ouvrez-la aux candidatures.",
  ouverte: "La session reçoit des candidatures ; elle se fermera d'elle-même à l'heure de clôture. Vous pouvez encore reporter la clôture ou corriger les textes.",
  cloturee: "La session est close : composez le jury et répartissez les candidatures, puis ouvrez la délibération quand les jurés ont noté.",
  en_deliberation: "Les notes sont descellées : arrêtez les décisions, puis publiez les résultats.",
  resultats_publies: "Les résultats sont publics sur la page de la session.",
} as const;

export default async function PageSession({ params, searchParams }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/admin/sessions/${id}`);
  const session = await sessionAAdministrer(acteur, id);
  if (!session) notFound();
  const creee = (await searchParams).creee === "1";
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel={session.valeurs.theme}
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Administration", linkProps: { href: "/admin/organisations" } },
          { label: "Sessions nationales", linkProps: { href: "/admin/sessions" } },
        ]}
      />
      <h1>{session.valeurs.theme}</h1>
      <BadgeStatutSession statut={session.statut} />
      {creee && session.statut === "brouillon" && <Alert severity="success" title="Session créée" description="Elle est en préparation : personne d'autre ne la voit encore." className={fr.cx("fr-my-2w")} />}
      <div className={fr.cx("fr-callout", "fr-my-3w")}>
        <h2 className={fr.cx("fr-callout__title", "fr-h5")}>Prochaine étape</h2>
        <p className={fr.cx("fr-callout__text")}>{PROCHAINE_ETAPE[session.statut]}</p>
        <TransitionsSession sessionId={session.id} version={session.version} transitions={session.transitions} changer={changerStatutSessionAction} />
      </div>
      <ul className={fr.cx("fr-links-group")}>
        <li>
          <Link className={fr.cx("fr-link", "fr-icon-team-line", "fr-link--icon-left")} href={`/admin/sessions/${session.id}/jury`}>
            Jury et répartition des candidatures
          </Link>
        </li>
        {(session.statut === "cloturee" || session.statut === "en_deliberation" || session.statut === "resultats_publies") && (
          <li>
            <Link className={fr.cx("fr-link", "fr-icon-list-ordered", "fr-link--icon-left")} href={`/admin/sessions/${session.id}/deliberation`}>
              Tableau de délibération
            </Link>
          </li>
        )}
        {session.statut !== "brouillon" && (
          <li>
            <Link className={fr.cx("fr-link", "fr-icon-arrow-right-line", "fr-link--icon-left")} href={`/sessions/${session.slug}`}>
              Voir la page publique de la session
            </Link>
          </li>
        )}
      </ul>
      {session.modifiable ? (
        <FormulaireSession valeurs={session.valeurs} grilleModifiable={session.grilleModifiable} action={enregistrerSessionAction} />
      ) : (
        <p>La session est close : ses dates, ses textes et sa grille ne se modifient plus.</p>
      )}
    </div>
  );
}
