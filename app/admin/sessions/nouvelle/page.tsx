import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { redirect } from "next/navigation";
import { cheminAccesRefuse } from "@/components/admin/AccesRefuse";
import { FormulaireSession } from "@/components/sessions/FormulaireSession";
import { getActeur, requireActeur } from "@/lib/auth/session";
import { peutGererSessions, VALEURS_NOUVELLE_SESSION } from "@/lib/sessions/administration";
import { enregistrerSessionAction } from "../actions";

const TITRE = "Préparer une session nationale";

export async function generateMetadata(): Promise<Metadata> {
  const acteur = await getActeur();
  return { title: acteur && !peutGererSessions(acteur) ? "Accès refusé" : TITRE };
}

export default async function PageNouvelleSession() {
  const acteur = await requireActeur("/admin/sessions/nouvelle");
  if (!peutGererSessions(acteur)) redirect(cheminAccesRefuse("administration"));
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Nouvelle session"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Administration", linkProps: { href: "/admin/organisations" } },
          { label: "Sessions nationales", linkProps: { href: "/admin/sessions" } },
        ]}
      />
      <h1>{TITRE}</h1>
      <p className={fr.cx("fr-text--lead")}>
        La session est d&apos;abord enregistrée « en préparation » : personne d&apos;autre ne la voit. Vous l&apos;ouvrirez ensuite aux
        candidatures depuis sa page.
      </p>
      <FormulaireSession valeurs={VALEURS_NOUVELLE_SESSION} grilleModifiable action={enregistrerSessionAction} />
    </div>
  );
}
