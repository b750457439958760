import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { notFound } from "next/navigation";
import { AjoutJure, RepartitionAutomatique, RetraitJure } from "@/components/jury/GestionJury";
import { Tableau } from "@/components/layout/Tableau";
import { BadgeStatutSession } from "@/components/sessions/BadgeStatutSession";
import { requireActeur } from "@/lib/auth/session";
import { juryDeSession } from "@/lib/jury/administration";
import { affecterAutomatiquementAction, ajouterJureAction, retirerJureAction } from "./actions";

type Parametres = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Jury de la session" };

export default async function PageJury({ params }: Parametres) {
  const { id } = await params;
  const acteur = await requireActeur(`/admin/sessions/${id}/jury`);
  const jury = await juryDeSession(acteur, id);
  if (!jury) notFound();
  return (
    <div className={fr.cx("fr-container", "fr-pb-8w")}>
      <Breadcrumb
        currentPageLabel="Jury"
        homeLinkProps={{ href: "/" }}
        segments={[
          { label: "Administration", linkProps: { href: "/admin/organisations" } },
          { label: "Sessions nationales", linkProps: { href: "/admin/sessions" } },
          { label: jury.theme, linkProps: { href: `/admin/sessions/${jury.sessionId}` } },
        ]}
      />
      <h1>Jury de la session « {jury.theme} »</h1>
      <BadgeStatutSession statut={jury.statut} />
      <p className={fr.cx("fr-mt-2w")}>
        {jury.candidatures === 0
          ? "Aucune candidature déposée à évaluer pour l'instant."
          : `${jury.candidatures} candidature${jury.candidatures > 1 ? "s" : ""} à évaluer${jury.sousAffectees ? `, dont ${jury.sousAffectees} avec moins de ${jury.juresParCandidature} jurés` : ", toutes réparties"}.`}
      </p>
      <h2>Membres ({jury.membres.length})</h2>
      {jury.membres.length === 0 ? (
        <p>Le jury n&apos;a encore aucun membre.</p>
      ) : (
        <Tableau
          titre="Membres du jury, charge et avancement"
          titreMasque
          entetes={["Juré", "Candidatures confiées", "Évaluations soumises", ...(jury.compositionPossible ? ["Action"] : [])]}
          multilignes={[true, false, false, false]}
          lignes={jury.membres.map((m) => [
            <>
              {m.nom}
              {m.president ? " (président)" : ""}
              <br />
              <span className={fr.cx("fr-text--sm")}>{m.email}</span>
            </>,
            m.affectees,
            `${m.soumises} sur ${m.affectees}`,
            ...(jury.compositionPossible ? [<RetraitJure key={m.id} membreJuryId={m.id} nom={m.nom} retirer={retirerJureAction} />] : []),
          ])}
        />
      )}
      {jury.compositionPossible && <AjoutJure sessionId={jury.sessionId} ajouter={ajouterJureAction} />}
      <div className={fr.cx("fr-mt-4w")}>
        {jury.repartitionPossible ? (
          <RepartitionAutomatique sessionId={jury.sessionId} parDefaut={jury.juresParCandidature} repartir={affecterAutomatiquementAction} />
        ) : (
          <p>La répartition des candidatures se fait une fois la session close, avant l&apos;ouverture de la délibération.</p>
        )}
      </div>
    </div>
  );
}
